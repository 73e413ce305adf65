import { DatasetError } from './errors';

export interface ByteProgress {
  loaded: number;
  /** From Content-Length or the manifest; 0 when unknown. */
  total: number;
}

export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

/** Fetches a URL as bytes, reporting progress while the body streams. HTTP errors become DatasetError('fetch'). */
export async function fetchBytes(
  url: string,
  dataset: string,
  opts: {
    fetch?: FetchFn;
    expectedBytes?: number;
    onProgress?: (p: ByteProgress) => void;
    signal?: AbortSignal;
    kind?: 'fetch' | 'index' | 'manifest';
  } = {}
): Promise<Uint8Array> {
  const kind = opts.kind ?? 'fetch';
  const doFetch = opts.fetch ?? ((u, i) => fetch(u, i));
  let res: Response;
  try {
    res = await doFetch(url, { signal: opts.signal });
  } catch (e) {
    throw new DatasetError(kind, dataset, `下载失败：${e instanceof Error ? e.message : String(e)}`, url, { cause: e });
  }
  if (!res.ok) throw new DatasetError(kind, dataset, `下载失败：HTTP ${res.status}`, url);
  const total = Number(res.headers.get('content-length')) || opts.expectedBytes || 0;
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    opts.onProgress?.({ loaded: buf.length, total: total || buf.length });
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  opts.onProgress?.({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    opts.onProgress?.({ loaded, total });
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Fetches and parses JSON, mapping HTTP and syntax errors to DatasetError(kind). */
export async function fetchJson(url: string, dataset: string, kind: 'index' | 'manifest', fetchFn?: FetchFn): Promise<unknown> {
  const bytes = await fetchBytes(url, dataset, { fetch: fetchFn, kind });
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DatasetError(kind, dataset, `不是合法 JSON`, url, { cause: e });
  }
}

/** Whether SHA-256 can be computed here: `crypto.subtle` exists only in secure contexts (https, localhost). */
export const canHash = (): boolean => typeof globalThis.crypto?.subtle?.digest === 'function';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
