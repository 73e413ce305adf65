// The overview read from the summary tables gives exactly the rows it gives from `reports` / `t4_cells`, query by
// query, unfiltered and under filters on every dimension — on the real corpus (gongkai ingest of datasets/sources)
// and on a small synthetic panel (gongkai generate, 合成数据). The default view's seeds (precomputed/queries.json)
// equal the live rows.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { runIngest } from '../../cli/ingest/run-ingest';
import { runGenerate } from '../../cli/generate/run-generate';
import type { DatasetManifest } from '../dataset/manifest';
import { referencedTables } from '../data/sql-tables';
import { defaultFilters, type Filters } from './filters';
import { overviewQueries } from './overview-queries';
import { REPORTS_SOURCE, SUMMARY_SOURCE, overviewSource, type LeagueQuery } from './overview-sql';

let tmp: string;
const sets: { name: string; dir: string; manifest: DatasetManifest; con: DuckDBConnection }[] = [];

async function open(dir: string, manifest: DatasetManifest): Promise<DuckDBConnection> {
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  for (const [name, t] of Object.entries(manifest.tables)) {
    const files = t.files.map((f) => `'${join(dir, f.path)}'`).join(', ');
    await con.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet([${files}], union_by_name = true)`);
  }
  return con;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'gongkai-summary-sql-'));
  const real = join(tmp, 'real');
  const { manifest } = await runIngest({ paths: ['datasets/sources'], out: real, index: false, quiet: true });
  sets.push({ name: 'real corpus', dir: real, manifest, con: await open(real, manifest) });
  const synth = join(tmp, 'synth');
  const m2 = await runGenerate({ out: synth, agencies: 400, years: [2019, 2024], seed: 3, anomalyScale: 4, index: false, quiet: true });
  sets.push({ name: 'synthetic', dir: synth, manifest: m2, con: await open(synth, m2) });
}, 240_000);

afterAll(async () => {
  for (const s of sets) s.con.closeSync();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const plain = (rows: Record<string, unknown>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));

async function rows(con: DuckDBConnection, sql: string) {
  return plain((await con.runAndReadAll(sql)).getRowObjectsJS());
}

async function common(con: DuckDBConnection, col: string, where = 'true'): Promise<string> {
  const [r] = await rows(con, `SELECT ${col}::VARCHAR AS v FROM reports WHERE ${col} IS NOT NULL AND ${where} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  return String(r.v);
}

async function filterStates(con: DuckDBConnection): Promise<Partial<Filters>[]> {
  const province = await common(con, 'province');
  const city = await common(con, 'city', `province = '${province}'`);
  const county = await common(con, 'county');
  const level = await common(con, 'level');
  const kind = await common(con, 'kind');
  const [y] = await rows(con, 'SELECT min(year)::INTEGER AS y0, max(year)::INTEGER AS y1 FROM reports');
  const y0 = Number(y.y0), y1 = Number(y.y1);
  return [
    {}, { years: [y1, y1] }, { years: [y0, y1 - 1] }, { province }, { province, city }, { county }, { level }, { kind },
    { format: '2021' }, { format: '2019', kind }, { years: [y1 - 1, y1], level, province }, { county, years: [y1, y1] },
    { province: '没有这个省' }
  ];
}

const LEAGUES: LeagueQuery[] = [
  { sort: { key: 'new_received', dir: 'desc' }, q: '', limit: 500 },
  { sort: { key: 'flags_error', dir: 'desc' }, q: '', limit: 7 },
  { sort: { key: 'grant_rate', dir: 'asc' }, q: '局', limit: 20 },
  { sort: { key: 'reports', dir: 'desc' }, q: '人民政府', limit: 5 },
  { sort: { key: 'region', dir: 'asc' }, q: '', limit: 30 }
];

describe('overview SQL: summary tables = reports', () => {
  it('both datasets have the summary tables and several years, places and flags', async () => {
    for (const s of sets) {
      expect(overviewSource(s.manifest.tables), s.name).toEqual(SUMMARY_SOURCE);
      const [r] = await rows(s.con, 'SELECT count(*) AS n, count(DISTINCT year) AS y, count(DISTINCT province) AS p FROM reports');
      expect(Number(r.n), s.name).toBeGreaterThan(100);
      expect(Number(r.y), s.name).toBeGreaterThan(3);
      const [fl] = await rows(s.con, 'SELECT count(*) AS n FROM flags');
      expect(Number(fl.n), s.name).toBeGreaterThan(10);
    }
  });

  it('every overview query gives the same rows from either source, under every filter', async () => {
    for (const s of sets) {
      for (const [i, p] of (await filterStates(s.con)).entries()) {
        const f = { ...defaultFilters(''), ...p };
        const league = LEAGUES[i % LEAGUES.length];
        const fromReports = overviewQueries(f, REPORTS_SOURCE, league);
        const fromSummary = overviewQueries(f, SUMMARY_SOURCE, league);
        for (const name of Object.keys(fromReports) as (keyof typeof fromReports)[]) {
          // A county filter reads `reports` for the trend and 表四 (summary_region_year has no county).
          const fallback = !!p.county && (name === 'trend' || name === 'review');
          expect(fromSummary[name] === fromReports[name], `${s.name} ${name}: reads reports`).toBe(fallback);
          const want = await rows(s.con, fromReports[name]);
          if (name === 'kpi' && !p.province?.startsWith('没有')) expect(Number(want[0].reports)).toBeGreaterThan(0);
          expect(await rows(s.con, fromSummary[name]), `${s.name} ${name} ${JSON.stringify(p)}`).toEqual(want);
        }
      }
    }
  });

  it('from the summary tables no query touches reports or t4_cells, except the trend and 表四 under a county filter', () => {
    const tables = Object.keys(sets[0].manifest.tables);
    for (const p of [{}, { years: [2021, 2022] }, { format: '2019' }, { county: '某县' }, { province: '某省', level: '县' }] as Partial<Filters>[]) {
      for (const lq of LEAGUES) {
        for (const [name, sql] of Object.entries(overviewQueries({ ...defaultFilters(''), ...p }, SUMMARY_SOURCE, lq))) {
          const big = referencedTables(sql, tables).filter((t) => t === 'reports' || t === 't4_cells');
          expect(big, `${name} ${JSON.stringify(p)} ${lq.sort.key}`).toEqual(p.county && (name === 'trend' || name === 'review') ? big : []);
        }
      }
    }
    expect(referencedTables(overviewQueries(defaultFilters(''), REPORTS_SOURCE).kpi, tables)).toEqual(['reports']);
  });

  it('the seeds written with the dataset are the live rows of the default view', async () => {
    for (const s of sets) {
      const seeds = JSON.parse(await readFile(join(s.dir, s.manifest.precomputed!.queries), 'utf8')).queries as Record<string, unknown[]>;
      const q = overviewQueries(defaultFilters(''), SUMMARY_SOURCE);
      expect(Object.keys(seeds).sort()).toEqual(Object.values(q).sort());
      for (const sql of Object.values(q)) expect(seeds[sql], s.name).toEqual(await rows(s.con, sql));
    }
  });
});
