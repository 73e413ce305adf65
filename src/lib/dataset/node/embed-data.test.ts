// A generated dataset carries its embed data, and the embed charts' numbers from it equal the dashboard's SQL run
// by native DuckDB over the same Parquet files — in the per-report form and in the grouped form.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DuckDBInstance, type DuckDBConnection, type DuckDBInstance as Instance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../../cli/generate/run-generate';
import { defaultFilters, type Filters } from '../../dashboard/filters';
import { decisionsByAgencySql, reportsPerYearSql, reviewOutcomesSql, trendSql, volumeByAgencySql } from '../../dashboard/overview-sql';
import { flagHeatmapSql } from '../../dashboard/flags-sql';
import { decisionsRows, flagHeatmapRows, reportsPerYearRows, reviewRows, topFlagAgencies, trendRows, volumeRows } from '../../embed/aggregate';
import { embedRows, missingFilterColumns, parseEmbedData, sectionRows, type EmbedData, type EmbedRow } from '../../embed/embed-data';
import { agencyReportsSql, cohortMedianSql, compareSql } from '../../dashboard/pages-sql';
import { agencyReportRows, compareRows } from '../../embed/aggregate-pages';
import { withAgencyShards } from '../../embed/load';
import { compareCohort, NO_PARAMS } from '../../embed/registry';
import type { DatasetManifest } from '../manifest';
import { buildEmbedData } from './embed-data';

let tmp: string;
let dir: string;
let manifest: DatasetManifest;
let db: Instance;
let con: DuckDBConnection;

