/** View models of the overview page: KPI tiles and the league table's search and sort. */
import { LEAGUE_SORT_KEYS } from './overview-sql';

export interface KpiRow {
  agencies: number; reports: number; new_received: number | null;
  granted_or_partial: number | null; grant_base: number | null;
  review_total: number | null; review_corrected: number | null; review_base: number | null;
  litigation_total: number | null; litigation_corrected: number | null; litigation_base: number | null;
  reports_with_errors: number;
}

export interface KpiTile {
  key: 'agencies' | 'reports' | 'new_received' | 'grant_rate' | 'review' | 'litigation' | 'errors';
  value: number | null;
  rate?: boolean;
  /** Share corrected (review, litigation). */
  corrected?: number | null;
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);

export function kpiTiles(k: KpiRow): KpiTile[] {
  return [
    { key: 'agencies', value: k.agencies },
    { key: 'reports', value: k.reports },
    { key: 'new_received', value: k.new_received },
    { key: 'grant_rate', value: ratio(k.granted_or_partial, k.grant_base), rate: true },
    { key: 'review', value: k.review_total, corrected: ratio(k.review_corrected, k.review_base) },
    { key: 'litigation', value: k.litigation_total, corrected: ratio(k.litigation_corrected, k.litigation_base) },
    { key: 'errors', value: k.reports_with_errors }
  ];
}

export interface LeagueRow {
  agency_id: string; agency_name: string; region: string | null; level: string | null; kind: string | null;
  reports: number; first_year: number; last_year: number; latest_report_id: string;
  new_received: number | null; grant_rate: number | null; review_total: number | null; litigation_total: number | null;
  late_reports: number; flags_error: number | null; flags_warning: number | null;
}

export type SortDir = 'asc' | 'desc';
export interface LeagueSort { key: keyof LeagueRow; dir: SortDir }

/** `-new_received` → descending by new_received; unknown keys fall back to the default. */
export function parseSort(v: string | null, allowed: readonly string[], fallback: LeagueSort): LeagueSort {
  if (!v) return fallback;
  const dir: SortDir = v.startsWith('-') ? 'desc' : 'asc';
  const key = v.replace(/^[-+]/, '');
  return allowed.includes(key) ? { key: key as keyof LeagueRow, dir } : fallback;
}

export const formatSort = (s: LeagueSort): string => `${s.dir === 'desc' ? '-' : ''}${String(s.key)}`;

/** The league's sort from the URL's `sort` param (default: most 本年新收 first). */
export const leagueSort = (v: string | null): LeagueSort =>
  parseSort(v, LEAGUE_SORT_KEYS, { key: 'new_received', dir: 'desc' });

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Rows matching the search (name, region, level, kind), sorted; nulls always last. */
export function leagueRows(rows: readonly LeagueRow[], q: string, sort: LeagueSort): LeagueRow[] {
  const needle = q.trim().toLowerCase();
  const hit = (r: LeagueRow) =>
    !needle || [r.agency_name, r.region, r.level, r.kind].some((v) => (v ?? '').toLowerCase().includes(needle));
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows.filter(hit).sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c * sign || collator.compare(a.agency_name, b.agency_name);
  });
}

export const FORMAT_KEYS = ['older', '2019', '2021'] as const;

/** One row per year with a `format_<f>` count column per format seen (0 where none), formats in template order. */
export function reportsPerYearRows(counts: readonly { year: number; format: string; n: number }[]): { formats: string[]; rows: Record<string, number>[] } {
  const rank = (f: string) => {
    const i = (FORMAT_KEYS as readonly string[]).indexOf(f);
    return i < 0 ? FORMAT_KEYS.length : i;
  };
  const formats = [...new Set(counts.map((c) => c.format))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const byYear = new Map<number, Record<string, number>>();
  for (const c of counts) {
    const row = byYear.get(c.year) ?? { year: c.year, ...Object.fromEntries(formats.map((f) => [`format_${f}`, 0])) };
    row[`format_${c.format}`] += c.n;
    byYear.set(c.year, row);
  }
  return { formats, rows: [...byYear.values()].sort((a, b) => a.year - b.year) };
}
