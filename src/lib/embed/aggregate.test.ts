// The embed aggregations against native DuckDB running the dashboard's own SQL on a dataset ingested from the
// real reports in datasets/sources (datasets/sample when it has been built with `reports`, else a fresh ingest).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFilters, type Filters } from '../dashboard/filters';
import { decisionsByAgencySql, reportsPerYearSql, trendSql, volumeByAgencySql } from '../dashboard/overview-sql';
import { decisionsRows, reportsPerYearRows, trendRows, volumeRows } from './aggregate';
import { embedRows, parseEmbedData, type EmbedRow } from './embed-data';
import { buildEmbedData } from '../../../scripts/build-embed-data.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
let con: DuckDBConnection;
let rows: EmbedRow[];

async function datasetDir(): Promise<string> {
  const sample = join(ROOT, 'datasets/sample');
  const m = existsSync(join(sample, 'manifest.json')) ? JSON.parse(readFileSync(join(sample, 'manifest.json'), 'utf8')) : null;
  if (m?.tables?.reports && m.tables.reports.rows > 0) return sample;
  const out = join(await mkdtemp(join(tmpdir(), 'gongkai-embed-')), 'ds');
  execFileSync(process.execPath, [join(ROOT, 'bin/gongkai.mjs'), 'ingest', join(ROOT, 'datasets/sources'), '--out', out], { stdio: 'ignore' });
  return out;
}

beforeAll(async () => {
  const dir = await datasetDir();
  const built = await buildEmbedData(dir, await mkdtemp(join(tmpdir(), 'gongkai-embed-data-')));
  rows = embedRows(parseEmbedData(JSON.parse(readFileSync(built.path, 'utf8'))));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const files = manifest.tables.reports.files.map((f: { path: string }) => `'${join(dir, f.path)}'`);
  const db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
  await con.run(`CREATE VIEW reports AS SELECT * FROM read_parquet([${files.join(',')}])`);
}, 180_000);

async function native(sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS().map((r) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) o[k] = typeof v === 'bigint' ? Number(v) : v;
    return o;
  });
}

const CASES = ['no filter', 'years 2020-2022', 'province', 'level + kind', 'format 2021', 'nothing matches'] as const;

function filters(name: (typeof CASES)[number]): Filters {
  const base = defaultFilters('sample');
  const first = (k: keyof EmbedRow) => rows.find((r) => r[k] !== null && r[k] !== undefined)?.[k] as string;
  if (name === 'years 2020-2022') return { ...base, years: [2020, 2022] };
  if (name === 'province') return { ...base, province: first('province') };
  if (name === 'level + kind') return { ...base, level: first('level'), kind: first('kind') };
  if (name === 'format 2021') return { ...base, format: '2021' };
  if (name === 'nothing matches') return { ...base, province: '不存在的省' };
  return base;
}

describe('embed aggregations equal the dashboard SQL on the real sample', () => {
  it('has rows to compare', () => {
    expect(rows.length).toBeGreaterThan(50);
  });

  it.each(CASES)('trend, volume, decisions: %s', async (name) => {
    const f = filters(name);
    if (name !== 'nothing matches') expect(trendRows(rows, f).length).toBeGreaterThan(0);
    expect(trendRows(rows, f)).toEqual(await native(trendSql(f)));
    expect(volumeRows(rows, f)).toEqual(await native(volumeByAgencySql(f)));
    expect(decisionsRows(rows, f, 15)).toEqual(await native(decisionsByAgencySql(f, 15)));
  });

  it.each(CASES)('reports per year and format: %s', async (name) => {
    const f = filters(name);
    expect(reportsPerYearRows(rows, f)).toEqual(await native(reportsPerYearSql(f)));
  });
});
