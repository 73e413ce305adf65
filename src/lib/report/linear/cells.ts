/** Turning split results into values, provenance and CELL-MISSING / CELL-BLANK flags. */
import { cellOptions, type Piece, type RowSplit } from '../digit-split';
import type { Flag, Provenance } from '../types';
import type { ValueToken } from '../values';

export interface CellSink {
  provenance: Record<string, Provenance>;
  flags: Flag[];
  /** Null cells of ambiguous digit runs → every value they take over all readings (ParsedReport.candidates). */
  candidates?: Record<string, number[]>;
}

/**
 * For a row left partly null because its digits split several ways: each null cell's possible values over every
 * reading of the row (identities not applied). `map[i]` is the index in the row's n split cells of output cell i.
 */
export function recordCandidates(
  sink: CellSink, paths: string[], cells: (Piece | null)[], split: RowSplit, tokens: ValueToken[] | null, n: number, map?: number[],
  signed?: (cell: number) => boolean
): void {
  if (!tokens || (split.status !== 'ambiguous' && split.status !== 'unsolvable') || cells.every((c) => c !== null)) return;
  const options = cellOptions(tokens, n, signed);
  if (!options) return;
  cells.forEach((c, i) => {
    if (c === null) (sink.candidates ??= {})[paths[i]] = options[map ? map[i] : i];
  });
}

const pathCache = new Map<string, Map<string, string[]>>();
/** Cell paths `group.row.col` for a 表三/表四 row, built once and reused across reports. */
export function rowPaths(group: string, row: string, cols: readonly string[]): string[] {
  let g = pathCache.get(group);
  if (!g) { g = new Map(); pathCache.set(group, g); }
  let v = g.get(row);
  if (v === undefined || v.length !== cols.length) {
    v = cols.map((c) => `${group}.${row}.${c}`);
    if (g.size < 1000) g.set(row, v);
  }
  return v;
}

export function provenanceOf(p: Piece, unit?: string): Provenance {
  return { start: p.start, end: p.end, raw: unit ? p.raw + unit : p.raw };
}

const rawOf = (tokens: ValueToken[]) => tokens.map((t) => t.text + (t.unit ?? '')).join(' ');

function missingMessage(label: string, split: RowSplit | null, tokens: ValueToken[] | null, nCells: number): [string, string] {
  if (!split || tokens == null) return [`未找到「${label}」行`, `row "${label}" not found`];
  const raw = rawOf(tokens);
  switch (split.status) {
    case 'empty':
      return [`「${label}」行没有数值`, `row "${label}" has no values`];
    case 'short': {
      const n = split.cells.filter(Boolean).length;
      return [`「${label}」行只有${n}个数值而有${nCells}个单元格：按阅读顺序填入，末尾单元格为空`, `row "${label}" has ${n} values for ${nCells} cells: filled in reading order, trailing cells left empty`];
    }
    case 'ambiguous':
      return [`「${label}」行数字串「${raw}」无法唯一拆分为${nCells}个单元格`, `row "${label}": digits "${raw}" do not split uniquely into ${nCells} cells`];
    default:
      return [`「${label}」行数字串「${raw}」无法拆分为${nCells}个单元格`, `row "${label}": digits "${raw}" cannot be split into ${nCells} cells`];
  }
}

/**
 * Write one row: values into `target[col]`, provenance under `path(col)`, one CELL-MISSING flag for the row's
 * null cells, one CELL-BLANK flag for its blank cells.
 */
export function emitRow(
  sink: CellSink,
  target: Record<string, number | null>,
  cols: string[],
  cells: (Piece | null)[] | null,
  paths: string[],
  label: string,
  split: RowSplit | null,
  tokens: ValueToken[] | null,
  units?: (p: Piece) => string | undefined
): void {
  const missing: string[] = [];
  const blank: string[] = [];
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i];
    const p = cells ? cells[i] : null;
    if (!p) { target[col] = null; missing.push(paths[i]); continue; }
    target[col] = p.value;
    const unit = units ? units(p) : undefined;
    sink.provenance[paths[i]] = { start: p.start, end: p.end, raw: unit ? p.raw + unit : p.raw };
    if (p.blank) blank.push(paths[i]);
  }
  if (missing.length) {
    const [zh, en] = missingMessage(label, split, tokens, cols.length);
    sink.flags.push({ rule: 'CELL-MISSING', severity: 'warning', cells: missing, expected: null, actual: tokens ? rawOf(tokens) || null : null, message: zh, message_en: en });
  }
  if (blank.length) {
    sink.flags.push({ rule: 'CELL-BLANK', severity: 'info', cells: blank, expected: 0, actual: null, message: `「${label}」行以空白或符号表示0`, message_en: `row "${label}" uses a blank or marker for zero` });
  }
}
