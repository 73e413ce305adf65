/**
 * Pre-aggregated summary tables written with a dataset, so the overview of a 1,000,000-report dataset reads a few
 * thousand rows instead of loading and scanning `reports` in the browser (docs/PERFORMANCE.md).
 *
 * - `summary_region_year`: one row per year × province × city × level × kind × format with the sums the overview
 *   KPIs, trend, outcome and applicant charts need. Sums of the rows selected by any filter on those columns equal
 *   the same sums over `reports` (SUM ignores NULLs either way; a group whose values are all NULL stores NULL).
 *   `agencies` is exact when the filter selects one year (an agency has one report per year and one place);
 *   over several years use `summary_agency`.
 * - `summary_t4`: 表四 outcomes (group × outcome, 总计 cells excluded) summed per the same dimensions.
 * - `summary_agency`: one row per agency over all years (its place, level and kind are a function of the agency:
 *   agency_id comes from the normalised name and region), latest name, `years_mask` (bit y-2000 per year with a
 *   report), for the league table, top-N charts and agency counts when no year/format filter is set.
 * - `summary_report`: the same measures per report (a dataset holds one report per agency and year), narrower than
 *   `reports`, for the same agency-level queries under a year or format filter and for placing flags.
 * - `summary_flags`: flag counts per agency × rule × severity × year × format × place, for the flags heatmap.
 *
 * Call `addSummaryTables` after the `reports` staging table exists and before `writeParquet`.
 */
import type { TableSchema } from '../schema';
import type { DatasetWriter } from './dataset-writer';

const DIMS: TableSchema = [
  ['year', 'SMALLINT'], ['province', 'VARCHAR'], ['city', 'VARCHAR'], ['level', 'VARCHAR'], ['kind', 'VARCHAR'], ['format', 'VARCHAR']
];
const DIM_SQL = DIMS.map(([c]) => `r.${c}`).join(', ');

/** Plain sums of `reports` columns. */
const SUMMED = [
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'new_natural_person', 'new_commercial', 'new_research', 'new_social_welfare', 'new_legal_service', 'new_other_org',
  'review_total', 'review_corrected', 'litigation_total', 'litigation_corrected',
  'license_decisions', 'penalty_decisions', 'coercion_decisions', 'flags_error', 'flags_warning', 'flags_info'
];

/** Sums with the KPI tiles' conditions (rates only over reports where both cells were read). */
const CONDITIONAL: [string, string][] = [
  ['granted_or_partial', 'sum(r.granted + r.partial)'],
  ['grant_base', 'sum(r.total_processed) FILTER (WHERE r.granted IS NOT NULL AND r.partial IS NOT NULL)'],
  ['review_corrected_read', 'sum(r.review_corrected) FILTER (WHERE r.review_total IS NOT NULL)'],
  ['review_base', 'sum(r.review_total) FILTER (WHERE r.review_corrected IS NOT NULL)'],
  ['litigation_corrected_read', 'sum(r.litigation_corrected) FILTER (WHERE r.litigation_total IS NOT NULL)'],
  ['litigation_base', 'sum(r.litigation_total) FILTER (WHERE r.litigation_corrected IS NOT NULL)']
];

export const SUMMARY_REGION_YEAR: TableSchema = [
  ...DIMS,
  ['reports', 'INTEGER'], ['agencies', 'INTEGER'], ['reports_with_errors', 'INTEGER'], ['reports_late', 'INTEGER'],
  ...SUMMED.map((c) => [c, 'DOUBLE'] as [string, 'DOUBLE']),
  ...CONDITIONAL.map(([c]) => [c, 'DOUBLE'] as [string, 'DOUBLE'])
];

export const SUMMARY_T4: TableSchema = [...DIMS, ['grp', 'VARCHAR'], ['outcome', 'VARCHAR'], ['value', 'DOUBLE']];

