/**
 * `datasets/<name>/embed/data.json`: what an embed reads instead of the Parquet files (no DuckDB in an embed).
 * Written with the dataset by `gongkai ingest`/`generate` (src/lib/dataset/node/embed-data.ts), or by
 * scripts/build-embed-data.mjs for an existing dataset. Two forms:
 * - `reports` (small datasets): one compact row per report with the filter dimensions and summary columns; exact.
 * - `groups` (large datasets): `rows` are sums per year × province × city × county × level × kind × format with
 *   `reports`, `agencies`, `reports_with_errors` counts (exact for every filter on those columns; `agencies` per
 *   year is exact because an agency has one report per year and one place), and `agency_rows` are per agency-year
 *   rows of only the top agencies by volume and by decisions (the top-N charts rank within those). On large
 *   datasets `county` and then `city` are left out of the group columns: a filter on a column that is absent
 *   matches no group (`missingFilterColumns` names them so the page can say so).
 * Both forms carry the 表四 outcome sums as `t4_<group>_<outcome>` columns (per report, or summed per group), and
 * (version 3) optional sections: `flags` (flag counts per agency × rule × year × place, for the flags heatmap; the
 * grouped form keeps only the agencies with the most flags) and, in the per-report form only, `agencies` (every
 * agency, for the coverage chart). The grouped form also has per-agency shards for the agency and compare charts:
 * `embed/agencies/<n>.json` (an `EmbedSection` of the per-report rows of the agencies whose `agencyShard(id)` is n)
 * and `cohort_medians` (per level × kind × year, the median of every compare metric over all reports).
 */
import { T4_GROUPS, T4_OUTCOMES } from '../report/model';

export const EMBED_DATA_VERSION = 3;
/** Version 1 and 2 files are still read (charts that need a newer section say it is missing). */
const READABLE_VERSIONS = [1, 2, 3];
export const EMBED_DATA_PATH = 'embed/data.json';

/** 表四 outcomes without the 总计 cells: [group, outcome, embed column]. */
export const EMBED_T4_KEYS: readonly (readonly [string, string, string])[] = T4_GROUPS.flatMap((g) =>
  T4_OUTCOMES.filter((o) => o !== 'total').map((o) => [g, o, `t4_${g}_${o}`] as const)
);
export const EMBED_T4_COLUMNS = EMBED_T4_KEYS.map(([, , c]) => c);

/** Columns of `reports` (and of the per-report 表四 pivot) copied into the embed data (those present). */
export const EMBED_REPORT_COLUMNS = [
  'report_id', 'agency_id', 'agency_name', 'province', 'city', 'county', 'region', 'level', 'kind', 'format', 'year',
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'new_natural_person', 'new_commercial', 'new_research', 'new_social_welfare', 'new_legal_service', 'new_other_org',
  'review_total', 'litigation_total', 'license_decisions', 'penalty_decisions', 'coercion_decisions', 'flags_error',
  'published', 'deadline', 'days_late', ...EMBED_T4_COLUMNS
] as const;

/** Dimensions of the grouped form. */
export const EMBED_GROUP_DIMS = ['year', 'province', 'city', 'county', 'level', 'kind', 'format'] as const;
export const EMBED_GROUP_COUNTS = ['reports', 'agencies', 'reports_with_errors'] as const;
export const EMBED_GROUP_SUMS = [
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'new_natural_person', 'new_commercial', 'new_research', 'new_social_welfare', 'new_legal_service', 'new_other_org',
  ...EMBED_T4_COLUMNS
] as const;
/** Per agency-year columns of the grouped form's top agencies. */
export const EMBED_AGENCY_COLUMNS = [
  'agency_id', 'agency_name', 'province', 'city', 'county', 'level', 'kind', 'format', 'year',
  'new_received', 'license_decisions', 'penalty_decisions', 'coercion_decisions'
] as const;

/** Per-report columns of the grouped form's agency shards (the agency and compare charts' inputs). */
export const EMBED_SHARD_COLUMNS = [
  'report_id', 'agency_id', 'agency_name', 'province', 'city', 'county', 'level', 'kind', 'format', 'year',
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'review_total', 'litigation_total', 'license_decisions', 'penalty_decisions', 'coercion_decisions', 'flags_error'
] as const;
/** Agencies per shard file (about). */
export const EMBED_SHARD_AGENCIES = 64;
export const EMBED_SHARD_DIR = 'embed/agencies';

/**
 * The shard of an agency id: a polynomial hash of its code points mod 1,000,003, mod `count`. The writer computes
 * the same in SQL (`agencyShardSql`).
 */
export function agencyShard(id: string, count: number): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)!) % 1000003;
  return h % count;
}

/** `agencyShard` in DuckDB SQL over the VARCHAR expression `col`. */
export function agencyShardSql(col: string, count: number): string {
  return `(list_reduce(list_transform(string_split(${col}, ''), c -> unicode(c)::BIGINT), (a, b) -> (a * 31 + b) % 1000003) % ${Math.trunc(count)})`;
}

/** Columns of the lite `reports_index` table (datasets built without parsing). */
export const EMBED_INDEX_COLUMNS = ['agency_name', 'region', 'year', 'format'] as const;

export type Cell = string | number | null;

/** A table inside the embed data: column names and rows of cells. */
export interface EmbedSection {
  columns: string[];
  rows: Cell[][];
}

/** Columns of the `flags` section: flag counts per agency × rule × year × place (from the report, else the agency). */
export const EMBED_FLAG_COLUMNS = ['agency_id', 'agency_name', 'year', 'rule', 'province', 'city', 'county', 'level', 'kind', 'format', 'n'] as const;
/** Columns of the `agencies` section (per-report form only). */
export const EMBED_AGENCY_LIST_COLUMNS = ['agency_id', 'name', 'region', 'province', 'city', 'county', 'level', 'kind'] as const;

