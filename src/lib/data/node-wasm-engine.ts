// DuckDB-WASM's Node blocking bundle behind the SqlEngine interface: runs the browser's SQL engine in tests.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Table } from 'apache-arrow';
import { CONNECTION_SETTINGS, INSTANCE_LOCKDOWN, type SqlConnection, type SqlEngine } from './engine';
import { rowGroupsToIPC } from './parquet-row-groups';

const require = createRequire(import.meta.url);

export async function nodeWasmEngine(): Promise<SqlEngine> {
  const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME
  );
  await db.instantiate();
  const boot = db.connect();
  for (const sql of [...CONNECTION_SETTINGS, ...INSTANCE_LOCKDOWN]) boot.query(sql);
  boot.close();
  return {
    async connect(): Promise<SqlConnection> {
      const conn = db.connect();
      for (const sql of CONNECTION_SETTINGS) conn.query(sql);
      return {
        query: async (sql) => conn.query(sql) as unknown as Table,
        // The blocking bundle carries its own (CJS) apache-arrow, so only IPC bytes cross the boundary.
        insertIPC: async (ipc, schema, name, create) => conn.insertArrowFromIPCStream(ipc, { schema, name, create })
      };
    }
  };
}

/** parquet-wasm's Node build (wasm loaded synchronously on import). */
export async function* nodeParquetToIPC(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield* rowGroupsToIPC(await import('parquet-wasm/node'), bytes);
}
