import { formatNumber, toNumber, type Lang } from '../format/number';
import { formatDate, isoDate } from '../format/date';
import { TABLES } from '../dataset/schema';
import { columnLabel } from '../i18n/translate';
import type { Row } from './common';

export type CellKind = 'number' | 'date' | 'text';

/** A column of the data-table twin: key, header (default: the dictionary label of the key) and kind (default: inferred). */
export type TableColumnArg = string | { key: string; label?: string; kind?: CellKind };

export interface TableColumn {
  key: string;
  label: string;
  kind: CellKind;
}

export interface TableModel {
  caption: string;
  columns: TableColumn[];
  /** Formatted cells, one array per row, in column order. */
  rows: string[][];
  /** The first column names its row (a `<th scope="row">`) when it is text. */
  rowHeader: boolean;
}

/** Years and codes are numbers that must not be grouped ("2024", not "2,024"). */
const PLAIN_NUMBER_KEY = /^(year|yr|年度|年份)$|_year$|_code$|_id$/i;

/** DATE columns of the dataset schema: Arrow hands them over as epoch milliseconds. */
const SCHEMA_DATE_COLUMNS = new Set(
  Object.values(TABLES).flatMap((t) => t.filter(([, type]) => type === 'DATE').map(([name]) => name))
);

function inferKind(rows: readonly Row[], key: string): CellKind {
  if (PLAIN_NUMBER_KEY.test(key)) return 'text';
  if (SCHEMA_DATE_COLUMNS.has(key)) return 'date';
  let seen = false;
  for (const r of rows) {
    const v = r[key];
    if (v === null || v === undefined) continue;
    seen = true;
    if (v instanceof Date) return 'date';
    if (typeof v !== 'number' && typeof v !== 'bigint') return 'text';
  }
  return seen ? 'number' : 'text';
}

function cell(v: unknown, kind: CellKind, lang: Lang): string {
  if (v === null || v === undefined) return '—';
  if (kind === 'number') return toNumber(v) === null ? String(v) : formatNumber(v, lang, { compact: false, maxFractionDigits: 6 });
  if (kind === 'date') return formatDate(v, lang);
  if (typeof v === 'object' && !(v instanceof Date)) return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
  return String(v);
}

/** Columns with header and kind resolved (also the header row of the CSV download). */
export function resolveColumns(rows: readonly Row[], columns: readonly TableColumnArg[] | undefined, lang: Lang): TableColumn[] {
  const args = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return args.map((c) => {
    const spec = typeof c === 'string' ? { key: c } : c;
    return { key: spec.key, label: spec.label ?? columnLabel(lang, spec.key), kind: spec.kind ?? inferKind(rows, spec.key) };
  });
}

/**
 * The accessible table twin of a chart: the same rows, exact numbers (grouped, never abbreviated), "—" for
 * null. Columns default to every key of the rows.
 */
export function buildTableModel(
  rows: readonly Row[],
  columns?: readonly TableColumnArg[],
  opts: { lang?: Lang; caption?: string } = {}
): TableModel {
  const lang = opts.lang ?? 'zh';
  const cols = resolveColumns(rows, columns, lang);
  return {
    caption: opts.caption ?? '',
    columns: cols,
    rows: rows.map((r) => cols.map((c) => cell(r[c.key], c.kind, lang))),
    rowHeader: cols.length > 1 && cols[0].kind === 'text'
  };
}

/** Rows for CSV/JSON download: date columns as `YYYY-MM-DD` (not epoch milliseconds), everything else as is. */
export function exportRows(rows: readonly Row[], columns: readonly TableColumn[]): Row[] {
  const dates = columns.filter((c) => c.kind === 'date').map((c) => c.key);
  if (!dates.length) return [...rows];
  return rows.map((r) => {
    const out: Row = { ...r };
    for (const k of dates) out[k] = r[k] === null || r[k] === undefined ? r[k] : (isoDate(r[k]) ?? r[k]);
    return out;
  });
}