export interface EmbedData {
  version: number;
  dataset: string;
  title: string;
  label: 'real' | 'synthetic';
  /** When the dataset was built (ISO); the embed shows its date. */
  built_at: string;
  /** The table the rows come from. */
  table: 'reports' | 'reports_index';
  /**
   * Absent in version 1 files: `reports`. `agencies` is never written: it is the grouped form with `rows` replaced
   * by the per-report rows of a few agencies read from their shards (`withAgencyRows`).
   */
  form?: 'reports' | 'groups' | 'agencies';
  columns: string[];
  rows: Cell[][];
  /** Grouped form only. */
  agency_columns?: string[];
  agency_rows?: Cell[][];
  top_agencies?: number;
  /** Version 3: flag counts for the heatmap (absent when the dataset has no flags table). */
  flags?: EmbedSection & {
    /** Grouped form: only this many agencies with the most flags are kept. */
    top_agencies?: number;
  };
  /** Version 3, per-report form: every agency of the dataset (coverage). */
  agencies?: EmbedSection;
  /** Version 3, grouped form: how many agency shard files there are, and their columns. */
  agency_shards?: { count: number; columns: string[] };
  /** Version 3, grouped form: median of every compare metric per level × kind × year, over all reports. */
  cohort_medians?: EmbedSection;
}

/** Which rows an `EmbedRow` stands for: one report (both unset), a group (`_group`) or a top agency-year (`_agency`). */
export const GROUP_MARK = '_group';
export const AGENCY_MARK = '_agency';

export type EmbedRow = Record<string, Cell>;

/** Checks the parsed JSON; throws an Error with a Chinese message on any fault. */
export function parseEmbedData(json: unknown): EmbedData {
  const d = json as Partial<EmbedData> | null;
  if (!d || typeof d !== 'object') throw new Error('嵌入数据不是 JSON 对象');
  if (!READABLE_VERSIONS.includes(d.version as number)) throw new Error(`嵌入数据版本 ${String(d.version)} 不受支持`);
  if (d.table !== 'reports' && d.table !== 'reports_index') throw new Error('嵌入数据缺少 table');
  if (!Array.isArray(d.columns) || !Array.isArray(d.rows)) throw new Error('嵌入数据缺少 columns/rows');
  if (d.rows.some((r) => !Array.isArray(r) || r.length !== d.columns!.length)) throw new Error('嵌入数据行的列数不符');
  if (d.form !== undefined && d.form !== 'reports' && d.form !== 'groups') throw new Error(`嵌入数据形式 ${String(d.form)} 不受支持`);
  if (d.form === 'groups') {
    if (!Array.isArray(d.agency_columns) || !Array.isArray(d.agency_rows)) throw new Error('嵌入数据缺少 agency_columns/agency_rows');
    if (d.agency_rows.some((r) => !Array.isArray(r) || r.length !== d.agency_columns!.length)) throw new Error('嵌入数据机构行的列数不符');
  }
  for (const key of ['flags', 'agencies', 'cohort_medians'] as const) {
    const sec = d[key];
    if (sec === undefined) continue;
    if (!sec || !Array.isArray(sec.columns) || !Array.isArray(sec.rows)) throw new Error(`嵌入数据的 ${key} 部分缺少 columns/rows`);
    if (sec.rows.some((r) => !Array.isArray(r) || r.length !== sec.columns.length)) throw new Error(`嵌入数据 ${key} 部分的列数不符`);
  }
  return d as EmbedData;
}

/** The grouped form narrowed to some agencies' per-report rows (from their shards), for the agency-level charts. */
export function withAgencyRows(d: EmbedData, shards: EmbedSection[]): EmbedData {
  const columns = shards[0]?.columns ?? d.agency_shards?.columns ?? [];
  const rows = shards.flatMap((s) => (s.columns.join() === columns.join() ? s.rows : []));
  return { ...d, form: 'agencies', columns: [...columns], rows, agency_columns: undefined, agency_rows: undefined };
}

/** Checks a shard file's JSON. */
export function parseShard(json: unknown): EmbedSection {
  const s = json as Partial<EmbedSection> | null;
  if (!s || !Array.isArray(s.columns) || !Array.isArray(s.rows) || s.rows.some((r) => !Array.isArray(r) || r.length !== s.columns!.length))
    throw new Error('单位分片数据格式不符');
  return s as EmbedSection;
}

/** The rows of an optional section as objects (empty when absent). */
export function sectionRows(sec: EmbedSection | undefined): EmbedRow[] {
  return sec ? objects(sec.columns, sec.rows) : [];
}

function objects(columns: string[], rows: Cell[][], mark?: string): EmbedRow[] {
  return rows.map((r) => {
    const o: EmbedRow = {};
    columns.forEach((c, i) => (o[c] = r[i]));
    if (mark) o[mark] = 1;
    return o;
  });
}

/** Filter columns set in `filters` that the grouped data cannot answer (absent from its group columns). */
export function missingFilterColumns(d: EmbedData, filters: Record<string, unknown>): string[] {
  if (d.form !== 'groups') return [];
  return ['province', 'city', 'county', 'level', 'kind', 'format'].filter((k) => filters[k] !== null && filters[k] !== undefined && !d.columns.includes(k));
}

/** Rows as objects keyed by column name; the grouped form yields its group rows then its agency rows, marked. */
export function embedRows(d: EmbedData): EmbedRow[] {
  if (d.form !== 'groups') return objects(d.columns, d.rows);
  return [...objects(d.columns, d.rows, GROUP_MARK), ...objects(d.agency_columns ?? [], d.agency_rows ?? [], AGENCY_MARK)];
}
