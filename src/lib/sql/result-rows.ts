/** The first rows of a console result as plain objects for the chart (the grid never builds row objects). */
import { DataType, type Table } from 'apache-arrow';
import { resultColumns } from './arrow-values';

export const CHART_ROWS = 2000;

/** Numbers stay numbers (BIGINT/DECIMAL converted), dates stay epoch ms, everything else becomes text. */
export function chartRows(table: Table, max = CHART_ROWS): Record<string, unknown>[] {
  const cols = resultColumns(table);
  const n = Math.min(max, table.numRows);
  const out: Record<string, unknown>[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const o: Record<string, unknown> = {};
    for (const c of cols) {
      const v = c.vector.get(r);
      if (v === null || v === undefined) o[c.name] = null;
      else if (typeof v === 'bigint') o[c.name] = Number(v);
      else if (DataType.isDecimal(c.type)) o[c.name] = Number(String(v)) / 10 ** c.type.scale;
      else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') o[c.name] = v;
      else o[c.name] = String(v);
    }
    out[r] = o;
  }
  return out;
}
