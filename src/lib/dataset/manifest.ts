/** `datasets/<name>/manifest.json`: every Parquet file of a dataset and the table it belongs to. */

export const DATASET_SCHEMA_VERSION = 1;

export interface DatasetFile {
  /** Path relative to the dataset folder, e.g. `reports/year=2024.parquet`. */
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface DatasetTable {
  rows: number;
  files: DatasetFile[];
  /** Column names and DuckDB types, in order. */
  columns?: { name: string; type: string }[];
}

export interface DatasetManifest {
  schema_version: number;
  name: string;
  /** Real data ingested from published reports, or synthetic data from `gongkai generate`. */
  label: 'real' | 'synthetic';
  title: string;
  description?: string;
  built_at: string;
  build_ms?: number;
  /** Parser version the dataset was built with (a newer parser makes it stale). */
  parser_version?: string;
  inputs?: number;
  parsed?: number;
  rejected?: number;
  tables: Record<string, DatasetTable>;
  /** Small precomputed results (JSON files) for first paint and embeds: name → path. */
  precomputed?: Record<string, string>;
  /** Files rejected by ingest (`rejects.csv`: file, reason; UTF-8 with BOM). */
  rejects?: string;
  /** Synthetic datasets: generator settings (seed, agencies, years, planted-anomaly rates). */
  generator?: Record<string, unknown>;
}

/** `datasets/index.json`: the datasets a build offers. */
export interface DatasetIndexEntry {
  name: string;
  title: string;
  label: 'real' | 'synthetic';
}
