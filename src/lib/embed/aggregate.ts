/**
 * The dashboard's chart queries (src/lib/dashboard/overview-sql.ts) computed in plain JS over the embed rows, with
 * SQL semantics: sum() skips NULL and is NULL when every value is NULL; a + b is NULL when either is NULL.
 * Tested against native DuckDB running the dashboard's own SQL.
 */
import type { Filters } from '../dashboard/filters';
import { AGENCY_MARK, EMBED_T4_KEYS, GROUP_MARK, type Cell, type EmbedRow } from './embed-data';

type Num = number | null;

/** Rows standing for whole reports or groups of them (the grouped form's top-agency rows left out). */
const countable = (rows: EmbedRow[]) => rows.filter((r) => r[AGENCY_MARK] === undefined);
/** Rows carrying agency ids (the grouped form's group rows left out). */
const perAgency = (rows: EmbedRow[]) => rows.filter((r) => r[GROUP_MARK] === undefined);
const isGroup = (r: EmbedRow) => r[GROUP_MARK] !== undefined;
const count = (r: EmbedRow, key: string) => (isGroup(r) ? Number(r[key] ?? 0) : 1);

export function matchesFilters(r: EmbedRow, f: Filters): boolean {
  if (f.years) {
    const y = r.year;
    if (typeof y !== 'number' || y < f.years[0] || y > f.years[1]) return false;
  }
  for (const k of ['province', 'city', 'county', 'level', 'kind', 'format'] as const) {
    const want = f[k];
    if (want !== null && r[k] !== want) return false;
  }
  return true;
}

function sum(rows: EmbedRow[], key: string): Num {
  let s: Num = null;
  for (const r of rows) {
    const v = r[key];
    if (typeof v === 'number') s = (s ?? 0) + v;
  }
  return s;
}

function groupBy(rows: EmbedRow[], key: string): Map<Cell, EmbedRow[]> {
  const m = new Map<Cell, EmbedRow[]>();
  for (const r of rows) {
    const k = r[key] ?? null;
    const g = m.get(k);
    if (g) g.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** arg_max(agency_name, year): the name in the agency's latest report. */
export function latestName(rows: EmbedRow[]): Cell {
  let best: EmbedRow | undefined;
  for (const r of rows) if (!best || (typeof r.year === 'number' && (typeof best.year !== 'number' || r.year > best.year))) best = r;
  return best?.agency_name ?? null;
}

const cmpNullsLast = (a: Num, b: Num) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a);
const cmpName = (a: Cell, b: Cell) => (String(a ?? '') < String(b ?? '') ? -1 : String(a ?? '') > String(b ?? '') ? 1 : 0);

const TREND_SUMS = [
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'new_natural_person', 'new_commercial', 'new_research', 'new_social_welfare', 'new_legal_service', 'new_other_org'
];

/** = trendSql(f) */
export function trendRows(rows: EmbedRow[], f: Filters): EmbedRow[] {
  const groups = groupBy(countable(rows).filter((r) => matchesFilters(r, f)), 'year');
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : Number(a) - Number(b)))
    .map(([year, g]) => {
      const grouped = g.some(isGroup);
      const o: EmbedRow = grouped
        ? { year, reports: sum(g, 'reports') ?? 0, agencies: sum(g, 'agencies') ?? 0 }
        : { year, reports: g.length, agencies: new Set(g.map((r) => r.agency_id)).size };
      for (const k of TREND_SUMS) o[k] = sum(g, k);
      o.reports_with_errors = grouped
        ? (sum(g, 'reports_with_errors') ?? 0)
        : g.filter((r) => typeof r.flags_error === 'number' && r.flags_error > 0).length;
      return o;
    });
}

