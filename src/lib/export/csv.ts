import { columnsOf, normalizeColumns, type ColumnArg } from './columns';
import { isoDate } from '../format/date';

export const UTF8_BOM = '\uFEFF';

/** The text of one value: null/undefined → empty, Date → YYYY-MM-DD, bigint as digits, objects as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return isoDate(v) ?? '';
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text (RFC 4180, CRLF line ends) with a UTF-8 BOM so spreadsheet programs read the Chinese correctly.
 * The header row uses the column labels.
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns?: readonly ColumnArg[], bom = true): string {
  const cols = normalizeColumns(columns ?? columnsOf(rows));
  const lines = [cols.map((c) => csvField(c.label)).join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvField(cellText(r[c.key]))).join(','));
  return (bom ? UTF8_BOM : '') + lines.join('\r\n') + '\r\n';
}
