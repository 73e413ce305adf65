import { createServer, type Server } from 'node:http';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleLite } from '../../../scripts/build-sample-lite.mjs';
import { DatasetClient, tableRows, type LoadProgress } from './dataset-client';
import type { SqlEngine } from './engine';
import { DatasetError, QueryError } from './errors';
import { toArquero } from './arquero';
import { nodeParquetToIPC, nodeWasmEngine } from './node-wasm-engine';

// Real data: datasets/sources/manifest.csv → Parquet (scripts/build-sample-lite.mjs), served over real HTTP,
// decoded by parquet-wasm and queried by DuckDB-WASM, the same engine the browser runs.
let dir: string;
let server: Server;
let baseUrl: string;
let engine: Promise<SqlEngine>;

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function native(sql: string) {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const rows = (await con.runAndReadAll(sql)).getRowObjectsJson();
  con.closeSync();
  return rows;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gk-client-'));
  await buildSampleLite({ out: join(dir, 'sample') });
  const sample = JSON.parse(await readFile(join(dir, 'sample/manifest.json'), 'utf8'));

  // The same real rows split into two Parquet files by year: one table, two files.
  await mkdir(join(dir, 'split.v2-a'));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const src = join(dir, 'sample/reports_index.parquet');
  const files = [];
  for (const [path, where] of [['a.parquet', 'year < 2022'], ['b.parquet', 'year >= 2022']]) {
    await con.run(`COPY (SELECT * FROM read_parquet('${src}') WHERE ${where}) TO '${join(dir, 'split.v2-a', path)}' (FORMAT parquet)`);
    const bytes = await readFile(join(dir, 'split.v2-a', path));
    const rows = Number((await con.runAndReadAll(`SELECT count(*) FROM read_parquet('${src}') WHERE ${where}`)).getRows()[0][0]);
    files.push({ path, rows, bytes: bytes.length, sha256: sha(bytes) });
  }
  con.closeSync();
  const split = { ...sample, name: 'split.v2-a', tables: { reports_index: { rows: sample.tables.reports_index.rows, files } } };
  await writeFile(join(dir, 'split.v2-a/manifest.json'), JSON.stringify(split));

  // Broken datasets: a manifest pointing at a missing file, and one whose Parquet bytes are corrupt.
  await mkdir(join(dir, 'missing-file'));
  await writeFile(join(dir, 'missing-file/manifest.json'), JSON.stringify({ ...sample, name: 'missing-file' }));
  await mkdir(join(dir, 'corrupt'));
  const good = await readFile(src);
  const bad = Uint8Array.from(good);
  bad.fill(0x41, 100, 2000);
  await writeFile(join(dir, 'corrupt/reports_index.parquet'), bad);
  await writeFile(join(dir, 'corrupt/manifest.json'), JSON.stringify({ ...sample, name: 'corrupt' }));
  await mkdir(join(dir, 'corrupt-unverified'));
  await copyFile(join(dir, 'corrupt/reports_index.parquet'), join(dir, 'corrupt-unverified/reports_index.parquet'));
  await writeFile(join(dir, 'corrupt-unverified/manifest.json'), JSON.stringify({ ...sample, name: 'corrupt-unverified' }));

  server = createServer(async (req, res) => {
    try {
      const body = await readFile(join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname)));
      res.writeHead(200, { 'content-length': body.length }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  baseUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  engine = nodeWasmEngine();
  await engine;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await rm(dir, { recursive: true, force: true });
});

const client = (name: string, extra: Partial<ConstructorParameters<typeof DatasetClient>[0]> = {}) =>
  new DatasetClient({ name, baseUrl, engine: () => engine, parquetToIPC: nodeParquetToIPC, ...extra });

const PER_YEAR = 'SELECT year::INTEGER AS year, format, count(*)::INTEGER AS n FROM reports_index GROUP BY ALL ORDER BY ALL';

describe('DatasetClient on the real sample', () => {
  it('loads nothing until a query references a table, then answers like native DuckDB', async () => {
    const c = client('sample');
    const progress: LoadProgress[] = [];
    c.onProgress((p) => progress.push(p));
    expect(c.loadedTables()).toEqual([]);
    const got = await c.queryRows(PER_YEAR);
    expect(c.loadedTables()).toEqual(['reports_index']);
    const want = await native(
      `SELECT year::INTEGER AS year, format, count(*)::INTEGER AS n FROM read_parquet('${join(dir, 'sample/reports_index.parquet')}') GROUP BY ALL ORDER BY ALL`
    );
    expect(got).toEqual(want);
    // Hand-counted from datasets/sources/manifest.csv: 2024 has 18 files in the 2021 format, 2018 one older report.
    expect(got).toContainEqual({ year: 2024, format: '2021', n: 18 });
    expect(got).toContainEqual({ year: 2018, format: 'older', n: 1 });
    expect(got.reduce((s, r) => s + (r.n as number), 0)).toBe(118);
    const phases = progress.map((p) => p.phase);
    expect(phases[0]).toBe('manifest');
    expect(phases).toContain('download');
    expect(phases.at(-1)).toBe('ready');
    const dl = progress.filter((p) => p.phase === 'download').at(-1)!;
    expect(dl.loaded).toBe(dl.total);
  });

  it('caches results by SQL string', async () => {
    const c = client('sample');
    const a = await c.query(PER_YEAR);
    const b = await c.query(PER_YEAR);
    expect(b).toBe(a);
  });

  it('does not load a table for a query that does not reference it', async () => {
    const c = client('sample');
    expect(tableRows(await c.query('SELECT 42 AS answer'))).toEqual([{ answer: 42 }]);
    expect(c.loadedTables()).toEqual([]);
  });

  it('exposes one table over several Parquet files (dataset names may hold dots and dashes)', async () => {
    const c = client('split.v2-a');
    await c.ensureTables(['reports_index']);
    const rows = await c.queryRows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM reports_index');
    expect(rows[0].n).toBe(118);
    expect(await c.queryRows(PER_YEAR)).toEqual(await client('sample').queryRows(PER_YEAR));
  });

  it('hands results to arquero', async () => {
    const t = toArquero(await client('sample').query(PER_YEAR));
    expect(t.numRows()).toBe(9);
    expect(Array.from(t.array('n') as ArrayLike<number>).reduce((s, v) => s + v, 0)).toBe(118);
  });

  it('raises QueryError with DuckDB message and SQL', async () => {
    const sql = 'SELECT no_such_column FROM reports_index';
    const err = await client('sample').query(sql).catch((e) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect(err.sql).toBe(sql);
    expect(err.duckdbMessage).toMatch(/no_such_column/);
  });

  it('cannot read files or URLs from SQL (external access disabled) but still inserts Arrow', async () => {
    const c = client('sample');
    const err = await c.query(`SELECT * FROM read_csv('${join(process.cwd(), 'datasets/sources/manifest.csv')}')`).catch((e) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect(err.duckdbMessage).toMatch(/disabled|Permission/i);
    expect((await c.queryRows<{ n: number }>('SELECT count(*)::INTEGER n FROM reports_index'))[0].n).toBe(118);
  });
});

describe('broken datasets give DatasetError and leave the rest working', () => {
  const failure = (p: Promise<unknown>) => p.then(() => new Error('no error'), (e) => e);

  it('missing manifest', async () => {
    const e = await failure(client('nope').query('SELECT * FROM reports_index'));
    expect(e).toBeInstanceOf(DatasetError);
    expect(e.kind).toBe('manifest');
    expect(e.message).toMatch(/HTTP 404/);
  });

  it('404 Parquet file', async () => {
    const e = await failure(client('missing-file').query(PER_YEAR));
    expect(e).toBeInstanceOf(DatasetError);
    expect(e.kind).toBe('fetch');
    expect(e.url).toMatch(/missing-file\/reports_index\.parquet$/);
  });

  it('corrupt bytes: sha256 mismatch, or a decode error when verification is off', async () => {
    const e = await failure(client('corrupt').query(PER_YEAR));
    expect(e).toBeInstanceOf(DatasetError);
    expect(e.kind).toBe('integrity');
    const d = await failure(client('corrupt-unverified', { verifyMaxBytes: 0 }).query(PER_YEAR));
    expect(d).toBeInstanceOf(DatasetError);
    expect(['decode', 'insert', 'integrity']).toContain(d.kind);
  });

  it('the error is reported as progress, and a healthy dataset still loads afterwards', async () => {
    const c = client('missing-file');
    const seen: LoadProgress[] = [];
    c.onProgress((p) => seen.push(p));
    await failure(c.ensureTables(['reports_index']));
    expect(seen.at(-1)?.phase).toBe('error');
    expect(seen.at(-1)?.error).toBeInstanceOf(DatasetError);
    expect((await client('sample').queryRows<{ n: number }>('SELECT count(*)::INTEGER n FROM reports_index'))[0].n).toBe(118);
  });

  it('unknown table names in ensureTables are an error', async () => {
    const e = await failure(client('sample').ensureTables(['nope']));
    expect(e).toBeInstanceOf(DatasetError);
  });
});
