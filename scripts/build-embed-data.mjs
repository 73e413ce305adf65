#!/usr/bin/env node
// Writes datasets/<name>/embed/data.json: the compact per-report rows the chart embeds read instead of the
// Parquet files (embeds never load DuckDB-WASM). Run after a dataset is built:
//   node scripts/build-embed-data.mjs datasets/sample [datasets/other ...]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

// Keep in step with src/lib/embed/embed-data.ts.
const VERSION = 1;
const REPORT_COLUMNS = [
  'agency_id', 'agency_name', 'province', 'city', 'county', 'region', 'level', 'kind', 'format', 'year',
  'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other',
  'new_natural_person', 'new_commercial', 'new_research', 'new_social_welfare', 'new_legal_service', 'new_other_org',
  'license_decisions', 'penalty_decisions', 'coercion_decisions', 'flags_error'
];
const INDEX_COLUMNS = ['agency_name', 'region', 'year', 'format'];

const q = (s) => `'${String(s).replaceAll("'", "''")}'`;
const ident = (s) => `"${String(s).replaceAll('"', '""')}"`;

/** Builds `<out>/embed/data.json` (default out: the dataset folder `dir`); returns { path, rows, bytes }. */
export async function buildEmbedData(dir, out = dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const table = manifest.tables.reports ? 'reports' : manifest.tables.reports_index ? 'reports_index' : null;
  if (!table) throw new Error(`${dir}: no reports or reports_index table`);
  const files = manifest.tables[table].files.map((f) => join(dir, f.path));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const source = `read_parquet([${files.map(q).join(', ')}])`;
  const present = new Set((await con.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJS().map((r) => r.column_name));
  const columns = (table === 'reports' ? REPORT_COLUMNS : INDEX_COLUMNS).filter((c) => present.has(c));
  const select = columns
    .map((c) => (c === 'year' ? 'year::INTEGER AS year' : /^(new_|total|granted|partial|denied|unable|not_processed|other|license|penalty|coercion|flags)/.test(c) ? `${ident(c)}::DOUBLE AS ${ident(c)}` : `${ident(c)}::VARCHAR AS ${ident(c)}`))
    .join(', ');
  const order = columns.includes('agency_id') ? 'year, agency_id' : 'year, agency_name';
  const rows = (await con.runAndReadAll(`SELECT ${select} FROM ${source} ORDER BY ${order}`)).getRowsJS();
  const data = {
    version: VERSION,
    dataset: manifest.name,
    title: manifest.title,
    label: manifest.label,
    built_at: manifest.built_at,
    table,
    columns,
    rows: rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v ?? null)))
  };
  const text = JSON.stringify(data);
  await mkdir(join(out, 'embed'), { recursive: true });
  const path = join(out, 'embed', 'data.json');
  await writeFile(path, text + '\n');
  return { path, rows: rows.length, bytes: Buffer.byteLength(text) + 1 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (!dirs.length) {
    console.error('usage: node scripts/build-embed-data.mjs datasets/<name> [...]');
    process.exit(2);
  }
  for (const d of dirs) {
    const r = await buildEmbedData(resolve(d));
    console.log(`embed data: ${r.path} (${r.rows} rows, ${r.bytes} bytes)`);
  }
}
