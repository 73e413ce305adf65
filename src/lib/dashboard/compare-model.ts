/** Reshaping of the compare page's rows (arquero: a pivot reads more plainly than SQL here). */
import { from, op } from 'arquero';

export interface CompareCell {
  value: number | null;
  report_id: string;
}

/**
 * agency × year grid of one metric: `grid.get(agency_id)?.get(year)` is the report's value and id. Several
 * reports of one agency in one year are summed (rates take the first). Years come back sorted.
 */
export function compareGrid(rows: readonly Record<string, unknown>[], metric: string, rate = false): { years: number[]; grid: Map<string, Map<number, CompareCell>> } {
  if (!rows.length) return { years: [], grid: new Map() };
  const t = from(rows.map((r) => ({ agency_id: String(r.agency_id), year: Number(r.year), report_id: String(r.report_id), v: r[metric] ?? null })))
    .groupby('agency_id', 'year')
    .rollup({
      report_id: op.any('report_id'),
      value: rate ? op.any('v') : op.sum('v'),
      n: op.valid('v')
    })
    .orderby('agency_id', 'year');
  const grid = new Map<string, Map<number, CompareCell>>();
  const years = new Set<number>();
  for (const r of t.objects() as { agency_id: string; year: number; report_id: string; value: number | null; n: number }[]) {
    years.add(r.year);
    if (!grid.has(r.agency_id)) grid.set(r.agency_id, new Map());
    grid.get(r.agency_id)!.set(r.year, { value: r.n > 0 ? r.value : null, report_id: r.report_id });
  }
  return { years: [...years].sort((a, b) => a - b), grid };
}