/** = volumeByAgencySql(f) */
export function volumeRows(rows: EmbedRow[], f: Filters): EmbedRow[] {
  const groups = groupBy(perAgency(rows).filter((r) => matchesFilters(r, f)), 'agency_id');
  return [...groups]
    .map(([agency_id, g]) => ({ agency_id, agency_name: latestName(g), new_received: sum(g, 'new_received'), reports: g.length }))
    .sort((a, b) => cmpNullsLast(a.new_received, b.new_received) || cmpName(a.agency_name, b.agency_name));
}

/** = decisionsByAgencySql(f, limit) */
export function decisionsRows(rows: EmbedRow[], f: Filters, limit: number): EmbedRow[] {
  const groups = groupBy(perAgency(rows).filter((r) => matchesFilters(r, f)), 'agency_id');
  const out = [...groups].map(([agency_id, g]) => ({
    agency_id,
    agency_name: latestName(g),
    license_decisions: sum(g, 'license_decisions'),
    penalty_decisions: sum(g, 'penalty_decisions'),
    coercion_decisions: sum(g, 'coercion_decisions')
  }));
  const total = (r: (typeof out)[number]) => (r.license_decisions ?? 0) + (r.penalty_decisions ?? 0) + (r.coercion_decisions ?? 0);
  return out.sort((a, b) => total(b) - total(a) || cmpName(a.agency_name, b.agency_name)).slice(0, limit);
}

/** Reports per year and national format (the home page chart): year, format ('unknown' when absent), n. */
export function reportsPerYearRows(rows: EmbedRow[], f: Filters): EmbedRow[] {
  const counts = new Map<string, { year: number; format: string; n: number }>();
  for (const r of countable(rows)) {
    if (typeof r.year !== 'number' || !matchesFilters(r, f)) continue;
    const format = r.format === null || r.format === undefined ? 'unknown' : String(r.format);
    const key = `${r.year}\u0000${format}`;
    const c = counts.get(key) ?? { year: r.year, format, n: 0 };
    c.n += count(r, 'reports');
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => a.year - b.year || cmpName(a.format, b.format));
}

/** = reviewOutcomesSql(f): 表四 sums per group × outcome (from the `t4_*` columns), ordered by group, outcome. */
export function reviewRows(rows: EmbedRow[], f: Filters): EmbedRow[] {
  const sel = countable(rows).filter((r) => matchesFilters(r, f));
  const out: EmbedRow[] = [];
  for (const [grp, outcome, col] of EMBED_T4_KEYS) {
    const value = sum(sel, col);
    if (value !== null) out.push({ grp, outcome, value });
  }
  return out.sort((a, b) => cmpName(a.grp, b.grp) || cmpName(a.outcome, b.outcome));
}

/** = flagHeatmapSql(f) over the `flags` section: flag count per agency × rule, ordered by agency name, rule. */
export function flagHeatmapRows(flags: EmbedRow[], f: Filters): EmbedRow[] {
  const cells = new Map<string, { agency_id: Cell; rule: Cell; n: number; rows: EmbedRow[] }>();
  for (const r of flags) {
    if (!matchesFilters(r, f)) continue;
    const key = `${r.agency_id}\u0000${r.rule}`;
    const c = cells.get(key) ?? { agency_id: r.agency_id, rule: r.rule, n: 0, rows: [] };
    c.n += Number(r.n ?? 0);
    c.rows.push(r);
    cells.set(key, c);
  }
  return [...cells.values()]
    .map((c) => ({ agency_id: c.agency_id, agency_name: latestName(c.rows), rule: c.rule, n: c.n }))
    .sort((a, b) => cmpName(a.agency_name, b.agency_name) || cmpName(a.rule, b.rule));
}

/** The overview's heatmap cut: the `limit` agencies with the most flags (ties keep the name order), all their rules. */
export function topFlagAgencies(rows: EmbedRow[], limit = 25): EmbedRow[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(String(r.agency_id), (totals.get(String(r.agency_id)) ?? 0) + Number(r.n));
  const top = new Set([...totals].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k]) => k));
  return rows.filter((r) => top.has(String(r.agency_id)));
}
