/**
 * Every query of the overview page (`/`) for one filter state, by name. The page runs them; dataset builds run
 * the default view's set natively and ship the results as seeds (`precomputed/queries.json`) for first paint.
 */
import type { Filters } from './filters';
import { flagHeatmapSql } from './flags-sql';
import {
  decisionsByAgencySql, filterOptionsSql, kpiSql, leagueSql, reportsPerYearSql, reviewOutcomesSql, trendSql, volumeTopSql,
  type LeagueQuery, type OverviewSource
} from './overview-sql';

export const VOLUME_TOP = 10;
export const DECISIONS_TOP = 10;
export const HEATMAP_TOP = 25;
/**
 * League rows fetched (sorted and searched in SQL); the count of all matching agencies comes with them. 100: at 1M
 * reports, drawing 500 rows took half of each filter change (docs/PERFORMANCE.md).
 */
export const LEAGUE_LIMIT = 100;
export const DEFAULT_LEAGUE: LeagueQuery = { sort: { key: 'new_received', dir: 'desc' }, q: '', limit: LEAGUE_LIMIT };

export function overviewQueries(f: Filters, src: OverviewSource, league: LeagueQuery = DEFAULT_LEAGUE) {
  return {
    kpi: kpiSql(f, src),
    perYear: reportsPerYearSql(f, src),
    volume: volumeTopSql(f, VOLUME_TOP, src),
    trend: trendSql(f, src),
    decisions: decisionsByAgencySql(f, DECISIONS_TOP, src),
    review: reviewOutcomesSql(f, src),
    heatmap: flagHeatmapSql(f, src, HEATMAP_TOP),
    league: leagueSql(f, src, league),
    filterOptions: filterOptionsSql(f, src)
  };
}

export type OverviewQueryName = keyof ReturnType<typeof overviewQueries>;
