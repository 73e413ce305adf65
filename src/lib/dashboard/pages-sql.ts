/** SQL of the compare, agency, report and coverage pages. */
import type { Filters } from './filters';
import { METRICS } from './metrics';
import { agencyConditions, filterConditions, int, lit, litList, where } from './sql-util';

const METRIC_COLUMNS = METRICS.map((m) => `  (${m.sql})::DOUBLE AS ${m.key}`).join(',\n');

/** The chosen agencies' reports, one row per report, with every compare metric. */
export function compareSql(f: Filters, agencyIds: string[]): string {
  const conds = [`r.agency_id IN (${litList(agencyIds)})`, ...filterConditions(f)];
  return `SELECT r.agency_id, r.agency_name, r.level, r.kind, r.year::INTEGER AS year, r.report_id,
${METRIC_COLUMNS}
FROM reports r
${where(conds)}
ORDER BY r.agency_id, r.year, r.report_id`;
}

/**
 * Peer cohorts of the chosen agencies (same level and kind): per cohort and year, the median of every metric over
 * all agencies of the cohort under the global filters.
 */
export function cohortMedianSql(f: Filters, agencyIds: string[]): string {
  const medians = METRICS.map((m) => `  median(${m.sql})::DOUBLE AS ${m.key}`).join(',\n');
  return `WITH cohort AS (
  SELECT DISTINCT level, kind FROM reports WHERE agency_id IN (${litList(agencyIds)})
)
SELECT r.level, r.kind, r.year::INTEGER AS year, count(DISTINCT r.agency_id)::INTEGER AS agencies,
${medians}
FROM reports r
JOIN cohort c ON c.level IS NOT DISTINCT FROM r.level AND c.kind IS NOT DISTINCT FROM r.kind
${where(filterConditions({ ...f, level: null, kind: null }))}
GROUP BY r.level, r.kind, r.year
ORDER BY r.level, r.kind, r.year`;
}

/** Every report of the peer cohort (same level and kind as any chosen agency), for per-year medians in charts. */
export function cohortRowsSql(f: Filters, agencyIds: string[]): string {
  return `WITH cohort AS (
  SELECT DISTINCT level, kind FROM reports WHERE agency_id IN (${litList(agencyIds)})
)
SELECT r.agency_id, r.agency_name, r.level, r.kind, r.year::INTEGER AS year, r.report_id,
${METRIC_COLUMNS}
FROM reports r
JOIN cohort c ON c.level IS NOT DISTINCT FROM r.level AND c.kind IS NOT DISTINCT FROM r.kind
${where(filterConditions({ ...f, level: null, kind: null }))}
ORDER BY r.year, r.agency_id, r.report_id`;
}

/** Agency picker: agencies with at least one report under the filters. */
export function agencyListSql(f: Filters): string {
  return `SELECT r.agency_id, arg_max(r.agency_name, r.year) AS agency_name, arg_max(r.region, r.year) AS region,
  arg_max(r.level, r.year) AS level, arg_max(r.kind, r.year) AS kind, count(*)::INTEGER AS reports
FROM reports r
${where(filterConditions(f))}
GROUP BY r.agency_id
ORDER BY agency_name`;
}

export function agencySql(agencyId: string): string {
  return `SELECT * FROM agencies WHERE agency_id = ${lit(agencyId)}`;
}

/** Every report of one agency (global filters are not applied: the page is about the agency). */
export function agencyReportsSql(agencyId: string): string {
  return `SELECT r.* REPLACE (r.year::INTEGER AS year, CAST(r.published AS VARCHAR) AS published, CAST(r.deadline AS VARCHAR) AS deadline)
FROM reports r
WHERE r.agency_id = ${lit(agencyId)}
ORDER BY r.year, r.report_id`;
}

export function reportSql(reportId: string): string {
  return `SELECT r.* REPLACE (r.year::INTEGER AS year, CAST(r.published AS VARCHAR) AS published, CAST(r.deadline AS VARCHAR) AS deadline)
FROM reports r
WHERE r.report_id = ${lit(reportId)}`;
}

export function reportCellsSql(reportId: string): { t2: string; t3: string; t4: string } {
  const id = lit(reportId);
  return {
    t2: `SELECT key, value, provenance FROM t2_cells WHERE report_id = ${id}`,
    t3: `SELECT "row", col, value, provenance FROM t3_cells WHERE report_id = ${id}`,
    t4: `SELECT grp, outcome, value, provenance FROM t4_cells WHERE report_id = ${id}`
  };
}

export function reportFlagsSql(reportId: string): string {
  return `SELECT rule, severity, cells, expected, actual, message, message_en
FROM flags
WHERE report_id = ${lit(reportId)}
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule`;
}

export function reportTextsSql(reportId: string): string {
  return `SELECT section, text FROM texts WHERE report_id = ${lit(reportId)}`;
}

/** Peer cohort of one report for the /check page: same level and kind (or every report) in that year. */
export function peerSummarySql(year: number, level: string | null, kind: string | null): string {
  const conds = [`r.year = ${int(year)}`];
  if (level) conds.push(`r.level = ${lit(level)}`);
  if (kind) conds.push(`r.kind = ${lit(kind)}`);
  const q = (col: string) =>
    `  median(${col})::DOUBLE AS ${col.replace('r.', '')}_median, quantile_cont(${col}, 0.9)::DOUBLE AS ${col.replace('r.', '')}_p90`;
  return `SELECT count(*)::INTEGER AS reports,
${['r.new_received', 'r.total_processed', 'r.granted', 'r.review_total', 'r.litigation_total'].map(q).join(',\n')}
FROM reports r
${where(conds)}`;
}

/**
 * Coverage: every agency under the filters × every year of the span (the filter's years, else the dataset's),
 * with its report when there is one. Status: missing | late | on_time | unknown (no publication date).
 */
export function coverageSql(f: Filters): string {
  const span = f.years
    ? `SELECT ${int(f.years[0])} AS y0, ${int(f.years[1])} AS y1`
    : `SELECT min(year)::INTEGER AS y0, max(year)::INTEGER AS y1 FROM reports`;
  return `WITH span AS (${span}),
yrs AS (SELECT unnest(generate_series(y0, y1))::INTEGER AS year FROM span),
ag AS (SELECT a.agency_id, a.name, a.region, a.level, a.kind FROM agencies a ${where(agencyConditions(f))})
SELECT ag.agency_id, ag.name AS agency_name, ag.region, ag.level, ag.kind, yrs.year, r.report_id,
  CAST(r.published AS VARCHAR) AS published, CAST(r.deadline AS VARCHAR) AS deadline, r.days_late,
  CASE WHEN r.report_id IS NULL THEN 'missing' WHEN r.days_late > 0 THEN 'late' WHEN r.published IS NULL THEN 'unknown' ELSE 'on_time' END AS status
FROM ag
CROSS JOIN yrs
LEFT JOIN reports r ON r.agency_id = ag.agency_id AND r.year = yrs.year
ORDER BY ag.name, ag.agency_id, yrs.year, r.report_id`;
}
