/** SQL of the overview page (`/`). Every query respects the global filters. */
import type { Filters } from './filters';
import { filterConditions, int, where } from './sql-util';

const W = (f: Filters) => where(filterConditions(f));

/** KPI tiles: one row. Rates are computed over reports where both numerator and denominator cells were read. */
export function kpiSql(f: Filters): string {
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
export function reportsPerYearSql(f: Filters): string {
  const conds = [...filterConditions(f), 'r.year IS NOT NULL'];
  return `SELECT r.year::INTEGER AS year, coalesce(r.format, 'unknown') AS format, count(*)::INTEGER AS n
FROM reports r
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

/** Yearly totals: reports, agencies, requests received and handled, outcome rows, applicant mix. */
export function trendSql(f: Filters): string {
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
export function decisionsByAgencySql(f: Filters, limit: number): string {
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
export function reviewOutcomesSql(f: Filters): string {
  const conds = filterConditions(f);
  conds.push(`c.outcome <> 'total'`);
  return `SELECT c.grp, c.outcome, sum(c.value)::DOUBLE AS value
FROM t4_cells c
JOIN reports r ON r.report_id = c.report_id
${where(conds)}
GROUP BY c.grp, c.outcome
ORDER BY c.grp, c.outcome`;
}

/**
 * League table: one row per agency over the filtered reports. `latest_report_id` links the row to a source report.
 */
export function leagueSql(f: Filters): string {
  return `SELECT r.agency_id,
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
GROUP BY r.agency_id
ORDER BY new_received DESC NULLS LAST, agency_name`;
}

/** Values offered by the filter bar: dimension k, value v, number of reports n. Cities follow the chosen province. */
export function filterOptionsSql(f: Filters): string {
  const dim = (k: string, extra: string[] = []) =>
    `SELECT '${k}' AS k, CAST(r.${k} AS VARCHAR) AS v, count(*)::INTEGER AS n FROM reports r WHERE r.${k} IS NOT NULL${extra.map((e) => ` AND ${e}`).join('')} GROUP BY r.${k}`;
  const scope = filterConditions({ ...f, years: null, format: null, level: null, kind: null, city: null, county: null });
  const cityScope = filterConditions({ ...f, years: null, format: null, level: null, kind: null, county: null });
  return [
    dim('year'),
    dim('province'),
    dim('city', scope),
    dim('county', f.city ? cityScope : scope),
    dim('level'),
    dim('kind'),
    dim('format')
  ].join('\nUNION ALL\n') + '\nORDER BY k, v';
}
