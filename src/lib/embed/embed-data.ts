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
 */

export const EMBED_DATA_VERSION = 2;
/** Version 1 files (per-report form only) are still read. */
const READABLE_VERSIONS = [1, 2];
export const EMBED_DATA_PATH = 'embed/data.json';

/** Columns of `reports` copied into the embed data (those present in the dataset). */
export const EMBED_REPORT_COLUMNS = [
  'agency_id', 'agency_name', 'province', 'city', 'county', 'region', 'level', 'kind', 'format', 'year',
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'new_natural_person', 'new_commercial', 'new_research', 'new_social_welfare', 'new_legal_service', 'new_other_org',
  'license_decisions', 'penalty_decisions', 'coercion_decisions', 'flags_error'
] as const;

/** Dimensions of the grouped form. */
export const EMBED_GROUP_DIMS = ['year', 'province', 'city', 'county', 'level', 'kind', 'format'] as const;
export const EMBED_GROUP_COUNTS = ['reports', 'agencies', 'reports_with_errors'] as const;
export const EMBED_GROUP_SUMS = [
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'new_natural_person', 'new_commercial', 'new_research', 'new_social_welfare', 'new_legal_service', 'new_other_org'
] as const;
/** Per agency-year columns of the grouped form's top agencies. */
export const EMBED_AGENCY_COLUMNS = [
  'agency_id', 'agency_name', 'province', 'city', 'county', 'level', 'kind', 'format', 'year',
  'new_received', 'license_decisions', 'penalty_decisions', 'coercion_decisions'
] as const;

/** Columns of the lite `reports_index` table (datasets built without parsing). */
export const EMBED_INDEX_COLUMNS = ['agency_name', 'region', 'year', 'format'] as const;

export type Cell = string | number | null;

export interface EmbedData {
  version: number;
  dataset: string;
  title: string;
  label: 'real' | 'synthetic';
  /** When the dataset was built (ISO); the embed shows its date. */
  built_at: string;
  /** The table the rows come from. */
  table: 'reports' | 'reports_index';
  /** Absent in version 1 files: `reports`. */
  form?: 'reports' | 'groups';
  columns: string[];
  rows: Cell[][];
  /** Grouped form only. */
  agency_columns?: string[];
  agency_rows?: Cell[][];
  top_agencies?: number;
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
  return d as EmbedData;
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
