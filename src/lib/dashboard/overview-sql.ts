/**
 * SQL of the overview page (`/`). Every query respects the global filters. Each builder takes the dataset's
 * source: `reports` (any dataset) or the summary tables written with it (src/lib/dataset/node/summaries.ts), which
 * give the same rows from a few thousand pre-aggregated rows; `summary-sql.test.ts` checks that both agree.
 */
import type { Filters } from './filters';
import { filterConditions, int, lit, where } from './sql-util';

const W = (f: Filters) => where(filterConditions(f));

export interface OverviewSource {
  /** The dataset has summary_region_year, summary_t4, summary_agency and summary_report. */
  summaries: boolean;
}

export const REPORTS_SOURCE: OverviewSource = { summaries: false };
export const SUMMARY_SOURCE: OverviewSource = { summaries: true };
export const SUMMARY_TABLE_NAMES = ['summary_region_year', 'summary_t4', 'summary_agency', 'summary_report', 'summary_flags'] as const;

/** The source a dataset supports, from its manifest's table names. */
export function overviewSource(tables: Record<string, unknown> | undefined): OverviewSource {
  return { summaries: !!tables && SUMMARY_TABLE_NAMES.every((t) => t in tables) };
}

/** Pre-aggregated rows by year × province × city × level × kind × format (no county: a county filter reads reports). */
const regionTable = (f: Filters, src: OverviewSource) => (src.summaries && !f.county ? 'summary_region_year' : null);

/** Measures summed per agency (columns of summary_agency and summary_report). */
const AGENCY_SUMS = [
  'reports', 'late_reports', 'reports_with_errors', 'new_received', 'granted_or_partial', 'grant_base', 'review_total',
  'review_corrected_read', 'review_base', 'litigation_total', 'litigation_corrected_read', 'litigation_base',
  'license_decisions', 'penalty_decisions', 'coercion_decisions', 'flags_error', 'flags_warning'
];

/**
 * One row per agency over the filtered reports with the summary_agency columns: summary_agency itself when no
 * year/format filter is set, else summary_report grouped by agency.
 */
function agencyRows(f: Filters): string {
  if (!f.years && !f.format) return `(SELECT * FROM summary_agency r ${W(f)})`;
  if (f.years && f.years[0] === f.years[1]) {
    // One year: one report per agency, so its row is the agency's row (no grouping over up to 1M rows).
    return `(SELECT r.agency_id, r.agency_name, r.region, r.level, r.kind, r.year AS first_year, r.year AS last_year,
    r.report_id AS latest_report_id, ${AGENCY_SUMS.map((c) => `r.${c}`).join(', ')}
  FROM summary_report r ${W(f)})`;
  }
  const latest = ['agency_name', 'region', 'level', 'kind'].map((c) => `arg_max(r.${c}, r.year) AS ${c}`).join(', ');
  return `(SELECT r.agency_id, ${latest}, min(r.year) AS first_year, max(r.year) AS last_year,
    arg_max(r.report_id, r.year) AS latest_report_id, ${AGENCY_SUMS.map((c) => `sum(r.${c}) AS ${c}`).join(', ')}
  FROM summary_report r ${W(f)} GROUP BY r.agency_id)`;
}

/** Bits y - 2000 of the filter's years (as summary_agency.years_mask), or null when a year is out of range. */
function yearsMask(years: [number, number]): string | null {
  if (years[0] < 2000 || years[1] > 2062) return null;
  let m = 0n;
  for (let y = years[0]; y <= years[1]; y++) m |= 1n << BigInt(y - 2000);
  return `${m}::BIGINT`;
}

/** Number of agencies with a report under the filters (a dataset holds one report per agency and year). */
function agencyCountSql(f: Filters): string {
  const mask = f.years ? yearsMask(f.years) : null;
  if (!f.format && (!f.years || mask)) {
    const conds = filterConditions({ ...f, years: null });
    if (mask) conds.push(`(r.years_mask & ${mask}) <> 0`);
    return `SELECT count(*) FROM summary_agency r ${where(conds)}`;
  }
  if (f.years && f.years[0] === f.years[1] && !f.county) return `SELECT coalesce(sum(r.agencies), 0) FROM summary_region_year r ${W(f)}`;
  return `SELECT count(DISTINCT r.agency_id) FROM summary_report r ${W(f)}`;
}

