#!/usr/bin/env node
// Builds datasets/sample/ from REAL data only: one row per report file listed in datasets/sources/manifest.csv.
// Stand-in until `gongkai ingest` exists; `npm start` prefers ingest when available.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, rename, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Rows of datasets/sources/manifest.csv as objects keyed by header. */
export async function readSourceManifest(sourcesDir) {
  const [header, ...rows] = parseCsv(await readFile(join(sourcesDir, 'manifest.csv'), 'utf8'));
  return rows.map((r) => {
    if (r.length !== header.length) throw new Error(`manifest.csv: row for ${r[0]} has ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const sqlStr = (s) => (s == null || s === '' ? 'NULL' : `'${String(s).replaceAll("'", "''")}'`);

export async function buildSampleLite({ sources = join(ROOT, 'datasets/sources'), out = join(ROOT, 'datasets/sample') } = {}) {
  const t0 = performance.now();
  const entries = await readSourceManifest(sources);
  const rows = [];
  for (const e of entries) {
    const bytes = await readFile(join(sources, e.file));
    const year = Number(e.year);
    if (!Number.isInteger(year)) throw new Error(`manifest.csv: ${e.file} has no integer year (${e.year})`);
    rows.push({ ...e, year, bytes: bytes.length, sha256: sha256(bytes) });
  }

  const tmp = `${out}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run(`CREATE TABLE reports_index (
    source_file VARCHAR, agency_name VARCHAR, region VARCHAR, year SMALLINT, format VARCHAR,
    source_repo VARCHAR, bytes INTEGER, sha256 VARCHAR)`);
  const values = rows.map((r) =>
    `(${sqlStr(r.file)}, ${sqlStr(r.agency_name)}, ${sqlStr(r.region)}, ${r.year}, ${sqlStr(r.format_version)}, ` +
    `${sqlStr(r.source_repo)}, ${r.bytes}, ${sqlStr(r.sha256)})`);
  await con.run(`INSERT INTO reports_index VALUES ${values.join(',\n')}`);
  const file = 'reports_index.parquet';
  const target = join(tmp, file).replaceAll("'", "''");
  await con.run(`COPY (SELECT * FROM reports_index ORDER BY year, source_file) TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
  const columns = (await con.runAndReadAll('DESCRIBE reports_index')).getRowObjects()
    .map((c) => ({ name: String(c.column_name), type: String(c.column_type) }));
  con.closeSync();

  const parquet = await readFile(join(tmp, file));
  /** @type {import('../src/lib/dataset/manifest.ts').DatasetManifest} */
  const manifest = {
    schema_version: 1,
    name: 'sample',
    label: 'real',
    title: '真实年报样本（来源清单）',
    description: 'One row per real report file in datasets/sources (agency, region, year, national format from manifest.csv). Built by scripts/build-sample-lite.mjs; no report content parsed.',
    built_at: new Date().toISOString(),
    build_ms: Math.round(performance.now() - t0),
    inputs: rows.length,
    tables: {
      reports_index: { rows: rows.length, columns, files: [{ path: file, rows: rows.length, bytes: parquet.length, sha256: sha256(parquet) }] }
    }
  };
  await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await rm(out, { recursive: true, force: true });
  await rename(tmp, out);
  await registerDataset(join(out, '..'), { name: manifest.name, title: manifest.title, label: manifest.label });
  return manifest;
}

/** Adds or replaces an entry in datasets/index.json. */
export async function registerDataset(datasetsDir, entry) {
  const path = join(datasetsDir, 'index.json');
  let list = [];
  if (existsSync(path)) {
    const json = JSON.parse(await readFile(path, 'utf8'));
    list = Array.isArray(json) ? json : json.datasets ?? [];
  }
  const index = { datasets: [] };
  index.datasets = [...list.filter((d) => d.name !== entry.name), entry]
    .sort((a, b) => (a.name === 'sample' ? -1 : b.name === 'sample' ? 1 : a.name.localeCompare(b.name)));
  await writeFile(path, JSON.stringify(index, null, 2) + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : undefined;
  const m = await buildSampleLite({ out });
  const s = await stat(join(out ?? join(ROOT, 'datasets/sample'), 'manifest.json'));
  console.log(`datasets/${m.name}: ${m.inputs} real report files → reports_index (${m.build_ms} ms, manifest ${s.size} B)`);
}
