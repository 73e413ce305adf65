/** A column of a result: the row key and, optionally, the header to show. */
export interface ColumnSpec {
  key: string;
  label?: string;
}
export type ColumnArg = string | ColumnSpec;

export function normalizeColumns(columns: readonly ColumnArg[]): Required<ColumnSpec>[] {
  return columns.map((c) => (typeof c === 'string' ? { key: c, label: c } : { key: c.key, label: c.label ?? c.key }));
}

/** The columns of rows when none are given: keys in first-seen order. */
export function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
