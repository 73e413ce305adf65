/**
 * TEXT-TABLE: numbers and negations in the narrative that contradict 表三/表四 (format-spec §6 X-5).
 * Conservative: a claim is flagged only when no legitimate reading of the table gives the stated number
 * (received = 新收, or 新收 + 上年结转; a row's 总计 cell or, when the 总计 column is left empty, the sum of
 * its applicant columns).
 */
import type { Flag, ParsedReport } from '../report/types';
import { T3_APPLICANT_COLUMNS } from '../report/model';
import { t3Path, t4Path, textPath } from './cells';
import { flag, num } from './flag';
import { cellValues, hasCandidates } from './options';
import { outcomeRows } from './identities';

/** One way of reading a quantity off the table: its value and the cells it sums. */
interface Reading { value: number; cells: () => string[] }

type Quantity = 'received' | 'carried_over' | 'processed' | 'carried_forward' | 'granted' | 'partial' | 'granted_partial'
  | 'deny' | 'unable' | 'not_processed' | 'review' | 'litigation';

const Q_ZH: Record<Quantity, string> = {
  received: '收到申请', carried_over: '上年结转', processed: '办结', carried_forward: '结转下年', granted: '予以公开',
  partial: '部分公开', granted_partial: '予以公开及部分公开', deny: '不予公开', unable: '无法提供', not_processed: '不予处理',
  review: '行政复议', litigation: '行政诉讼'
};
const Q_EN: Record<Quantity, string> = {
  received: 'requests received', carried_over: 'carried over', processed: 'requests completed', carried_forward: 'carried forward',
  granted: 'granted', partial: 'partly granted', granted_partial: 'granted or partly granted', deny: 'denied', unable: 'unable to provide',
  not_processed: 'not processed', review: 'administrative reviews', litigation: 'lawsuits'
};

