/**
 * Grid tables → 表二/表三/表四 values. Rows are matched by label and columns by their header, never by position
 * (the only positional reading is a 表三 with no header at all, where the template order is the only evidence).
 */
import type { Provenance, T3Row } from '../types';
import { T3_COLUMNS, T4_OUTCOMES } from '../model';
import type { Grid, GridCell } from './types';
import { cellValue, isValueLike } from './cell-value';
import { compact, t2ColumnKey, t2Item, t2RowKey, t3ColumnKey, t3RowKey, t4GroupKey, t4OutcomeKey } from './labels';

export interface TablesRead {
  t2: Record<string, number | null>;
  t3: Record<string, T3Row>;
  t4: Record<string, Record<string, number | null>>;
  provenance: Record<string, Provenance>;
  /** Cell paths read as zero from a blank / `/` / `-` cell. */
  blank: string[];
  /** Cell paths present in a table but unreadable. */
  unreadable: string[];
  found: { t2: boolean; t3: boolean; t4: boolean };
  /** Format evidence from 表二 headers and 表三 rows. */
  formatVotes: { '2019': number; '2021': number };
  /** 表三 has the extra 法人或其他组织 subtotal column. */
  t3Subtotal: boolean;
}

const distinct = (cells: (GridCell | null)[]): GridCell[] => {
  const out: GridCell[] = [];
  for (const c of cells) if (c && out[out.length - 1] !== c && !out.includes(c)) out.push(c);
  return out;
};

function prov(g: Grid, c: GridCell): Provenance {
  const p: Provenance = { table: g.index, row: c.row, col: c.col, raw: c.raw };
  if (c.start !== undefined && c.end !== undefined) {
    p.start = c.start;
    p.end = c.end;
  }
  if (g.page !== undefined) p.page = g.page;
  return p;
}

function record(out: TablesRead, path: string, g: Grid, cell: GridCell | null): number | null {
  if (!cell) {
    out.unreadable.push(path);
    return null;
  }
  out.provenance[path] = prov(g, cell);
  const v = cellValue(cell.text);
  if (v.kind === 'blank') out.blank.push(path);
  if (v.kind === 'unreadable') out.unreadable.push(path);
  return v.value;
}

/**
 * Pairs header cells with a row's data cells. When both have the same number of distinct cells they pair in
 * order (editors often merge cells differently in header and body); otherwise by the header's first grid column.
 */
function alignRow<K>(cols: { key: K; col: number; header: GridCell | null }[], row: (GridCell | null)[]): Map<K, GridCell | null> {
  const res = new Map<K, GridCell | null>();
  const headerCells = distinct(cols.map((c) => c.header));
  const dataCells = distinct(cols.map((c) => row[c.col] ?? null));
  if (headerCells.length === cols.length && dataCells.length === cols.length) {
    cols.forEach((c, i) => res.set(c.key, dataCells[i]));
    return res;
  }
  if (headerCells.length === dataCells.length && headerCells.length > 0 && headerCells.length < cols.length) {
    // Header and body merged alike but differently from the grid columns: pair distinct cells.
    const byHeader = new Map<GridCell, GridCell>();
    headerCells.forEach((h, i) => byHeader.set(h, dataCells[i]));
    for (const c of cols) res.set(c.key, c.header ? byHeader.get(c.header) ?? null : null);
    return res;
  }
  for (const c of cols) res.set(c.key, row[c.col] ?? null);
  return res;
}

function headerStack(g: Grid, upTo: number, col: number, from = 0): GridCell[] {
  return distinct(g.rows.slice(from, upTo).map((r) => r[col] ?? null)).filter((c) => c.text);
}

