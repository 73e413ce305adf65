/**
 * The compare, agency and coverage pages' queries (src/lib/dashboard/pages-sql.ts) in plain JS over the per-report
 * embed rows, with SQL NULL semantics. Tested against native DuckDB running the pages' own SQL.
 */
import type { Filters } from '../dashboard/filters';
import { METRICS } from '../dashboard/metrics';
import { matchesFilters } from './aggregate';
import type { Cell, EmbedRow } from './embed-data';

type Num = number | null;
const num = (v: Cell | undefined): Num => (typeof v === 'number' ? v : null);
const cmp = (a: Cell | undefined, b: Cell | undefined) => {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1;
};
const by = (...keys: string[]) => (a: EmbedRow, b: EmbedRow) => {
  for (const k of keys) {
    const c = cmp(a[k], b[k]);
    if (c) return c;
  }
  return 0;
};

/** A compare metric of one report: the SQL expressions of src/lib/dashboard/metrics.ts. */
export function metricValue(r: EmbedRow, key: string): Num {
  if (key === 'grant_rate') {
    const g = num(r.granted), p = num(r.partial), t = num(r.total_processed);
    return g === null || p === null || t === null || t === 0 ? null : (g + p) / t;
  }
  return num(r[key]);
}

const withMetrics = (r: EmbedRow): EmbedRow => {
  const o: EmbedRow = { agency_id: r.agency_id, agency_name: r.agency_name, level: r.level, kind: r.kind, year: r.year, report_id: r.report_id };
  for (const m of METRICS) o[m.key] = metricValue(r, m.key);
  return o;
};

/** = compareSql(f, ids): the chosen agencies' reports under the filters, with every compare metric. */
export function compareRows(rows: EmbedRow[], f: Filters, ids: readonly string[]): EmbedRow[] {
  const want = new Set(ids);
  return rows.filter((r) => want.has(String(r.agency_id)) && matchesFilters(r, f)).map(withMetrics).sort(by('agency_id', 'year', 'report_id'));
}

/** = cohortRowsSql(f, ids): every report of the chosen agencies' level × kind cohorts under the other filters. */
export function cohortRows(rows: EmbedRow[], f: Filters, ids: readonly string[]): EmbedRow[] {
  const want = new Set(ids);
  const cohorts = new Set(rows.filter((r) => want.has(String(r.agency_id))).map((r) => JSON.stringify([r.level ?? null, r.kind ?? null])));
  const g = { ...f, level: null, kind: null };
  return rows
    .filter((r) => cohorts.has(JSON.stringify([r.level ?? null, r.kind ?? null])) && matchesFilters(r, g))
    .map(withMetrics)
    .sort(by('year', 'agency_id', 'report_id'));
}

/** = agencyReportsSql(id) (the columns the agency page's charts draw): every report of one agency by year. */
export function agencyReportRows(rows: EmbedRow[], id: string): EmbedRow[] {
  return rows.filter((r) => r.agency_id === id).sort(by('year', 'report_id'));
}

/**
 * = coverageSql(f): every agency under the place/level/kind filters × every year of the span (the filter's years,
 * else the dataset's), with its report when there is one, and the status.
 */
export function coverageRows(rows: EmbedRow[], agencies: EmbedRow[], f: Filters): EmbedRow[] {
  let y0: Num, y1: Num;
  if (f.years) [y0, y1] = f.years;
  else {
    const ys = rows.map((r) => num(r.year)).filter((y): y is number => y !== null);
    y0 = ys.length ? Math.min(...ys) : null;
    y1 = ys.length ? Math.max(...ys) : null;
  }
  const years: number[] = [];
  if (y0 !== null && y1 !== null) for (let y = y0; y <= y1; y++) years.push(y);
  const place = { ...f, years: null, format: null };
  const byAgencyYear = new Map<string, EmbedRow[]>();
  for (const r of rows) {
    const k = `${r.agency_id}\u0000${r.year}`;
    byAgencyYear.set(k, [...(byAgencyYear.get(k) ?? []), r]);
  }
  const out: EmbedRow[] = [];
  for (const a of agencies.filter((x) => matchesFilters(x, place))) {
    for (const year of years) {
      const reps = byAgencyYear.get(`${a.agency_id}\u0000${year}`) ?? [null];
      for (const r of reps) {
        const late = num(r?.days_late ?? null);
        out.push({
          agency_id: a.agency_id, agency_name: a.name, region: a.region, level: a.level, kind: a.kind, year,
          report_id: r?.report_id ?? null, published: r?.published ?? null, deadline: r?.deadline ?? null, days_late: late,
          status: !r ? 'missing' : late !== null && late > 0 ? 'late' : r.published === null || r.published === undefined ? 'unknown' : 'on_time'
        });
      }
    }
  }
  return out.sort(by('agency_name', 'agency_id', 'year', 'report_id'));
}