function v(report: ParsedReport, row: string, col: string): number | null {
  const x = report.t3?.[row]?.[col];
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Readings of the sum of some 表三 rows: via the 总计 column, and via the six applicant columns. */
function rowsReadings(report: ParsedReport, rows: string[]): Reading[] {
  const out: Reading[] = [];
  const present = rows.filter((r) => report.t3?.[r]);
  if (!present.length || present.length < rows.filter((r) => !r.startsWith('other.')).length) return out;
  let tot = 0;
  let ok = true;
  for (const r of present) {
    const x = v(report, r, 'total');
    if (x === null) { ok = false; break; }
    tot += x;
  }
  if (ok) out.push({ value: tot, cells: () => present.map((r) => t3Path(r, 'total')) });
  let app = 0;
  ok = true;
  for (const r of present) {
    for (const c of T3_APPLICANT_COLUMNS) {
      const x = v(report, r, c);
      if (x === null) { ok = false; break; }
      app += x;
    }
    if (!ok) break;
  }
  if (ok) out.push({ value: app, cells: () => present.flatMap((r) => T3_APPLICANT_COLUMNS.map((c) => t3Path(r, c))) });
  return out;
}

function t4Readings(report: ParsedReport, groups: string[]): Reading[] {
  const out: Reading[] = [];
  const gs = groups.filter((g) => report.t4?.[g]);
  if (gs.length !== groups.length) return out;
  const tot = gs.map((g) => report.t4[g].total);
  if (tot.every((x) => typeof x === 'number')) {
    out.push({ value: (tot as number[]).reduce((a, b) => a + b, 0), cells: () => gs.map((g) => t4Path(g, 'total')) });
  }
  const parts = gs.flatMap((g) => ['upheld', 'corrected', 'other', 'pending'].map((o) => [g, o, report.t4[g][o]] as const));
  if (parts.every(([, , x]) => typeof x === 'number')) {
    out.push({ value: parts.reduce((a, [, , x]) => a + (x as number), 0), cells: () => parts.map(([g, o]) => t4Path(g, o)) });
  }
  return out;
}

function readings(report: ParsedReport, q: Quantity): Reading[] {
  const outcomes = outcomeRows(report);
  switch (q) {
    case 'received': {
      const nr = rowsReadings(report, ['new_received']);
      const both = rowsReadings(report, ['new_received', 'carried_over']);
      return [...nr, ...both];
    }
    case 'carried_over': return rowsReadings(report, ['carried_over']);
    case 'processed': return [...rowsReadings(report, ['total_processed']), ...rowsReadings(report, outcomes)];
    case 'carried_forward': return rowsReadings(report, ['carried_forward']);
    case 'granted': return rowsReadings(report, ['granted']);
    case 'partial': return rowsReadings(report, ['partial']);
    case 'granted_partial': return rowsReadings(report, ['granted', 'partial']);
    case 'deny': return rowsReadings(report, outcomes.filter((r) => r.startsWith('deny.')));
    case 'unable': return rowsReadings(report, outcomes.filter((r) => r.startsWith('unable.')));
    case 'not_processed': return rowsReadings(report, outcomes.filter((r) => r.startsWith('not_processed.')));
    case 'review': return t4Readings(report, ['review']);
    case 'litigation': return t4Readings(report, ['lit_direct', 'lit_after_review']);
  }
}

export interface Claim { q: Quantity; value: number; start: number; end: number; pct?: number; negation?: boolean }

const N = '(\\d+)\\s*';
const GAP = '[^。;；\\d\\n]{0,6}?';
const APPLY = '(?:政府信息公开|信息公开|公开)?申请';
/** Each pattern starts at one of its anchors; the text is searched for anchors (indexOf) and the pattern is tried
 * there only (sticky), which keeps this rule fast on long texts. */
const CLAIM_PATTERNS: [Quantity, string[], RegExp][] = [
  ['received', ['收到', '受理', '接收', '接到', '新收'], new RegExp(`(?:收到|受理|接收|接到|新收)[^。;；\\d\\n]{0,12}?(?<!依)${APPLY}(?!人)${GAP}${N}(?:件|条|个|宗|份)`, 'y')],
  ['processed', ['答复', '办结'], new RegExp(`(?:答复|办结)[^。;；\\d\\n]{0,10}?${APPLY}${GAP}${N}件`, 'y')],
  ['carried_over', ['上年'], new RegExp(`上年(?:度)?结转${GAP}${N}件`, 'y')],
  ['carried_forward', ['结转'], new RegExp(`结转(?:至|到)?下(?:一)?年(?:度)?(?:继续)?(?:办理)?${GAP}${N}件`, 'y')],
  ['granted_partial', ['予以公开'], new RegExp(`予以公开(?:及|和|与|、)部分公开${GAP}${N}件`, 'y')],
  ['granted', ['予以公开'], new RegExp(`(?<!不)予以公开(?!(?:及|和|与|、)部分公开)${GAP}${N}件`, 'y')],
  ['partial', ['部分公开'], new RegExp(`(?<!予以公开(?:及|和|与|、))部分公开${GAP}${N}件`, 'y')],
  ['deny', ['不予公开'], new RegExp(`不予公开${GAP}${N}件`, 'y')],
  ['unable', ['无法提供'], new RegExp(`无法提供${GAP}${N}件`, 'y')],
  ['not_processed', ['不予处理'], new RegExp(`不予处理${GAP}${N}件`, 'y')],
  ['review', ['复议'], new RegExp(`复议(?!后)${GAP}${N}(?:件|起)`, 'y')],
  ['litigation', ['诉讼'], new RegExp(`诉讼${GAP}${N}(?:件|起)`, 'y')]
];

/** Run a sticky pattern at every occurrence of its anchors. */
function scan(text: string, anchors: string[], re: RegExp, each: (m: RegExpExecArray) => void): void {
  const seen = new Set<number>();
  for (const a of anchors) {
    for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
      if (seen.has(i)) continue;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m) { seen.add(i); each(m); }
    }
  }
}
const PCT_RE = /^[,，]?\s*(?:占|约占|占比)[^。;；\d\n]{0,8}?(\d+(?:\.\d+)?)\s*%/;

