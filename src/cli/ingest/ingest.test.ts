import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../lib/report/parse';
import { DatasetReader } from '../../lib/dataset/node/read-dataset';
import { sha256File } from '../../lib/dataset/node/dataset-writer';
import type { DatasetManifest } from '../../lib/dataset/manifest';
import { parseCsv } from './csv';
import { runIngest } from './run-ingest';

const ROOT = resolve(__dirname, '../../..');
const SOURCES = join(ROOT, 'datasets/sources');
const SUBSET = ['seed/000_1869ea635e2008ab.txt', 'raw/001.html', 'raw/009.html', 'raw/009.txt', 'raw/016.txt', 'raw/024.html', 'raw/030.txt', 'raw/012.txt']
  .map((f) => join(SOURCES, f));

let tmp: string;
beforeAll(async () => { tmp = await mkdtemp(join(tmpdir(), 'gongkai-ingest-')); });
afterAll(async () => { await rm(tmp, { recursive: true, force: true }); });

async function countFiles(dir: string): Promise<number> {
  let n = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) n += await countFiles(join(dir, e.name));
    else if (!['manifest.csv', 'README.md', 'CORPUS-NOTES.md'].includes(e.name)) n++;
  }
  return n;
}

describe('gongkai ingest on the real corpus', () => {
  it('accounts for every input: parsed + rejected = inputs; pre-2019 reports are rejected with a reason', async () => {
    const out = join(tmp, 'corpus');
    const { manifest } = await runIngest({ paths: [SOURCES], out, quiet: true, index: false });
    const inputs = await countFiles(SOURCES);
    expect(manifest.inputs).toBe(inputs);
    expect(manifest.parsed! + manifest.rejected!).toBe(inputs);
    const csv = await readFile(join(out, 'rejects.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['file', 'reason']);
    expect(rows.length - 1).toBe(manifest.rejected);
    const reasons = new Map(rows.slice(1).map(([f, r]) => [f, r]));
    for (const old of ['raw/012.txt', 'raw/031.txt']) {
      expect(reasons.has(old), `${old} rejected`).toBe(true);
      expect(reasons.get(old)!.length).toBeGreaterThan(3);
    }
    expect(manifest.tables.reports.rows).toBe(manifest.parsed);
    expect(manifest.label).toBe('real');
    // Every file listed in the manifest exists with the stated size and hash.
    for (const t of Object.values(manifest.tables)) {
      for (const f of t.files) expect(await sha256File(join(out, f.path))).toBe(f.sha256);
    }
    const overview = JSON.parse(await readFile(join(out, manifest.precomputed!.overview), 'utf8'));
    expect(overview.kpis.reports).toBe(manifest.parsed);
  }, 120_000);
});

describe('round trip and idempotence', () => {
  it('cells read back from Parquet equal the parser output', async () => {
    const out = join(tmp, 'rt');
    const { manifest } = await runIngest({ paths: SUBSET, out, quiet: true, index: false });
    const ds = await DatasetReader.open(out);
    try {
      const reports = await ds.query<{ report_id: string; source_file: string }>('SELECT report_id, source_file FROM reports');
      expect(reports.length).toBe(manifest.parsed);
      expect(reports.length).toBeGreaterThanOrEqual(5);
      for (const { report_id, source_file } of reports) {
        const file = SUBSET.find((f) => f.endsWith('/' + source_file))!;
        const parsed = await parseReport(new Uint8Array(await readFile(file)), source_file);
        const t3 = await ds.query<{ row: string; col: string; value: number | null }>(`SELECT "row", col, value FROM t3_cells WHERE report_id = '${report_id}'`);
        const fromParquet: Record<string, Record<string, number | null>> = {};
        for (const c of t3) (fromParquet[c.row] ??= {})[c.col] = c.value;
        expect(fromParquet).toEqual(parsed.t3);
        const t4 = await ds.query<{ grp: string; outcome: string; value: number | null }>(`SELECT grp, outcome, value FROM t4_cells WHERE report_id = '${report_id}'`);
        const t4p: Record<string, Record<string, number | null>> = {};
        for (const c of t4) (t4p[c.grp] ??= {})[c.outcome] = c.value;
        expect(t4p).toEqual(parsed.t4);
        const t2 = await ds.query<{ key: string; value: number | null }>(`SELECT "key", value FROM t2_cells WHERE report_id = '${report_id}'`);
        expect(Object.fromEntries(t2.map((c) => [c.key, c.value]))).toEqual(parsed.t2);
      }
    } finally {
      ds.close();
    }
  }, 60_000);

  it('two ingests of the same inputs write byte-identical Parquet', async () => {
    const a = await runIngest({ paths: SUBSET, out: join(tmp, 'a'), quiet: true, index: false });
    const b = await runIngest({ paths: SUBSET, out: join(tmp, 'b'), quiet: true, index: false });
    const files = (m: DatasetManifest) => Object.fromEntries(Object.values(m.tables).flatMap((t) => t.files.map((f) => [f.path, f.sha256])));
    expect(files(b.manifest)).toEqual(files(a.manifest));
    expect(Object.keys(files(a.manifest)).length).toBeGreaterThan(5);
    const overview = (d: string) => readFile(join(tmp, d, 'precomputed/overview.json'), 'utf8');
    expect(await overview('b')).toBe(await overview('a'));
  }, 60_000);
});

describe('atomic write', () => {
  it('a killed ingest leaves the previous dataset intact and readable', async () => {
    const out = join(tmp, 'atomic');
    const first = await runIngest({ paths: SUBSET.slice(0, 3), out, quiet: true, index: false });
    const before = await readFile(join(out, 'manifest.json'), 'utf8');
    const child = spawn(process.execPath, [join(ROOT, 'bin/gongkai.mjs'), 'ingest', ...SUBSET, '--out', out, '--no-index'], {
      env: { ...process.env, GONGKAI_INGEST_HOLD_BEFORE_COMMIT_MS: '60000' }, stdio: ['ignore', 'ignore', 'pipe']
    });
    await new Promise<void>((ok, fail) => {
      let err = '';
      child.stderr!.on('data', (d) => {
        err += String(d);
        if (err.includes('holding before commit')) ok();
      });
      child.on('exit', (code) => fail(new Error(`ingest exited (${code}) before the hold: ${err}`)));
    });
    // The new dataset is fully written in the temporary sibling folder at this point.
    const siblings = await readdir(tmp);
    expect(siblings.some((n) => n.startsWith('.atomic.tmp-'))).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
    const ds = await DatasetReader.open(out);
    try {
      const [{ n }] = await ds.query<{ n: number }>('SELECT count(*) AS n FROM reports');
      expect(n).toBe(first.manifest.parsed);
    } finally {
      ds.close();
    }
    // The next build sweeps the dead temporary folder.
    await runIngest({ paths: SUBSET.slice(0, 3), out, quiet: true, index: false });
    expect((await readdir(tmp)).some((n) => n.startsWith('.atomic.tmp-'))).toBe(false);
  }, 60_000);
});
