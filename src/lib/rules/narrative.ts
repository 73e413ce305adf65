/**
 * Narrative text of a report for similarity: each section's CJK characters with the national template's
 * labels removed (every report prints them), plus a map back to offsets of report.text.
 */
import type { ParsedReport } from '../report/types';
import { T2_ITEMS, T3_COLUMN_LABELS, T3_ROWS, T4_GROUP_LABELS, T4_OUTCOME_LABELS } from '../report/model';

const CJK = /[\u4e00-\u9fff]/;

function cjkOnly(s: string): string {
  let o = '';
  for (const ch of s.normalize('NFKC')) if (CJK.test(ch)) o += ch;
  return o;
}

const TEMPLATE_PHRASES: string[] = (() => {
  const p = new Set<string>();
  for (const rows of Object.values(T3_ROWS)) for (const r of rows) { p.add(cjkOnly(r.label)); if (r.group) p.add(cjkOnly(r.group)); }
  for (const l of Object.values(T3_COLUMN_LABELS)) p.add(cjkOnly(l));
  for (const l of [...Object.values(T4_GROUP_LABELS), ...Object.values(T4_OUTCOME_LABELS)]) p.add(cjkOnly(l));
  for (const items of Object.values(T2_ITEMS)) for (const it of items) {
    p.add(cjkOnly(it.caption));
    for (const [, l] of [...it.columns, ...it.rows]) p.add(cjkOnly(l));
  }
  for (const l of ['本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和', '申请人情况', '法人或其他组织', '信息内容',
    '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议行政诉讼情况', '行政诉讼', '未经复议直接起诉',
    '复议后起诉', '存在的主要问题及改进情况', '其他需要报告的事项', '本年度办理结果', '单位万元']) p.add(l);
  return [...p].filter((x) => x.length >= 2).sort((a, b) => b.length - a.length);
})();
/** First two characters → template phrases starting with them, longest first (one Map lookup per character). */
const BY_BIGRAM = new Map<number, string[]>();
const FIRST_CHAR = new Uint8Array(65536);
for (const ph of TEMPLATE_PHRASES) {
  const k = ph.charCodeAt(0) * 65536 + ph.charCodeAt(1);
  FIRST_CHAR[ph.charCodeAt(0)] = 1;
  const l = BY_BIGRAM.get(k);
  if (l) l.push(ph); else BY_BIGRAM.set(k, [ph]);
}

export interface Clean {
  /** CJK characters of the span, template labels removed. */
  text: string;
  /** map[i] = offset in report.text of text[i]. */
  map: Int32Array;
}

const UTF16 = new TextDecoder('utf-16le');
function fromCodes(codes: Uint16Array, n: number): string {
  return UTF16.decode(codes.subarray(0, n));
}

/** `digits`: keep ASCII digits too (verbatim copies keep their numbers). */
export function cleanSpan(text: string, start: number, end: number, digits = false): Clean {
  const len = Math.max(0, end - start);
  const codes = new Uint16Array(len);
  const pos = new Int32Array(len);
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fff) || (digits && code >= 48 && code <= 57)) { codes[n] = code; pos[n++] = i; }
  }
  const joined = fromCodes(codes, n);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const list = i + 1 < n && FIRST_CHAR[codes[i]] ? BY_BIGRAM.get(codes[i] * 65536 + codes[i + 1]) : undefined;
    const ph = list?.find((x) => joined.startsWith(x, i));
    if (ph) { i += ph.length - 1; continue; }
    codes[w] = codes[i];
    pos[w++] = pos[i];
  }
  return { text: w === n ? joined : fromCodes(codes, w), map: pos.slice(0, w) };
}

/** Narrative sections (s1…s6) as [key, start, end]; the whole text as one 'all' section when none were found. */
export function sectionSpans(report: ParsedReport): [string, number, number][] {
  const text = report.text ?? '';
  const secs = report.sections;
  if (!secs || !Object.keys(secs).length) return text ? [['all', 0, text.length]] : [];
  return Object.entries(secs).map(([k, [s, e]]) => [k, s, e] as [string, number, number]).sort((a, b) => a[1] - b[1]);
}

const SECTION_ZH: Record<string, string> = { s1: '第一部分', s2: '第二部分', s3: '第三部分', s4: '第四部分', s5: '第五部分', s6: '第六部分', s7: '第七部分', all: '正文' };
const SECTION_EN: Record<string, string> = { s1: 'Part 1', s2: 'Part 2', s3: 'Part 3', s4: 'Part 4', s5: 'Part 5', s6: 'Part 6', s7: 'Part 7', all: 'The text' };
export const sectionZh = (k: string): string => SECTION_ZH[k] ?? k;
export const sectionEn = (k: string): string => SECTION_EN[k] ?? k;
