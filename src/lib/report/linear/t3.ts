/** 表三 from linear text: locate row labels in order, read each row's value tokens, split them jointly. */
import { solveAcrossRows, solveJoint, splitRow, type Identity, type RowSplit } from '../digit-split';
import { T3_LINEAR_LABELS } from '../labels';
import { T3_COLUMNS } from '../model';
import { matchKey } from '../normalize';
import type { T3Row } from '../types';
import { tokenizeValues, type ValueToken } from '../values';
import { emitRow, recordCandidates, rowPaths, type CellSink } from './cells';
import type { Locator } from './locate';

/** Folded distance within which the next row label must appear. */
const ROW_WINDOW = 700;
const OTHER_SPLIT_KEYS = ['other.no_correction', 'other.fee_unpaid', 'other.other'];
const HEAD_KEYS = ['new_received', 'carried_over', 'total_processed', 'carried_forward'];
const OUT_COLS_7 = [0, 1, 2, 3, 4, 5, 6];
const OUT_COLS_8 = [0, 1, 2, 3, 4, 5, 7];
const rowKeysOf = (shape: 'split' | 'single') =>
  T3_LINEAR_LABELS.map((d) => d.key).filter((k) => !k.startsWith('group:') && (shape === 'split' ? k !== 'other.total' : !OTHER_SPLIT_KEYS.includes(k)));
/** Data row keys of a 表三 as printed: 2021 (六)1/2/3 rows or the 2019 single (六) row. */
const ROW_KEYS = { split: rowKeysOf('split'), single: rowKeysOf('single') };
const ROW_SETS = { split: new Set(ROW_KEYS.split), single: new Set(ROW_KEYS.single) };

export interface T3Result {
  found: boolean;
  t3: Record<string, T3Row>;
  /** 'split' = 2021 (六)1/2/3 rows; 'single' = 2019 single (六)其他处理 row. */
  otherShape: 'split' | 'single' | null;
  columns: 7 | 8;
  /** Folded offsets of the table: [start of first row label, end of last row's values]. */
  cRange: [number, number] | null;
}

interface Placed { key: string; cStart: number; cEnd: number }

const LABEL_TEXT = new Map(T3_LINEAR_LABELS.map((d) => [d.key, d.aliases[0]]));

