// Browser-only wiring: DuckDB-WASM in a Web Worker and parquet-wasm, all files served from our own origin. Both
// are imported on first use, so the JS of a page that paints from precomputed rows does not include them.
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { DatasetIndexEntry } from '../dataset/manifest';
import { DatasetClient } from './dataset-client';
import { fetchJson } from './download';
import type { SqlEngine, StreamingSqlConnection } from './engine';
import { validateIndex } from './manifest-validate';
import { rowGroupsToIPC } from './parquet-row-groups';

let engineP: Promise<SqlEngine> | undefined;

/** The page's single DuckDB-WASM instance, started on first use. */
export function browserEngine(): Promise<SqlEngine> {
  engineP ??= import('./duckdb-browser').then((m) => m.startEngine());
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

/** Parquet bytes → Arrow IPC streams (one per row group), decoded in the page by parquet-wasm (loaded on first use). */
export async function* parquetToIPC(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  parquetP ??= import('parquet-wasm/esm').then(async (pw) => {
    await pw.default({ module_or_path: parquetWasmUrl });
    return pw;
  });
  yield* rowGroupsToIPC(await parquetP, bytes);
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