/** KPI tiles: one row. Rates are computed over reports where both numerator and denominator cells were read. */
export function kpiSql(f: Filters, src: OverviewSource = REPORTS_SOURCE): string {
  if (src.summaries) {
    const table = regionTable(f, src) ?? (f.years || f.format ? 'summary_report' : 'summary_agency');
    return `SELECT
  (${agencyCountSql(f)})::INTEGER AS agencies,
  coalesce(sum(r.reports), 0)::INTEGER AS reports,
  sum(r.new_received)::DOUBLE AS new_received,
  sum(r.granted_or_partial)::DOUBLE AS granted_or_partial,
  sum(r.grant_base)::DOUBLE AS grant_base,
  sum(r.review_total)::DOUBLE AS review_total,
  sum(r.review_corrected_read)::DOUBLE AS review_corrected,
  sum(r.review_base)::DOUBLE AS review_base,
  sum(r.litigation_total)::DOUBLE AS litigation_total,
  sum(r.litigation_corrected_read)::DOUBLE AS litigation_corrected,
  sum(r.litigation_base)::DOUBLE AS litigation_base,
  coalesce(sum(r.reports_with_errors), 0)::INTEGER AS reports_with_errors
FROM ${table} r
${W(f)}`.trimEnd();
  }
  return `SELECT
  count(DISTINCT r.agency_id)::INTEGER AS agencies,
  count(*)::INTEGER AS reports,
  sum(r.new_received)::DOUBLE AS new_received,
  sum(r.granted + r.partial)::DOUBLE AS granted_or_partial,
  sum(r.total_processed) FILTER (WHERE r.granted IS NOT NULL AND r.partial IS NOT NULL)::DOUBLE AS grant_base,
  sum(r.review_total)::DOUBLE AS review_total,
  sum(r.review_corrected) FILTER (WHERE r.review_total IS NOT NULL)::DOUBLE AS review_corrected,
  sum(r.review_total) FILTER (WHERE r.review_corrected IS NOT NULL)::DOUBLE AS review_base,
  sum(r.litigation_total)::DOUBLE AS litigation_total,
  sum(r.litigation_corrected) FILTER (WHERE r.litigation_total IS NOT NULL)::DOUBLE AS litigation_corrected,
  sum(r.litigation_total) FILTER (WHERE r.litigation_corrected IS NOT NULL)::DOUBLE AS litigation_base,
  count(*) FILTER (WHERE r.flags_error > 0)::INTEGER AS reports_with_errors
FROM reports r
${W(f)}`.trimEnd();
}

/** Reports per year and national format (the format's own label, 'unknown' when not detected). */
export function reportsPerYearSql(f: Filters, src: OverviewSource = REPORTS_SOURCE): string {
  const conds = [...filterConditions(f), 'r.year IS NOT NULL'];
  const table = regionTable(f, src) ?? (src.summaries ? 'summary_report' : null);
  const n = table ? 'sum(r.reports)' : 'count(*)';
  return `SELECT r.year::INTEGER AS year, coalesce(r.format, 'unknown') AS format, ${n}::INTEGER AS n
FROM ${table ?? 'reports'} r
${where(conds)}
GROUP BY ALL
ORDER BY ALL`;
}

/** 本年新收 per agency, largest first (top N + rest is cut in the view model). */
export function volumeByAgencySql(f: Filters): string {
  return `SELECT r.agency_id, arg_max(r.agency_name, r.year) AS agency_name, sum(r.new_received)::DOUBLE AS new_received, count(*)::INTEGER AS reports
FROM reports r
${W(f)}
GROUP BY r.agency_id
ORDER BY new_received DESC NULLS LAST, agency_name`;
}

const APPLICANT_SUMS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org'].map((c) => `new_${c}`);

/**
 * The `n` agencies with the most 本年新收 (one more when only one would be left over), then one row with
 * agency_id NULL holding the sum and number (`rest_agencies`) of the others that have a value.
 */
export function volumeTopSql(f: Filters, n: number, src: OverviewSource = REPORTS_SOURCE): string {
  const from = src.summaries
    ? `SELECT r.agency_id, r.agency_name, r.new_received::DOUBLE AS new_received, r.reports::INTEGER AS reports FROM ${agencyRows(f)} r`
    : `SELECT r.agency_id, arg_max(r.agency_name, r.year) AS agency_name, sum(r.new_received)::DOUBLE AS new_received, count(*)::INTEGER AS reports
  FROM reports r ${W(f)} GROUP BY r.agency_id`;
  return `WITH a AS (
  ${from}
), top AS (
  SELECT * FROM a WHERE a.new_received IS NOT NULL ORDER BY a.new_received DESC, a.agency_name, a.agency_id LIMIT ${int(n + 1)}
), tot AS (
  SELECT count(a.new_received) AS c, sum(a.new_received) AS v FROM a
), shown AS (
  SELECT top.* FROM top, tot
  QUALIFY tot.c = ${int(n + 1)} OR row_number() OVER (ORDER BY top.new_received DESC, top.agency_name, top.agency_id) <= ${int(n)}
)
SELECT s.agency_id, s.agency_name, s.new_received, s.reports, NULL::INTEGER AS rest_agencies FROM shown s
UNION ALL
SELECT NULL, NULL, (tot.v - (SELECT sum(s.new_received) FROM shown s))::DOUBLE, NULL, (tot.c - (SELECT count(*) FROM shown))::INTEGER
FROM tot WHERE tot.c > (SELECT count(*) FROM shown)
ORDER BY rest_agencies NULLS FIRST, new_received DESC NULLS LAST, agency_name`;
}

