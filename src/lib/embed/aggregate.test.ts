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
import { decisionsByAgencySql, reportsPerYearSql, reviewOutcomesSql, trendSql, volumeByAgencySql } from '../dashboard/overview-sql';
import { flagHeatmapSql } from '../dashboard/flags-sql';
import { agencyReportsSql, cohortRowsSql, compareSql, coverageSql } from '../dashboard/pages-sql';
import { decisionsRows, flagHeatmapRows, reportsPerYearRows, reviewRows, trendRows, volumeRows } from './aggregate';
import { agencyReportRows, cohortRows, compareRows, coverageRows } from './aggregate-pages';
import { embedRows, parseEmbedData, sectionRows, type EmbedData, type EmbedRow } from './embed-data';
import { buildEmbedData } from '../../../scripts/build-embed-data.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
let con: DuckDBConnection;
let rows: EmbedRow[];
let data: EmbedData;

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
  data = parseEmbedData(JSON.parse(readFileSync(built.path, 'utf8')));
  rows = embedRows(data);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
  for (const t of ['reports', 't4_cells', 'flags', 'agencies']) {
    const files = manifest.tables[t].files.map((f: { path: string }) => `'${join(dir, f.path)}'`);
    await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet([${files.join(',')}])`);
  }
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

  it.each(CASES)('表四 outcomes (review chart): %s', async (name) => {
    const f = filters(name);
    const want = await native(reviewOutcomesSql(f));
    if (name === 'no filter') expect(want.length).toBe(12);
    expect(reviewRows(rows, f)).toEqual(want);
  });

  it.each(CASES)('flags heatmap: %s', async (name) => {
    const f = filters(name);
    const want = await native(flagHeatmapSql(f));
    if (name === 'no filter') expect(want.length).toBeGreaterThan(20);
    expect(flagHeatmapRows(sectionRows(data.flags), f)).toEqual(want);
  });

  it.each(CASES)('compare page (chosen agencies and their cohorts): %s', async (name) => {
    const f = filters(name);
    const ids = [...new Set(rows.map((r) => String(r.agency_id)))].filter((_, i) => i % 5 === 0).slice(0, 4);
    expect(ids.length).toBeGreaterThan(1);
    const strip = (xs: Record<string, unknown>[]) => xs.map((r) => ({ ...r, year: Number(r.year) }));
    if (name === 'no filter') expect(compareRows(rows, f, ids).length).toBeGreaterThan(ids.length);
    if (name === 'no filter') expect(cohortRows(rows, f, ids).length).toBeGreaterThan(compareRows(rows, f, ids).length);
    expect(compareRows(rows, f, ids)).toEqual(strip(await native(compareSql(f, ids))));
    expect(cohortRows(rows, f, ids)).toEqual(strip(await native(cohortRowsSql(f, ids))));
  });

  it('agency page charts: every report of one agency', async () => {
    for (const id of [...new Set(rows.map((r) => String(r.agency_id)))]) {
      const want = await native(agencyReportsSql(id));
      const got = agencyReportRows(rows, id);
      expect(got.map((r) => r.report_id)).toEqual(want.map((r) => r.report_id));
      for (const k of ['year', 'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other'])
        expect(got.map((r) => r[k]), `${id} ${k}`).toEqual(want.map((r) => r[k]));
    }
  });

  it.each(CASES)('coverage: %s', async (name) => {
    const f = filters(name);
    const want = await native(coverageSql(f));
    if (name === 'no filter') expect(want.length).toBeGreaterThan(rows.length);
    expect(coverageRows(rows, sectionRows(data.agencies), f)).toEqual(want);
  });
});
