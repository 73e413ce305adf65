/**
 * SQL over the `flags` table. A flag may have no report (MISSING-REPORT), so region, level and kind come from
 * `agencies` and the format from the report when there is one.
 */
import type { Filters } from './filters';
import { REPORTS_SOURCE, type OverviewSource } from './overview-sql';
import { filterConditions, int, lit, where } from './sql-util';

export interface FlagFilters {
  rule: string | null;
  severity: string | null;
  agency: string | null;
}

/** The flags with their report's place (from `summary_report` when the dataset has it: narrower than `reports`). */
export const flagsCte = (src: OverviewSource = REPORTS_SOURCE): string => `WITH fl AS (
  SELECT f.report_id, f.agency_id, f.year, f.rule, f.severity, f.cells, f.expected, f.actual, f.message, f.message_en,
    coalesce(r.agency_name, a.name) AS agency_name,
    coalesce(r.province, a.province) AS province,
    coalesce(r.city, a.city) AS city,
    coalesce(r.county, a.county) AS county,
    coalesce(r.level, a.level) AS level,
    coalesce(r.kind, a.kind) AS kind,
    r.format
  FROM flags f
  LEFT JOIN ${src.summaries ? 'summary_report' : 'reports'} r ON r.report_id = f.report_id
  LEFT JOIN agencies a ON a.agency_id = f.agency_id
)`;

function flagConditions(f: Filters, ff?: Partial<FlagFilters>): string[] {
  const c = filterConditions(f, 'fl');
  if (ff?.rule) c.push(`fl.rule = ${lit(ff.rule)}`);
  if (ff?.severity) c.push(`fl.severity = ${lit(ff.severity)}`);
  if (ff?.agency) c.push(`fl.agency_id = ${lit(ff.agency)}`);
  return c;
}

const SEVERITY_ORDER = `CASE fl.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END`;

/** Agency × rule flag counts (heatmap); with `top`, only the `top` agencies with the most flags. */
export function flagHeatmapSql(f: Filters, src: OverviewSource = REPORTS_SOURCE, top?: number): string {
  const counts = src.summaries
    ? `SELECT fl.agency_id, arg_max(fl.agency_name, fl.year) AS agency_name, fl.rule, sum(fl.flags)::INTEGER AS n
FROM summary_flags fl
${where(flagConditions(f))}
GROUP BY fl.agency_id, fl.rule`
    : `SELECT fl.agency_id, arg_max(fl.agency_name, fl.year) AS agency_name, fl.rule, count(*)::INTEGER AS n
FROM fl
${where(flagConditions(f))}
GROUP BY fl.agency_id, fl.rule`;
  const cte = src.summaries ? 'WITH' : `${flagsCte(src)},`;
  if (top === undefined) return `${cte} h AS (\n${counts}\n)\nSELECT * FROM h ORDER BY agency_name, rule`;
  return `${cte} h AS (
${counts}
), top AS (
  SELECT h.agency_id FROM h GROUP BY h.agency_id ORDER BY sum(h.n) DESC, min(h.agency_name), h.agency_id LIMIT ${int(top)}
)
SELECT h.* FROM h SEMI JOIN top USING (agency_id)
ORDER BY h.agency_name, h.rule`;
}

/** Flag counts per rule and severity under the page filters (the rule filter itself is not applied). */
export function flagCountsSql(f: Filters, ff: Partial<FlagFilters>, src: OverviewSource = REPORTS_SOURCE): string {
  return `${flagsCte(src)}
SELECT fl.rule, fl.severity, count(*)::INTEGER AS n, count(DISTINCT fl.report_id)::INTEGER AS reports
FROM fl
${where(flagConditions(f, { ...ff, rule: null }))}
GROUP BY fl.rule, fl.severity
ORDER BY n DESC, fl.rule`;
}

/** One page of flags, most severe first. */
export function flagListSql(f: Filters, ff: Partial<FlagFilters>, limit: number, offset = 0, src: OverviewSource = REPORTS_SOURCE): string {
  return `${flagsCte(src)}
SELECT fl.report_id, fl.agency_id, fl.agency_name, fl.year::INTEGER AS year, fl.rule, fl.severity, fl.cells,
  fl.expected, fl.actual, fl.message, fl.message_en, fl.province, fl.city, fl.county
FROM fl
${where(flagConditions(f, ff))}
ORDER BY ${SEVERITY_ORDER}, fl.year DESC, fl.agency_name, fl.rule, fl.report_id
LIMIT ${int(limit)} OFFSET ${int(offset)}`;
}

export function flagTotalSql(f: Filters, ff: Partial<FlagFilters>, src: OverviewSource = REPORTS_SOURCE): string {
  return `${flagsCte(src)}
SELECT count(*)::INTEGER AS n
FROM fl
${where(flagConditions(f, ff))}`;
}