/** Yearly totals: reports, agencies, requests received and handled, outcome rows, applicant mix. */
export function trendSql(f: Filters, src: OverviewSource = REPORTS_SOURCE): string {
  const table = regionTable(f, src);
  if (table) {
    const sum = (c: string) => `sum(r.${c})::DOUBLE AS ${c}`;
    return `SELECT r.year::INTEGER AS year, sum(r.reports)::INTEGER AS reports, sum(r.agencies)::INTEGER AS agencies,
  ${['new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other'].map(sum).join(', ')},
  ${APPLICANT_SUMS.map(sum).join(', ')},
  sum(r.reports_with_errors)::INTEGER AS reports_with_errors
FROM ${table} r
${W(f)}
GROUP BY r.year
ORDER BY r.year`;
  }
  return `SELECT r.year::INTEGER AS year,
  count(*)::INTEGER AS reports,
  count(DISTINCT r.agency_id)::INTEGER AS agencies,
  sum(r.new_received)::DOUBLE AS new_received,
  sum(r.total_processed)::DOUBLE AS total_processed,
  sum(r.granted)::DOUBLE AS granted,
  sum(r.partial)::DOUBLE AS partial,
  sum(r.denied)::DOUBLE AS denied,
  sum(r.unable)::DOUBLE AS unable,
  sum(r.not_processed)::DOUBLE AS not_processed,
  sum(r.other)::DOUBLE AS other,
  sum(r.new_natural_person)::DOUBLE AS new_natural_person,
  sum(r.new_commercial)::DOUBLE AS new_commercial,
  sum(r.new_research)::DOUBLE AS new_research,
  sum(r.new_social_welfare)::DOUBLE AS new_social_welfare,
  sum(r.new_legal_service)::DOUBLE AS new_legal_service,
  sum(r.new_other_org)::DOUBLE AS new_other_org,
  count(*) FILTER (WHERE r.flags_error > 0)::INTEGER AS reports_with_errors
FROM reports r
${W(f)}
GROUP BY r.year
ORDER BY r.year`;
}

/** 行政许可/处罚/强制 decisions per agency, largest total first. */
export function decisionsByAgencySql(f: Filters, limit: number, src: OverviewSource = REPORTS_SOURCE): string {
  if (src.summaries) {
    return `SELECT r.agency_id, r.agency_name,
  r.license_decisions::DOUBLE AS license_decisions,
  r.penalty_decisions::DOUBLE AS penalty_decisions,
  r.coercion_decisions::DOUBLE AS coercion_decisions
FROM ${agencyRows(f)} r
ORDER BY coalesce(r.license_decisions, 0) + coalesce(r.penalty_decisions, 0) + coalesce(r.coercion_decisions, 0) DESC, r.agency_name
LIMIT ${int(limit)}`;
  }
  return `SELECT r.agency_id, arg_max(r.agency_name, r.year) AS agency_name,
  sum(r.license_decisions)::DOUBLE AS license_decisions,
  sum(r.penalty_decisions)::DOUBLE AS penalty_decisions,
  sum(r.coercion_decisions)::DOUBLE AS coercion_decisions
FROM reports r
${W(f)}
GROUP BY r.agency_id
ORDER BY coalesce(sum(r.license_decisions), 0) + coalesce(sum(r.penalty_decisions), 0) + coalesce(sum(r.coercion_decisions), 0) DESC, agency_name
LIMIT ${int(limit)}`;
}

/** 表四 outcomes summed over the filtered reports: group × outcome (without the 总计 cells). */
export function reviewOutcomesSql(f: Filters, src: OverviewSource = REPORTS_SOURCE): string {
  if (regionTable(f, src)) {
    return `SELECT r.grp, r.outcome, sum(r.value)::DOUBLE AS value
FROM summary_t4 r
${W(f)}
GROUP BY r.grp, r.outcome
ORDER BY r.grp, r.outcome`;
  }
  const conds = filterConditions(f);
  conds.push(`c.outcome <> 'total'`);
  return `SELECT c.grp, c.outcome, sum(c.value)::DOUBLE AS value
FROM t4_cells c
JOIN reports r ON r.report_id = c.report_id
${where(conds)}
GROUP BY c.grp, c.outcome
ORDER BY c.grp, c.outcome`;
}

