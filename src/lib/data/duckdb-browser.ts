// DuckDB-WASM in a Web Worker, its files served from our own origin. Imported on the first query (browser.ts), so
// neither the bindings nor apache-arrow are in the JS a page needs to paint.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { CONNECTION_SETTINGS, INSTANCE_LOCKDOWN, type SqlConnection, type SqlEngine, type StreamingSqlConnection } from './engine';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

class WasmEngine implements SqlEngine {
  constructor(private readonly db: duckdb.AsyncDuckDB) {}

  async connect(): Promise<SqlConnection> {
    const conn = await this.db.connect();
    for (const sql of CONNECTION_SETTINGS) await conn.query(sql);
    return {
      query: (sql) => conn.query(sql),
      insertIPC: (ipc, schema, name, create) => conn.insertArrowFromIPCStream(ipc, { schema, name, create })
    };
  }

  async connectStreaming(): Promise<StreamingSqlConnection> {
    const conn = await this.db.connect();
    for (const sql of CONNECTION_SETTINGS) await conn.query(sql);
    return {
      query: (sql) => conn.query(sql),
      send: (sql, allowStreamResult) => conn.send(sql, allowStreamResult),
      cancelSent: () => conn.cancelSent(),
      close: () => conn.close()
    };
  }
}

/** Starts a DuckDB-WASM instance with the lockdown settings. */
export function startEngine(): Promise<SqlEngine> {
  return (async () => {
    const t0 = performance.now();
    const bundle = await duckdb.selectBundle(BUNDLES);
    const worker = new Worker(bundle.mainWorker!);
    const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    const conn = await db.connect();
    for (const sql of [...CONNECTION_SETTINGS, ...INSTANCE_LOCKDOWN]) await conn.query(sql);
    await conn.close();
    performance.measure('gongkai:duckdb-start', { start: t0 });
    return new WasmEngine(db);
  })();
}
