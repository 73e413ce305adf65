// Helpers of the embed browser tests.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildEmbedData } from '../scripts/build-embed-data.mjs';
import { EMBED_DATA_VERSION, parseEmbedData, type EmbedData } from '../src/lib/embed/embed-data';

const current = async (path: string) => existsSync(path) && JSON.parse(await readFile(path, 'utf8')).version === EMBED_DATA_VERSION;

/**
 * Makes sure the served sample dataset has current embed data (built from the real dataset by the same script
 * `npm start` should run), in datasets/sample and in the build/ copy the server reads.
 */
export async function ensureEmbedData(): Promise<{ table: string; title: string; data: EmbedData }> {
  const src = resolve('datasets/sample');
  const served = resolve('build/datasets/sample');
  for (const out of [src, served]) {
    if (!existsSync(join(out, 'manifest.json'))) continue;
    if (!(await current(join(out, 'embed/data.json')))) await buildEmbedData(src, out);
  }
  const data = parseEmbedData(JSON.parse(await readFile(join(existsSync(served) ? served : src, 'embed/data.json'), 'utf8')));
  return { table: data.table, title: data.title, data };
}

/**
 * Serves, as dataset `name`, embed data built from the real sample in the grouped form of a very large dataset
 * (county and city left out: `maxGroups` forces it; agency shards of ~4 agencies), so the page's answer to filters it
 * cannot apply, and its reading of agency shards, can be tested.
 */
export async function serveCoarseEmbedData(name: string): Promise<EmbedData> {
  const out = resolve('build/datasets', name);
  const built = await buildEmbedData(resolve('datasets/sample'), out, { maxRows: 10, maxGroups: 3, shardAgencies: 4 });
  return parseEmbedData(JSON.parse(await readFile(built.path, 'utf8')));
}

/**
 * A publisher's page on another origin (its own loopback HTTP server: Chromium's local-network rules refuse
 * a page with no real address framing a loopback app). `/?src=<embed url>&w=&h=` holds one iframe and a
 * listener recording the embed's resize messages in `window.__heights`.
 */
export async function startHost(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const src = (q.get('src') ?? '').replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);
    const w = Number(q.get('w') ?? 640);
    const h = Number(q.get('h') ?? 520);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body style="margin:0">
<iframe id="embed" src="${src}" title="embed" style="border:0;width:${w}px;height:${h}px"></iframe>
<script>
  window.__heights = [];
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'gongkai:resize' && e.source === document.getElementById('embed').contentWindow) window.__heights.push({ origin: e.origin, height: e.data.height });
  });
</script></body></html>`);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