const AGENCY_COLUMNS: TableSchema = [
  ['agency_id', 'VARCHAR'], ['agency_name', 'VARCHAR'], ['region', 'VARCHAR'], ['province', 'VARCHAR'], ['city', 'VARCHAR'],
  ['county', 'VARCHAR'], ['level', 'VARCHAR'], ['kind', 'VARCHAR'],
  ['first_year', 'SMALLINT'], ['last_year', 'SMALLINT'], ['years_mask', 'BIGINT'], ['latest_report_id', 'VARCHAR'],
  ['reports', 'INTEGER'], ['late_reports', 'INTEGER'], ['reports_with_errors', 'INTEGER'],
  ['new_received', 'DOUBLE'], ['granted_or_partial', 'DOUBLE'], ['grant_base', 'DOUBLE'], ['review_total', 'DOUBLE'],
  ['review_corrected_read', 'DOUBLE'], ['review_base', 'DOUBLE'], ['litigation_total', 'DOUBLE'],
  ['litigation_corrected_read', 'DOUBLE'], ['litigation_base', 'DOUBLE'], ['license_decisions', 'DOUBLE'], ['penalty_decisions', 'DOUBLE'], ['coercion_decisions', 'DOUBLE'],
  ['flags_error', 'INTEGER'], ['flags_warning', 'INTEGER']
];

export const SUMMARY_AGENCY: TableSchema = AGENCY_COLUMNS;

const PER_AGENCY_ONLY = new Set(['first_year', 'last_year', 'years_mask', 'latest_report_id']);
export const SUMMARY_REPORT: TableSchema = [
  ['report_id', 'VARCHAR'], ['year', 'SMALLINT'], ['format', 'VARCHAR'], ...AGENCY_COLUMNS.filter(([c]) => !PER_AGENCY_ONLY.has(c))
];

export const SUMMARY_FLAGS: TableSchema = [
  ['agency_id', 'VARCHAR'], ['agency_name', 'VARCHAR'], ['rule', 'VARCHAR'], ['severity', 'VARCHAR'], ['year', 'SMALLINT'],
  ['format', 'VARCHAR'], ['province', 'VARCHAR'], ['city', 'VARCHAR'], ['county', 'VARCHAR'], ['level', 'VARCHAR'], ['kind', 'VARCHAR'],
  ['flags', 'INTEGER']
];

export const SUMMARY_TABLES = {
  summary_region_year: SUMMARY_REGION_YEAR, summary_t4: SUMMARY_T4, summary_agency: SUMMARY_AGENCY, summary_report: SUMMARY_REPORT,
  summary_flags: SUMMARY_FLAGS
};

export function summaryRegionYearSql(reports = 'stage_reports'): string {
  return `SELECT ${DIM_SQL}, count(*)::INTEGER AS reports, count(DISTINCT r.agency_id)::INTEGER AS agencies,
  count(*) FILTER (WHERE r.flags_error > 0)::INTEGER AS reports_with_errors,
  count(*) FILTER (WHERE r.days_late > 0)::INTEGER AS reports_late,
  ${SUMMED.map((c) => `sum(r.${c})::DOUBLE AS ${c}`).join(', ')},
  ${CONDITIONAL.map(([c, e]) => `(${e})::DOUBLE AS ${c}`).join(', ')}
FROM ${reports} r GROUP BY ALL ORDER BY ALL`;
}

/** `t4Cells`: a SQL relation with report_id, grp, outcome, value (a staging table or a parenthesised query). */
export function summaryT4Sql(t4Cells: string, reports = 'stage_reports'): string {
  return `SELECT ${DIM_SQL}, c.grp, c.outcome, sum(c.value)::DOUBLE AS value
FROM ${t4Cells} c JOIN ${reports} r ON r.report_id = c.report_id
WHERE c.outcome <> 'total'
GROUP BY ALL ORDER BY ALL`;
}