export function extractT3(loc: Locator, from: number, to: number, sink: CellSink, fallbackSplit: boolean): T3Result {
  const empty: T3Result = { found: false, t3: {}, otherShape: null, columns: 7, cRange: null };
  const first = T3_LINEAR_LABELS[0];
  const anchor = loc.find(first.aliases, from, to, first.ordinal);
  if (!anchor) return empty;

  const headerFrom = Math.max(from, anchor.cStart - 200);
  const header = loc.key.slice(headerFrom, anchor.cStart);
  let columns: 7 | 8 = countOf(header, matchKey('法人或其他组织')) >= 2 || header.includes('小计') ? 8 : 7;

  // Data rows are found in template order (each moves the cursor); group labels only bound regions, wherever
  // they sit (PDF text puts vertical group labels in the middle of their rows).
  const placed: Placed[] = [];
  let cursor = anchor.cStart;
  let shape: 'split' | 'single' | null = null;
  const subAliases = [matchKey('逾期不补正'), matchKey('逾期未按收费'), matchKey('申请人无正当理由')];
  for (const d of T3_LINEAR_LABELS) {
    if (OTHER_SPLIT_KEYS.includes(d.key) && shape === 'single') continue;
    const win = Math.min(to, cursor + ROW_WINDOW);
    if (d.key === 'total_processed' && shape === null) shape = fallbackSplit ? 'split' : 'single';
    const hit = loc.find(d.aliases, cursor, win, d.ordinal);
    if (d.key === 'other.total') {
      const total = loc.find(['总计', '合计'], cursor, win);
      const sub = loc.find(subAliases, cursor, total ? total.cStart : win);
      shape = sub ? 'split' : hit ? 'single' : null;
      if (hit && shape === 'split') { placed.push({ key: 'group:other', cStart: hit.cStart, cEnd: hit.cEnd }); continue; }
    }
    if (!hit) continue;
    if (d.key.startsWith('group:')) { placed.push({ key: d.key, cStart: hit.cStart, cEnd: hit.cEnd }); continue; }
    if (d.key === 'other.no_correction' && shape === null) shape = 'split';
    placed.push({ key: d.key, cStart: hit.cStart, cEnd: hit.cEnd });
    cursor = hit.cEnd;
  }
  placed.sort((x, y) => x.cStart - y.cStart);
  if (shape === null) shape = fallbackSplit ? 'split' : 'single';
  const rowKeys = ROW_KEYS[shape];
  const rowSet = ROW_SETS[shape];

  // value tokens of each data row: from its label end to the next placed label
  const tokens = new Map<string, ValueToken[]>();
  let lastEnd = anchor.cEnd;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    if (!rowSet.has(p.key)) continue;
    const next = i + 1 < placed.length ? placed[i + 1].cStart : Math.min(to, p.cEnd + 300);
    const ts = tokenizeValues(loc.text, loc.toText(p.cEnd), loc.toText(next));
    tokens.set(p.key, dropGluedOrdinal(loc.text, ts, columns));
    lastEnd = Math.max(lastEnd, p.cEnd);
  }

  if (columns === 7) {
    // header lost but the data has an 8th column: most rows print exactly eight separate values
    const lens = [...tokens.values()].filter((ts) => ts.length > 0).map((ts) => ts.length);
    if (lens.length >= 5 && lens.filter((l) => l === 8).length >= lens.length * 0.6) columns = 8;
  }
  const n = columns;
  const accept = columns === 7
    ? (v: number[]) => v[0] + v[1] + v[2] + v[3] + v[4] + v[5] === v[6]
    : (v: number[]) => v[1] + v[2] + v[3] + v[4] + v[5] === v[6] && v[0] + v[6] === v[7];
  const splits: RowSplit[] = rowKeys.map((k) => {
    const ts = tokens.get(k);
    return ts ? splitRow(ts, n, accept, { rowSum: columns === 7 }) : { cells: new Array(n).fill(null), status: 'empty' as const };
  });

  // column identities T3-1, T3-2 over the output columns
  const idx = (k: string) => rowKeys.indexOf(k);
  const outCols = columns === 7 ? OUT_COLS_7 : OUT_COLS_8;
  const { t31, t32 } = identities(shape, columns, rowKeys, outCols, idx);
  // Both identities; when the printed table breaks one of them, the unique reading satisfying the other.
  const joint = solveAcrossRows(splits, [...t31, ...t32]) ?? solveAcrossRows(splits, t32) ?? solveAcrossRows(splits, t31);
  if (joint) for (const [ri, reading] of joint) splits[ri] = { cells: reading, status: 'unique' };
  else {
    // Too many combinations to list: a bounded search, rows resolved where one combination satisfies the identities.
    const found = solveJoint(splits, [...t31, ...t32]) ?? solveJoint(splits, t32) ?? solveJoint(splits, t31);
    if (found) for (const [ri, reading] of found) splits[ri] = { cells: reading, status: 'unique' };
  }

  const t3: Record<string, T3Row> = {};
  rowKeys.forEach((k, ri) => {
    const row: T3Row = {};
    const s = splits[ri];
    const cells = outCols.map((c) => s.cells[c] ?? null);
    const label = LABEL_TEXT.get(k) ?? k;
    const ts = tokens.get(k) ?? null;
    const paths = rowPaths('t3', k, T3_COLUMNS);
    emitRow(sink, row, T3_COLUMNS as unknown as string[], cells, paths, label, ts ? s : null, ts);
    recordCandidates(sink, paths, cells, s, ts, n, outCols);
    t3[k] = row;
  });
  return { found: true, t3, otherShape: shape, columns, cRange: [anchor.cStart, lastEnd] };
}

const identityCache = new Map<string, { t31: Identity[]; t32: Identity[] }>();
/** T3-1 and T3-2 per output column, as cell positions in the rowKeys × cells grid (cached per table shape). */
function identities(shape: string, columns: number, rowKeys: readonly string[], outCols: number[], idx: (k: string) => number) {
  const key = `${shape}/${columns}`;
  let v = identityCache.get(key);
  if (!v) {
    const outcomes = rowKeys.filter((k) => !HEAD_KEYS.includes(k)).map(idx);
    const t31: Identity[] = [];
    const t32: Identity[] = [];
    for (const c of outCols) {
      t31.push({ plus: [[idx('new_received'), c], [idx('carried_over'), c]], minus: [[idx('total_processed'), c], [idx('carried_forward'), c]] });
      t32.push({ plus: [[idx('total_processed'), c]], minus: outcomes.map((r) => [r, c] as [number, number]) });
    }
    v = { t31, t32 };
    identityCache.set(key, v);
  }
  return v;
}

/**
 * `…40000002.其他法律XYZ…` when the next label is a variant we do not know: the digit before `.`/`、` and a label
 * is that row's ordinal (1–8), not a value. Dropped only when the row has more digits than cells.
 */
function dropGluedOrdinal(text: string, ts: ValueToken[], cells: number): ValueToken[] {
  const last = ts[ts.length - 1];
  if (!last || last.kind !== 'num' || !/\d$/.test(last.text) || last.text.length < 2) return ts;
  const after = text[last.end];
  const next = text.charCodeAt(last.end + 1);
  if (!(after === '.' || after === '、' || after === ',') || !(next >= 0x3400 && next <= 0x9fff)) return ts;
  const digits = ts.reduce((s, t) => s + (t.kind === 'num' ? t.text.replace(/\D/g, '').length : 1), 0);
  if (digits <= cells) return ts;
  return [...ts.slice(0, -1), { ...last, text: last.text.slice(0, -1), end: last.end - 1 }];
}

function countOf(s: string, sub: string): number {
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}