const NEG_ANCHORS = ['没有', '未', '无'];
const NEG_RECEIVED_RE = /(?:没有|未曾|未|无)(?:收到|接到|受理|接收|发生)[^。;；,，\d\n]{0,12}?(?:(?<![依被])申请(?!人|行政复议|复议|诉讼)|依申请公开(?:事宜|事项|申请)?)/y;
const NEG_CASES_RE = /(?:没有|未曾|未|无)(?:发生|出现|产生|收到|涉及)?[^。;；,，\d\n]{0,30}?(?:行政复议|行政诉讼)[^。;；,，\d\n]{0,20}/y;

/** Sentence containing position i, for context checks (another year, 去年 …). */
function sentenceBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && !'。;；\n'.includes(text[s - 1]) && i - s < 120) s--;
  return text.slice(s, i);
}

/** Claims in the narrative; `year` drops sentences about another year. */
export function findClaims(text: string, year: number | null): Claim[] {
  const claims: Claim[] = [];
  const otherYear = (start: number): boolean => {
    const before = sentenceBefore(text, start);
    if (/(?:上年|去年|上一年|前年|往年|历年|同期)\s*$/.test(before.slice(-6)) || /累计/.test(before.slice(-4))) return true;
    if (year === null) return false;
    const years = [...before.matchAll(/(20\d\d)\s*年/g)].map((m) => Number(m[1]));
    return years.length > 0 && years[years.length - 1] !== year;
  };
  for (const [q, anchors, re] of CLAIM_PATTERNS) {
    scan(text, anchors, re, (m) => {
      if (otherYear(m.index)) return;
      const end = m.index + m[0].length;
      const pm = PCT_RE.exec(text.slice(end, end + 20));
      claims.push({ q, value: Number(m[1]), start: m.index, end, pct: pm ? Number(pm[1]) : undefined });
    });
  }
  scan(text, NEG_ANCHORS, NEG_RECEIVED_RE, (m) => {
    if (otherYear(m.index) || /[如若]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return;
    if (/复议|诉讼/.test(m[0]) || /因/.test(m[0])) return;
    claims.push({ q: 'received', value: 0, start: m.index, end: m.index + m[0].length, negation: true });
  });
  scan(text, NEG_ANCHORS, NEG_CASES_RE, (m) => {
    if (otherYear(m.index)) return;
    const s = m[0];
    const end = m.index + s.length;
    if (s.includes('行政复议')) claims.push({ q: 'review', value: 0, start: m.index, end, negation: true });
    if (s.includes('行政诉讼')) claims.push({ q: 'litigation', value: 0, start: m.index, end, negation: true });
  });
  claims.sort((a, b) => a.start - b.start);
  return claims;
}

/** Text scanned for claims: the narrative sections when the parser found them, else the whole text. */
function narrative(report: ParsedReport): [number, number][] {
  const text = report.text ?? '';
  const secs = report.sections;
  if (!secs || !Object.keys(secs).length) return [[0, text.length]];
  return Object.values(secs).map(([s, e]) => [s, e] as [number, number]).sort((a, b) => a[0] - b[0]);
}

export function textTableFlags(report: ParsedReport): Flag[] {
  const text = report.text;
  if (!text) return [];
  const out: Flag[] = [];
  const seen = new Set<string>();
  for (const [s, e] of narrative(report)) {
    for (const c of findClaims(text.slice(s, e), report.year)) {
      const start = c.start + s;
      const end = c.end + s;
      const key = `${c.q}:${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const f = checkClaim(report, { ...c, start, end }, text.slice(start, end));
      if (f) out.push(f);
    }
  }
  return out;
}

function checkClaim(report: ParsedReport, c: Claim, phrase: string): Flag | null {
  const rs = readings(report, c.q);
  const span = textPath(c.start, c.end);
  if (!rs.length && c.negation && c.q === 'received') return receivedUnderEveryReading(report, span, phrase);
  if (!rs.length) return null;
  if (c.negation && c.q === 'received') {
    // "没有收到申请": nothing new, and nothing processed beyond what was carried over.
    const nr = rs.filter((r) => r.value > 0);
    const tp = readings(report, 'processed');
    const co = rowsReadings(report, ['carried_over']);
    const coMax = Math.max(0, ...co.map((r) => r.value));
    const tpOver = tp.filter((r) => r.value > coMax);
    const bad = nr[0] ?? tpOver[0];
    if (!bad) return null;
    const badCells = bad.cells();
    const outcome = !nr[0] && !badCells.some((x) => x.startsWith('t3.total_processed.'));
    const what = nr[0] ? '本年新收申请' : outcome ? '办理结果合计' : '（七）总计';
    const whatEn = nr[0] ? 'new requests' : outcome ? 'the outcome rows' : 'total processed';
    return flag('TEXT-TABLE', [span, ...badCells], 0, bad.value,
      `正文称“${phrase}”，但表三${what}为${num(bad.value)}`,
      `The text says no requests were received ("${phrase}") but table 3 gives ${whatEn} = ${num(bad.value)}`);
  }
  const countOk = rs.some((r) => r.value === c.value);
  let pctBad = false;
  let tableTotal = 0;
  if (c.pct !== undefined && countOk) {
    const totals = readings(report, 'processed').map((r) => r.value).filter((x) => x > 0);
    tableTotal = totals[0] ?? 0;
    pctBad = totals.length > 0 && !rs.some((r) => totals.some((t) => Math.abs((100 * r.value) / t - c.pct!) <= 1));
  }
  if (countOk && !pctBad) return null;
  // the reading nearest the stated number explains the contradiction best (a 总计 column left at 0 is not)
  const r0 = rs.reduce((a, b) => (Math.abs(b.value - c.value) < Math.abs(a.value - c.value) ? b : a));
  if (!countOk) {
    return flag('TEXT-TABLE', [span, ...r0.cells()], r0.value, c.value,
      c.negation
        ? `正文称“${phrase}”，但表中${Q_ZH[c.q]}为${num(r0.value)}件`
        : `正文称“${phrase}”，表中${Q_ZH[c.q]}为${num(r0.value)}件`,
      c.negation
        ? `The text says there were none ("${phrase}") but the table gives ${Q_EN[c.q]} = ${num(r0.value)}`
        : `The text gives ${Q_EN[c.q]} = ${num(c.value)} ("${phrase}"), the table ${num(r0.value)}`);
  }
  const pctTable = Math.round((1000 * r0.value) / tableTotal) / 10;
  return flag('TEXT-TABLE', [span, ...r0.cells()], `${pctTable}%`, `${c.pct}%`,
    `正文称${Q_ZH[c.q]}占${c.pct}%，按表中数据应为${pctTable}%（${num(r0.value)}/${num(tableTotal)}）`,
    `The text gives ${Q_EN[c.q]} as ${c.pct}%; the table gives ${pctTable}% (${num(r0.value)}/${num(tableTotal)})`);
}

/** "没有收到申请" against a 新收 row left null (digits run together): flagged when a cell is above 0 in every reading. */
function receivedUnderEveryReading(report: ParsedReport, span: string, phrase: string): Flag | null {
  for (const col of ['total', ...T3_APPLICANT_COLUMNS]) {
    const path = t3Path('new_received', col);
    if (report.t3?.new_received?.[col] != null || !hasCandidates(report, [path])) continue;
    const vs = cellValues(report, path);
    if (!vs || !vs.every((x) => x > 0)) continue;
    return flag('TEXT-TABLE', [span, path], 0, null,
      `正文称“${phrase}”，但表三本年新收申请大于0（该行数字连写，无论如何拆分均至少为${num(Math.min(...vs))}）`,
      `The text says no requests were received ("${phrase}") but table 3's new requests are above 0 under every split of its run-together digits (at least ${num(Math.min(...vs))})`);
  }
  return null;
}