/** Agency-level measures of one group of reports (the columns of `AGENCY_COLUMNS` after the place). */
const AGENCY_MEASURES = `min(r.year)::SMALLINT AS first_year, max(r.year)::SMALLINT AS last_year,
  bit_or(CASE WHEN r.year BETWEEN 2000 AND 2062 THEN (1::BIGINT << (r.year - 2000)) ELSE 0::BIGINT END) AS years_mask,
  arg_max(r.report_id, r.year) AS latest_report_id,
  count(*)::INTEGER AS reports, count(*) FILTER (WHERE r.days_late > 0)::INTEGER AS late_reports,
  count(*) FILTER (WHERE r.flags_error > 0)::INTEGER AS reports_with_errors,
  sum(r.new_received)::DOUBLE AS new_received, sum(r.granted + r.partial)::DOUBLE AS granted_or_partial,
  sum(r.total_processed) FILTER (WHERE r.granted IS NOT NULL AND r.partial IS NOT NULL)::DOUBLE AS grant_base,
  sum(r.review_total)::DOUBLE AS review_total,
  ${CONDITIONAL.slice(2, 4).map(([c, e]) => `(${e})::DOUBLE AS ${c}`).join(', ')},
  sum(r.litigation_total)::DOUBLE AS litigation_total,
  ${CONDITIONAL.slice(4, 6).map(([c, e]) => `(${e})::DOUBLE AS ${c}`).join(', ')},
  sum(r.license_decisions)::DOUBLE AS license_decisions, sum(r.penalty_decisions)::DOUBLE AS penalty_decisions,
  sum(r.coercion_decisions)::DOUBLE AS coercion_decisions,
  sum(r.flags_error)::INTEGER AS flags_error, sum(r.flags_warning)::INTEGER AS flags_warning`;

const PLACE = 'r.province, r.city, r.county, r.level, r.kind';

const LATEST_PLACE = ['province', 'city', 'county', 'level', 'kind'].map((c) => `arg_max(r.${c}, r.year) AS ${c}`).join(', ');

export function summaryAgencySql(reports = 'stage_reports'): string {
  return `SELECT r.agency_id, arg_max(r.agency_name, r.year) AS agency_name, arg_max(r.region, r.year) AS region, ${LATEST_PLACE},
  ${AGENCY_MEASURES}
FROM ${reports} r GROUP BY r.agency_id ORDER BY new_received DESC NULLS LAST, r.agency_id`;
}

/** One row per report; sorted by year, then place, for row-group skipping on the common filters. */
export function summaryReportSql(reports = 'stage_reports'): string {
  return `SELECT * EXCLUDE (first_year, last_year, years_mask, latest_report_id) FROM (
  SELECT r.report_id, r.year, r.format, r.agency_id, any_value(r.agency_name) AS agency_name, any_value(r.region) AS region, ${PLACE},
  ${AGENCY_MEASURES}
  FROM ${reports} r GROUP BY r.report_id, r.year, r.format, r.agency_id, ${PLACE}
)
ORDER BY year, province, city, level, kind, report_id`;
}

/** Flags placed like the overview places them (the report's place, else the agency's: MISSING-REPORT has no report). */
export function summaryFlagsSql(flags = 'stage_flags', reports = 'stage_reports', agencies = 'stage_agencies'): string {
  const place = ['province', 'city', 'county', 'level', 'kind'].map((c) => `coalesce(r.${c}, a.${c}) AS ${c}`).join(', ');
  return `SELECT agency_id, arg_max(agency_name, year) AS agency_name, rule, severity, year, format, province, city, county, level, kind,
  count(*)::INTEGER AS flags
FROM (
  SELECT f.agency_id, coalesce(r.agency_name, a.name) AS agency_name, f.rule, f.severity, f.year, r.format, ${place}
  FROM ${flags} f LEFT JOIN ${reports} r ON r.report_id = f.report_id LEFT JOIN ${agencies} a ON a.agency_id = f.agency_id
)
GROUP BY ALL ORDER BY year, province, city, agency_id, rule`;
}

/**
 * Registers the five summary tables as derived tables of `w` (written by `writeParquet`, one file each).
 * `t4Cells` names the 表四 cells relation: `stage_t4_cells` in ingest, `(<expansion query>)` in generate.
 */
export function addSummaryTables(w: DatasetWriter, opts: { t4Cells: string; reports?: string }): void {
  const reports = opts.reports ?? 'stage_reports';
  const single = { partitionByYear: false };
  w.addDerived('summary_region_year', SUMMARY_REGION_YEAR, summaryRegionYearSql(reports), single);
  w.addDerived('summary_t4', SUMMARY_T4, summaryT4Sql(opts.t4Cells, reports), single);
  w.addDerived('summary_agency', SUMMARY_AGENCY, summaryAgencySql(reports), single);
  w.addDerived('summary_report', SUMMARY_REPORT, summaryReportSql(reports), single);
  w.addDerived('summary_flags', SUMMARY_FLAGS, summaryFlagsSql(), single);
}
