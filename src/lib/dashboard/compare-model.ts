/**
 * Reshaping of the compare page's rows: agency × year grid of one metric. Plain TS rather than arquero: arquero
 * compiles its expressions with `new Function`, which the site's Content-Security-Policy (no 'unsafe-eval') forbids.
 */

export interface CompareCell {
  value: number | null;
  report_id: string;
}

/**
 * `grid.get(agency_id)?.get(year)` is the report's value and id. Several reports of one agency in one year are
 * summed (rates keep the first). Null values stay null (not reported is not 0). Years come back sorted.
 */
export function compareGrid(rows: readonly Record<string, unknown>[], metric: string, rate = false): { years: number[]; grid: Map<string, Map<number, CompareCell>> } {
  const grid = new Map<string, Map<number, CompareCell>>();
  const years = new Set<number>();
  for (const r of rows) {
    const agency = String(r.agency_id);
    const year = Number(r.year);
    const raw = r[metric];
    const v = raw === null || raw === undefined ? null : Number(raw);
    years.add(year);
    if (!grid.has(agency)) grid.set(agency, new Map());
    const byYear = grid.get(agency)!;
    const prev = byYear.get(year);
    if (!prev) byYear.set(year, { value: v, report_id: String(r.report_id) });
    else if (!rate && v !== null) prev.value = (prev.value ?? 0) + v;
  }
  return { years: [...years].sort((a, b) => a - b), grid };
}