const read = async (path: string): Promise<EmbedData> => parseEmbedData(JSON.parse(await readFile(path, 'utf8')));

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'gongkai-embed-gen-'));
  dir = join(tmp, 'synth');
  manifest = await runGenerate({ out: dir, agencies: 400, years: [2019, 2023], seed: 3, quiet: true, index: false });
  db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
  for (const t of ['reports', 't4_cells', 'flags', 'agencies']) {
    const files = manifest.tables[t].files.map((f) => `'${join(dir, f.path)}'`);
    await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet([${files.join(',')}])`);
  }
}, 120_000);

afterAll(async () => {
  con?.closeSync();
  db?.closeSync();
  await rm(tmp, { recursive: true, force: true });
});

async function native(sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS().map((r) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) o[k] = typeof v === 'bigint' ? Number(v) : v;
    return o;
  });
}

async function cases(): Promise<[string, Filters][]> {
  const base = defaultFilters('synth');
  const [p] = await native(`SELECT province, city, county FROM reports WHERE county IS NOT NULL ORDER BY report_id LIMIT 1`);
  return [
    ['no filter', base],
    ['years 2020-2021', { ...base, years: [2020, 2021] }],
    ['province', { ...base, province: String(p.province) }],
    ['county', { ...base, province: String(p.province), city: String(p.city), county: String(p.county) }],
    ['level + kind', { ...base, level: '县', kind: '部门' }],
    ['format 2021', { ...base, format: '2021' }]
  ];
}

describe('embed data written by gongkai generate', () => {
  it('is listed in the manifest and holds one row per report (small dataset)', async () => {
    expect(manifest.precomputed?.embed).toBe('embed/data.json');
    const data = await read(join(dir, 'embed/data.json'));
    expect(data.form).toBe('reports');
    expect(data.label).toBe('synthetic');
    expect(data.rows.length).toBe(manifest.tables.reports.rows);
    const rows = embedRows(data);
    for (const [, f] of await cases()) {
      expect(trendRows(rows, f)).toEqual(await native(trendSql(f)));
      expect(volumeRows(rows, f)).toEqual(await native(volumeByAgencySql(f)));
      expect(decisionsRows(rows, f, 15)).toEqual(await native(decisionsByAgencySql(f, 15)));
      expect(reportsPerYearRows(rows, f)).toEqual(await native(reportsPerYearSql(f)));
      expect(reviewRows(rows, f)).toEqual(await native(reviewOutcomesSql(f)));
      expect(flagHeatmapRows(sectionRows(data.flags), f)).toEqual(await native(flagHeatmapSql(f)));
    }
  });

  it('grouped form (large datasets): per-year charts exact for every filter, top agencies exact unfiltered', async () => {
    const built = await buildEmbedData(dir, join(tmp, 'grouped'), 100);
    const data = await read(built.path);
    expect(data.form).toBe('groups');
    expect(data.rows.length).toBeLessThan(manifest.tables.reports.rows);
    const rows = embedRows(data);
    for (const [name, f] of await cases()) {
      const trend = await native(trendSql(f));
      if (name !== 'county') expect(trend.length, name).toBeGreaterThan(0);
      expect(trendRows(rows, f), name).toEqual(trend);
      expect(reportsPerYearRows(rows, f), name).toEqual(await native(reportsPerYearSql(f)));
      const review = await native(reviewOutcomesSql(f));
      if (name !== 'county') expect(review.length, name).toBe(12);
      expect(reviewRows(rows, f), name).toEqual(review);
    }
    const f = defaultFilters('synth');
    expect(data.flags?.top_agencies).toBe(100);
    expect(topFlagAgencies(flagHeatmapRows(sectionRows(data.flags), f))).toEqual(topFlagAgencies((await native(flagHeatmapSql(f))) as EmbedRow[]));
    expect(volumeRows(rows, f).slice(0, 10)).toEqual((await native(volumeByAgencySql(f))).slice(0, 10));
    expect(decisionsRows(rows, f, 10)).toEqual(await native(decisionsByAgencySql(f, 10)));
  });

  it('grouped form: agency shards give the agency and compare charts exact rows; cohort medians exact for one cohort', async () => {
    const out = join(tmp, 'sharded');
    await buildEmbedData(dir, out, { maxRows: 100, shardAgencies: 16 });
    const data = await read(join(out, 'embed/data.json'));
    // 400 agencies plus the generator's top-up agencies (they make up the planted MISSING-REPORT gaps).
    const [{ n }] = await native(`SELECT count(DISTINCT agency_id)::INTEGER AS n FROM reports`);
    expect(Number(n)).toBeGreaterThanOrEqual(400);
    expect(data.agency_shards?.count).toBe(Math.ceil(Number(n) / 16));
    expect((await readdir(join(out, 'embed/agencies'))).length).toBe(data.agency_shards!.count);
    const getJson = async (url: URL) => JSON.parse(await readFile(fileURLToPath(url), 'utf8'));
    const base = pathToFileURL(join(tmp, '/')).href;
    const all = await native(`SELECT agency_id, level, kind FROM reports GROUP BY ALL ORDER BY agency_id`);
    const ids = [all[3], all[101], all[257], all[399]].map((r) => String(r.agency_id));
    const narrowed = await withAgencyShards(base, 'sharded', data, ids, getJson);
    expect(narrowed.form).toBe('agencies');
    const rows = embedRows(narrowed);
    expect(new Set(rows.map((r) => r.agency_id))).toEqual(new Set(ids));
    for (const id of ids) {
      const want = await native(agencyReportsSql(id));
      const got = agencyReportRows(rows, id);
      for (const k of ['report_id', 'year', 'new_received', 'total_processed', 'granted', 'partial', 'denied', 'unable', 'not_processed', 'other'])
        expect(got.map((r) => r[k]), `${id} ${k}`).toEqual(want.map((r) => r[k]));
    }
    for (const [, f] of await cases()) expect(compareRows(rows, f, ids)).toEqual(await native(compareSql(f, ids)));
    // Medians: agencies of one level × kind, no place filter; per year they equal the page's cohort medians.
    const [one] = all;
    const same = all.filter((r) => r.level === one.level && r.kind === one.kind).slice(0, 3).map((r) => String(r.agency_id));
    const f = { ...defaultFilters('synth'), years: [2020, 2022] as [number, number] };
    const sameRows = await withAgencyShards(base, 'sharded', data, same, getJson);
    const ctx = { data: sameRows, all: embedRows(sameRows), filters: f, params: { ...NO_PARAMS, agencies: same, metric: 'grant_rate' } };
    const medians = compareCohort(ctx);
    const want = await native(cohortMedianSql(f, same));
    expect(want).toHaveLength(3);
    expect(want.every((r) => typeof r.grant_rate === 'number')).toBe(true);
    expect(medians?.map((r) => [r.year, r.grant_rate])).toEqual(want.map((r) => [r.year, r.grant_rate]));
    expect(compareCohort({ ...ctx, filters: { ...f, province: 'x' } })).toBeNull();
    const mixed = [String(one.agency_id), String(all.find((r) => r.level !== one.level)!.agency_id)];
    const mixedRows = await withAgencyShards(base, 'sharded', data, mixed, getJson);
    expect(compareCohort({ ...ctx, data: mixedRows, all: embedRows(mixedRows), params: { ...ctx.params, agencies: mixed } })).toBeNull();
  });

  it('grouped form without county/city (many groups): a county or city filter is named as unanswerable', async () => {
    const built = await buildEmbedData(dir, join(tmp, 'coarse'), { maxRows: 100, maxGroups: 50 });
    const data = await read(built.path);
    expect(data.form).toBe('groups');
    expect(data.columns).not.toContain('county');
    expect(data.columns).not.toContain('city');
    const base = defaultFilters('synth');
    expect(missingFilterColumns(data, { ...base, city: '某市', county: '某县' })).toEqual(['city', 'county']);
    expect(missingFilterColumns(data, { ...base, province: '某省', years: [2020, 2020] })).toEqual([]);
    // 表四 sums here come from summary_t4 (no county among the group columns): still exact for the kept columns.
    const rows = embedRows(data);
    for (const [name, f] of (await cases()).filter(([n]) => n !== 'county')) {
      const want = await native(reviewOutcomesSql(f));
      expect(want.length, name).toBe(12);
      expect(reviewRows(rows, f), name).toEqual(want);
      expect(trendRows(rows, f), name).toEqual(await native(trendSql(f)));
    }
  });
});
