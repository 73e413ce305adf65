import type { RecordBatch, Schema, Table } from 'apache-arrow';

/** One DuckDB connection: the two operations the dataset client needs. */
export interface SqlConnection {
  query(sql: string): Promise<Table>;
  /** Inserts an Arrow IPC stream into `schema.table`; `create` false appends to an existing table. */
  insertIPC(ipc: Uint8Array, schema: string, table: string, create: boolean): Promise<void>;
}

/**
 * A connection that streams a query's result batch by batch and can cancel the query it sent (DuckDB-WASM's
 * `send` + `cancelSent`), for the SQL console. Settings of CONNECTION_SETTINGS are applied.
 */
export interface StreamingSqlConnection {
  query(sql: string): Promise<Table>;
  send(sql: string, allowStreamResult?: boolean): Promise<AsyncIterable<RecordBatch> & { schema?: Schema }>;
  /** Asks DuckDB to stop the query started by `send`; false when nothing was running. */
  cancelSent(): Promise<boolean>;
  close(): Promise<void>;
}

/** A DuckDB instance (one per page in the browser). */
export interface SqlEngine {
  connect(): Promise<SqlConnection>;
  /** Engines that can stream and cancel (DuckDB-WASM) offer this. */
  connectStreaming?(): Promise<StreamingSqlConnection>;
}

/**
 * Decodes Parquet bytes into Arrow IPC streams, inserted one after another into the same table (the browser's
 * yields one per row group, so the decoder never holds a whole large file's columns at once).
 */
export type ParquetToIPC = (bytes: Uint8Array) => AsyncIterable<Uint8Array>;

/** Run on every new connection: never fetch extensions (the site must work offline and same-origin only). */
export const CONNECTION_SETTINGS = ['SET autoinstall_known_extensions=false', 'SET autoload_known_extensions=false'];

/** Run once per instance after the settings above: no file system or network access from SQL. Arrow inserts still work. */
export const INSTANCE_LOCKDOWN = ['SET enable_external_access=false'];
