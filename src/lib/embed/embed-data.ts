/**
 * `datasets/<name>/embed/data.json`: what an embed reads instead of the Parquet files (no DuckDB in an embed).
 * One compact row per report with the filter dimensions and the summary columns the embeddable charts use;
 * written with the dataset by scripts/build-embed-data.mjs.
 */

export const EMBED_DATA_VERSION = 1;
export const EMBED_DATA_PATH = 'embed/data.json';

/** Columns of `reports` copied into the embed data (those present in the dataset). */
export const EMBED_REPORT_COLUMNS = [
  'agency_id', 'agency_name', 'province', 'city', 'county', 'region', 'level', 'kind', 'format', 'year',
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'new_natural_person', 'new_commercial', 'new_research', 'new_social_welfare', 'new_legal_service', 'new_other_org',
  'license_decisions', 'penalty_decisions', 'coercion_decisions', 'flags_error'
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
  columns: string[];
  rows: Cell[][];
}

export type EmbedRow = Record<string, Cell>;

/** Checks the parsed JSON; throws an Error with a Chinese message on any fault. */
export function parseEmbedData(json: unknown): EmbedData {
  const d = json as Partial<EmbedData> | null;
  if (!d || typeof d !== 'object') throw new Error('嵌入数据不是 JSON 对象');
  if (d.version !== EMBED_DATA_VERSION) throw new Error(`嵌入数据版本 ${String(d.version)} 不受支持`);
  if (d.table !== 'reports' && d.table !== 'reports_index') throw new Error('嵌入数据缺少 table');
  if (!Array.isArray(d.columns) || !Array.isArray(d.rows)) throw new Error('嵌入数据缺少 columns/rows');
  if (d.rows.some((r) => !Array.isArray(r) || r.length !== d.columns!.length)) throw new Error('嵌入数据行的列数不符');
  return d as EmbedData;
}

/** Rows as objects keyed by column name. */
export function embedRows(d: EmbedData): EmbedRow[] {
  return d.rows.map((r) => {
    const o: EmbedRow = {};
    d.columns.forEach((c, i) => (o[c] = r[i]));
    return o;
  });
}
