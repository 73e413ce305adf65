/** A SQL statement failed inside DuckDB. Carries DuckDB's own message and the SQL that caused it. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    readonly duckdbMessage: string,
    readonly sql: string,
    options?: { cause?: unknown }
  ) {
    super(`${duckdbMessage}\n-- SQL: ${sql}`, options);
  }
}

export type DatasetErrorKind = 'index' | 'manifest' | 'fetch' | 'integrity' | 'decode' | 'insert';

/** A dataset could not be loaded (missing manifest, missing or corrupt Parquet, ...). */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: DatasetErrorKind,
    readonly dataset: string,
    message: string,
    readonly url?: string,
    options?: { cause?: unknown }
  ) {
    super(`数据集 ${dataset}: ${message}${url ? ` (${url})` : ''}`, options);
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
