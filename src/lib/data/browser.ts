// Browser-only wiring: DuckDB-WASM in a Web Worker and parquet-wasm, all files served from our own origin.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { DatasetIndexEntry } from '../dataset/manifest';
import { DatasetClient } from './dataset-client';
import { fetchJson } from './download';
import { CONNECTION_SETTINGS, INSTANCE_LOCKDOWN, type SqlConnection, type SqlEngine, type StreamingSqlConnection } from './engine';
import { validateIndex } from './manifest-validate';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Timings of the last engine start, for the UI and benchmarks. */
export const engineTimings: { bundle?: string; instantiateMs?: number } = {};

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

let engineP: Promise<SqlEngine> | undefined;

/** The page's single DuckDB-WASM instance, started on first use. */
export function browserEngine(): Promise<SqlEngine> {
  engineP ??= (async () => {
    const t0 = performance.now();
    const bundle = await duckdb.selectBundle(BUNDLES);
    const worker = new Worker(bundle.mainWorker!);
    const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    const conn = await db.connect();
    for (const sql of [...CONNECTION_SETTINGS, ...INSTANCE_LOCKDOWN]) await conn.query(sql);
    await conn.close();
    engineTimings.bundle = bundle.mainModule === ehWasm ? 'eh' : 'mvp';
    engineTimings.instantiateMs = Math.round(performance.now() - t0);
    performance.measure('gongkai:duckdb-start', { start: t0 });
    return new WasmEngine(db);
  })();
  engineP.catch(() => (engineP = undefined));
  return engineP;
}

/** A new streaming, cancellable connection on the page's DuckDB-WASM instance (the SQL console's). */
export async function browserStreamingConnection(): Promise<StreamingSqlConnection> {
  const engine = await browserEngine();
  if (!engine.connectStreaming) throw new Error('DuckDB engine cannot stream');
  return engine.connectStreaming();
}

type ParquetWasm = typeof import('parquet-wasm/esm');
let parquetP: Promise<ParquetWasm> | undefined;

/** Parquet bytes → Arrow IPC stream, decoded in the page by parquet-wasm (loaded on first use). */
export async function parquetToIPC(bytes: Uint8Array): Promise<Uint8Array> {
  parquetP ??= import('parquet-wasm/esm').then(async (pw) => {
    await pw.default({ module_or_path: parquetWasmUrl });
    return pw;
  });
  const pw = await parquetP;
  return pw.readParquet(bytes).intoIPCStream();
}

/** `<app base>/datasets/` as an absolute URL. */
export function datasetsUrl(base = ''): string {
  return new URL(`${base}/datasets/`, location.origin).href;
}

const clients = new Map<string, DatasetClient>();

/** The client for one dataset, shared by every component of the page. */
export function openDataset(name: string, base = ''): DatasetClient {
  let c = clients.get(name);
  if (!c) {
    c = new DatasetClient({ name, baseUrl: datasetsUrl(base), engine: browserEngine, parquetToIPC });
    clients.set(name, c);
  }
  return c;
}

/** The datasets this build offers (datasets/index.json). */
export async function listDatasets(base = ''): Promise<DatasetIndexEntry[]> {
  const url = new URL('index.json', datasetsUrl(base)).href;
  return validateIndex(await fetchJson(url, 'index.json', 'index'), url);
}