export interface LeagueQuery {
  sort: { key: string; dir: 'asc' | 'desc' };
  /** Search in name, region, level and kind (case-insensitive substring). */
  q: string;
  limit: number;
}

/** Columns the league table can be sorted by (the result columns below). */
export const LEAGUE_SORT_KEYS = [
  'agency_name', 'region', 'level', 'kind', 'reports', 'new_received', 'grant_rate', 'review_total', 'litigation_total',
  'late_reports', 'flags_error'
] as const;

/**
 * League table: one row per agency over the filtered reports. `latest_report_id` links the row to a source report.
 * With `opts`, rows are searched, sorted and cut to `limit` in SQL, and `total` holds the number of matching agencies.
 */
export function leagueSql(f: Filters, src: OverviewSource = REPORTS_SOURCE, opts?: LeagueQuery): string {
  const body = src.summaries
    ? `SELECT r.agency_id, r.agency_name, r.region, r.level, r.kind, r.reports::INTEGER AS reports,
  r.first_year::INTEGER AS first_year, r.last_year::INTEGER AS last_year, r.latest_report_id,
  r.new_received::DOUBLE AS new_received, (r.granted_or_partial / nullif(r.grant_base, 0))::DOUBLE AS grant_rate,
  r.review_total::DOUBLE AS review_total, r.litigation_total::DOUBLE AS litigation_total,
  r.late_reports::INTEGER AS late_reports, r.flags_error::INTEGER AS flags_error, r.flags_warning::INTEGER AS flags_warning
FROM ${agencyRows(f)} r`
    : `SELECT r.agency_id,
  arg_max(r.agency_name, r.year) AS agency_name,
  arg_max(r.region, r.year) AS region,
  arg_max(r.level, r.year) AS level,
  arg_max(r.kind, r.year) AS kind,
  count(*)::INTEGER AS reports,
  min(r.year)::INTEGER AS first_year,
  max(r.year)::INTEGER AS last_year,
  arg_max(r.report_id, r.year) AS latest_report_id,
  sum(r.new_received)::DOUBLE AS new_received,
  (sum(r.granted + r.partial) / nullif(sum(r.total_processed) FILTER (WHERE r.granted IS NOT NULL AND r.partial IS NOT NULL), 0))::DOUBLE AS grant_rate,
  sum(r.review_total)::DOUBLE AS review_total,
  sum(r.litigation_total)::DOUBLE AS litigation_total,
  count(*) FILTER (WHERE r.days_late > 0)::INTEGER AS late_reports,
  sum(r.flags_error)::INTEGER AS flags_error,
  sum(r.flags_warning)::INTEGER AS flags_warning
FROM reports r
${W(f)}
GROUP BY r.agency_id`;
  if (!opts) return `${body}\nORDER BY new_received DESC NULLS LAST, agency_name`;
  const key = (LEAGUE_SORT_KEYS as readonly string[]).includes(opts.sort.key) ? opts.sort.key : 'new_received';
  const needle = opts.q.trim().toLowerCase();
  const search = needle
    ? `WHERE ${['agency_name', 'region', 'level', 'kind'].map((c) => `contains(lower(coalesce(${c}, '')), ${lit(needle)})`).join(' OR ')}`
    : '';
  return `WITH l AS (
${body}
)
SELECT *, count(*) OVER ()::INTEGER AS total FROM l
${search}
ORDER BY l.${key} ${opts.sort.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, l.agency_name, l.agency_id
LIMIT ${int(opts.limit)}`;
}

/** Values offered by the filter bar: dimension k, value v, number of reports n. Cities follow the chosen province. */
export function filterOptionsSql(f: Filters, src: OverviewSource = REPORTS_SOURCE): string {
  const dim = (k: string, extra: string[] = []) => {
    const [table, n] = !src.summaries ? ['reports', 'count(*)'] : k === 'county' ? ['summary_agency', 'sum(r.reports)'] : ['summary_region_year', 'sum(r.reports)'];
    return `SELECT '${k}' AS k, CAST(r.${k} AS VARCHAR) AS v, ${n}::INTEGER AS n FROM ${table} r WHERE r.${k} IS NOT NULL${extra.map((e) => ` AND ${e}`).join('')} GROUP BY r.${k}`;
  };
  const scope = filterConditions({ ...f, years: null, format: null, level: null, kind: null, city: null, county: null });
  const cityScope = filterConditions({ ...f, years: null, format: null, level: null, kind: null, county: null });
  // Counties only within a chosen province or city: a national dataset has thousands.
  const counties = f.province || f.city ? [dim('county', f.city ? cityScope : scope)] : [];
  return [dim('year'), dim('province'), dim('city', scope), ...counties, dim('level'), dim('kind'), dim('format')].join('\nUNION ALL\n') +
    '\nORDER BY k, v';
}
