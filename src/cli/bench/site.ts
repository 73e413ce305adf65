/**
 * The built app for browser benchmarks: a snapshot of build/ (other jobs rebuild build/ in place) served by a plain
 * static server that also publishes datasets/national straight from datasets/ (no 100 MB copy into build/) and lists
 * it in the served /datasets/index.json (merged with the build's own entries). Every request is logged with its size.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { NATIONAL, NATIONAL_DIR, ROOT } from './national';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.parquet': 'application/vnd.apache.parquet', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2'
};

export interface Site {
  url: string;
  /** build/index.html modification time of the snapshot. */
  builtAt: string;
  requests: { path: string; bytes: number }[];
  close(): Promise<void>;
}

function npmBuild(): Promise<void> {
  return new Promise((res, rej) => {
    const c = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    c.on('error', rej);
    c.on('close', (code) => (code === 0 ? res() : rej(new Error(`npm run build failed (${code})`))));
  });
}

async function snapshot(rebuild: boolean): Promise<string> {
  const build = join(ROOT, 'build');
  if (rebuild || !existsSync(join(build, 'index.html')) || !existsSync(join(build, '_app'))) await npmBuild();
  const dir = join(tmpdir(), 'gongkai-bench-site');
  await rm(dir, { recursive: true, force: true });
  await cp(build, dir, { recursive: true });
  if (!existsSync(join(dir, 'index.html'))) throw new Error('build/ changed while it was copied; run the bench again');
  return dir;
}

const fileInfo = (p: string) => {
  try {
    const s = statSync(p);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
};

export async function startSite({ rebuild = false } = {}): Promise<Site> {
  const dir = await snapshot(rebuild);
  const builtAt = statSync(join(dir, 'index.html')).mtime.toISOString();
  const hasNational = () => existsSync(join(NATIONAL_DIR, 'manifest.json'));
  const index = async () => {
    const path = join(dir, 'datasets', 'index.json');
    const json = existsSync(path) ? JSON.parse(await readFile(path, 'utf8')) : { datasets: [] };
    const list: { name: string }[] = Array.isArray(json) ? json : json.datasets ?? [];
    if (hasNational() && !list.some((d) => d.name === NATIONAL)) {
      const m = JSON.parse(await readFile(join(NATIONAL_DIR, 'manifest.json'), 'utf8'));
      list.push({ name: NATIONAL, title: m.title, label: 'synthetic' } as { name: string });
    }
    return Buffer.from(JSON.stringify({ datasets: list }));
  };
  const requests: Site['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (pathname === '/datasets/index.json') {
        const body = await index();
        requests.push({ path: pathname, bytes: body.length });
        return void res.writeHead(200, { 'content-type': TYPES['.json'], 'content-length': body.length, 'cache-control': 'no-cache' }).end(body);
      }
      const nationalPrefix = `/datasets/${NATIONAL}/`;
      const root = pathname.startsWith(nationalPrefix) && hasNational() ? NATIONAL_DIR : dir;
      const rel = root === dir ? pathname : pathname.slice(nationalPrefix.length - 1);
      let file = resolve(root, '.' + rel);
      if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
      let info = fileInfo(file);
      if (!info && !extname(pathname)) info = fileInfo((file = join(dir, 'index.html')));
      if (!info) return void res.writeHead(404).end('not found');
      requests.push({ path: pathname, bytes: info.size });
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file).pipe(res);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    builtAt,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await rm(dir, { recursive: true, force: true });
    }
  };
}