function readT3(g: Grid, out: TablesRead): boolean {
  const labelKey = (r: number, labelCols: number, prev: string | null) =>
    t3RowKey(distinct(g.rows[r].slice(0, labelCols)).map((c) => c.text), prev);
  // First data row: the 本年新收 row, else the first row with ≥ 6 value-like cells.
  const isDataRow = (row: (GridCell | null)[]) => {
    const cells = distinct(row);
    return cells.filter((c) => isValueLike(c.text)).length >= 3 && cells.some((c) => !isValueLike(c.text) && t3RowKey([c.text]) !== null);
  };
  const hasNew = g.rows.some((row) => distinct(row).some((c) => /本年新收/.test(compact(c.text))) && isDataRow(row));
  if (!hasNew) return false;
  // The first data row (any 表三 row label with values) ends the header; rows are then matched by label.
  const d0 = g.rows.findIndex(isDataRow);
  const first = g.rows[d0];
  let firstData = first.findIndex((c, i) => i > 0 && c && isValueLike(c.text) && c !== first[i - 1]);
  if (firstData < 0) firstData = Math.min(3, g.width - 1);
  const dataCols: number[] = [];
  for (let c = firstData; c < g.width; c++) dataCols.push(c);
  let headerFrom = d0;
  while (headerFrom > 0 && distinct(g.rows[headerFrom - 1]).length > 1) headerFrom--;
  type Col = { key: string; col: number; header: GridCell | null };
  let cols: Col[] = [];
  if (d0 > headerFrom) {
    for (const c of dataCols) {
      const hs = headerStack(g, d0, c, headerFrom);
      const key = t3ColumnKey(hs.map((h) => h.text));
      if (key && !cols.some((x) => x.key === key)) cols.push({ key, col: c, header: hs[hs.length - 1] ?? null });
    }
  }
  const named = cols.filter((c) => c.key !== 'org_subtotal').length;
  if (named < 7) {
    // No usable header: the template order is the only evidence (7 columns, or 8 with the subtotal before 总计).
    const dataCells = distinct(first.slice(firstData));
    const keys: string[] = dataCells.length === 8 ? [...T3_COLUMNS.slice(0, 6), 'org_subtotal', 'total'] : [...T3_COLUMNS];
    cols = dataCells.slice(0, keys.length).map((cell, i) => ({ key: keys[i], col: cell.col, header: null }));
  }
  out.t3Subtotal = cols.some((c) => c.key === 'org_subtotal');
  let prev: string | null = null;
  for (let r = d0; r < g.rows.length; r++) {
    const key = labelKey(r, firstData, prev);
    if (!key || out.t3[key]) continue;
    prev = key;
    const cells = alignRow(cols, g.rows[r]);
    const row: T3Row = {};
    // The 法人或其他组织 subtotal column is not a report key (it is the sum of five columns).
    for (const col of cols) if (col.key !== 'org_subtotal') row[col.key] = record(out, `t3.${key}.${col.key}`, g, cells.get(col.key) ?? null);
    out.t3[key] = row;
    if (key === 'other.total') out.formatVotes['2019']++;
    if (key.startsWith('other.') && key !== 'other.total') out.formatVotes['2021']++;
  }
  return Object.keys(out.t3).length > 0;
}

function readT4(g: Grid, out: TablesRead): boolean {
  const d = g.rows.findIndex((row) => distinct(row).filter((c) => isValueLike(c.text)).length >= 5 && !distinct(row).some((c) => /结果维持|总计/.test(c.text)));
  if (d <= 0) return false;
  const cols: { key: string; col: number; header: GridCell | null }[] = [];
  // Outcome headers without a group (one flat row of 15): the groups follow in template order.
  let seenTotals = 0;
  for (let c = 0; c < g.width; c++) {
    const hs = headerStack(g, d, c);
    if (!hs.length) continue;
    const outcome = t4OutcomeKey(hs[hs.length - 1].text);
    const group = t4GroupKey(hs.map((h) => h.text)) ?? (outcome ? (['review', 'lit_direct', 'lit_after_review'][seenTotals] ?? null) : null);
    if (outcome === 'total') seenTotals++;
    if (!group || !outcome) continue;
    const key = `${group}.${outcome}`;
    if (!cols.some((x) => x.key === key)) cols.push({ key, col: c, header: hs[hs.length - 1] });
  }
  if (cols.length < 5) return false;
  const cells = alignRow(cols, g.rows[d]);
  for (const col of cols) {
    const [group, outcome] = col.key.split('.');
    (out.t4[group] ??= {})[outcome] = record(out, `t4.${col.key}`, g, cells.get(col.key) ?? null);
  }
  return true;
}

function readT2(grids: Grid[], out: TablesRead): boolean {
  let item: string | null = null;
  let cols: { key: string; col: number; header: GridCell | null }[] = [];
  let any = false;
  for (const g of grids) {
    for (const row of g.rows) {
      const cells = distinct(row);
      if (!cells.length) continue;
      const filled = cells.filter((c) => c.text);
      const caption = filled.length && filled.length <= 2 ? filled.map((c) => t2Item(c.text)).find(Boolean) : null;
      if (caption) {
        item = caption;
        cols = [];
        continue;
      }
      if (!item) continue;
      if (cells.slice(1).some((c) => t2ColumnKey(c.text))) {
        cols = [];
        for (let c = 1; c < g.width; c++) {
          const h = row[c];
          const k = h && h !== row[0] ? t2ColumnKey(h.text) : null;
          if (!k || cols.some((x) => x.key === k.key)) continue;
          cols.push({ key: k.key, col: c, header: h });
          if (k.format) out.formatVotes[k.format]++;
        }
        continue;
      }
      const rowKey = t2RowKey(item, cells[0].text);
      if (!rowKey || !cols.length) continue;
      const aligned = alignRow(cols, row);
      for (const col of cols) {
        const path = `${item}.${rowKey}.${col.key}`;
        if (path in out.t2) continue;
        out.t2[path] = record(out, `t2.${path}`, g, aligned.get(col.key) ?? null);
        any = true;
      }
    }
  }
  return any;
}

export function readGrids(grids: Grid[]): TablesRead {
  const out: TablesRead = {
    t2: {}, t3: {}, t4: {}, provenance: {}, blank: [], unreadable: [],
    found: { t2: false, t3: false, t4: false }, formatVotes: { '2019': 0, '2021': 0 }, t3Subtotal: false
  };
  out.found.t2 = readT2(grids, out);
  for (const g of grids) {
    if (!out.found.t3 && readT3(g, out)) out.found.t3 = true;
    else if (!out.found.t4 && g.rows.some((r) => distinct(r).some((c) => /行政复议|复议/.test(c.text))) && readT4(g, out)) out.found.t4 = true;
  }
  return out;
}

export { T4_OUTCOMES };
