// Summary tables built from the real corpus (datasets/sources through gongkai ingest) give the same numbers as the
// overview's queries over `reports` / `t4_cells`, for the unfiltered view and for filters on every summary dimension.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { runIngest } from '../../../cli/ingest/run-ingest';
import { DatasetWriter } from './dataset-writer';
import { addSummaryTables } from './summaries';

let tmp: string;
let con: DuckDBConnection;

const files = (dir: string, t: { files: { path: string }[] }) => `[${t.files.map((f) => `'${join(dir, f.path)}'`).join(', ')}]`;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'gongkai-summaries-'));
  const ds = join(tmp, 'real');
  const { manifest } = await runIngest({ paths: ['datasets/sources'], out: ds, index: false, quiet: true });
  const w = await DatasetWriter.open(join(tmp, 'summaries'));
  await w.conn.run(`CREATE TABLE stage_reports AS SELECT * FROM read_parquet(${files(ds, manifest.tables.reports)})`);
  await w.conn.run(`CREATE TABLE stage_t4_cells AS SELECT * FROM read_parquet(${files(ds, manifest.tables.t4_cells)})`);
  await w.conn.run(`CREATE TABLE stage_flags AS SELECT * FROM read_parquet(${files(ds, manifest.tables.flags)})`);
  await w.conn.run(`CREATE TABLE stage_agencies AS SELECT * FROM read_parquet(${files(ds, manifest.tables.agencies)})`);
  addSummaryTables(w, { t4Cells: 'stage_t4_cells' });
  const tables = await w.writeParquet();
  await w.close();
  con = await (await DuckDBInstance.create(':memory:')).connect();
  for (const [name, t] of Object.entries({ ...manifest.tables, ...tables })) {
    await con.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet(${files(name.startsWith('summary_') ? join(tmp, 'summaries') : ds, t)}, union_by_name = true)`);
  }
}, 120_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function one(sql: string): Promise<Record<string, unknown>> {
  const [row] = (await con.runAndReadAll(sql)).getRowObjectsJS();
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
}

async function pick(col: string): Promise<string> {
  return String((await one(`SELECT ${col} AS v FROM reports WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`)).v);
}

describe('summary tables on the real corpus', () => {
  it('has reports in several years and places', async () => {
    const r = await one(`SELECT count(*) AS n, count(DISTINCT year) AS years, count(DISTINCT province) AS provinces FROM reports`);
    expect(r.n).toBeGreaterThan(50);
    expect(r.years).toBeGreaterThan(3);
  });

  it('KPI and trend sums equal the sums over reports, unfiltered and per filter', async () => {
    const province = await pick('province');
    const level = await pick('level');
    const kind = await pick('kind');
    const wheres = ['true', `year = 2023`, `province = '${province}'`, `level = '${level}' AND year BETWEEN 2021 AND 2024`, `kind = '${kind}'`, `format = '2021'`];
    for (const where of wheres) {
      const fromReports = await one(`SELECT count(*)::INTEGER AS reports, sum(new_received)::DOUBLE AS new_received,
          sum(granted + partial)::DOUBLE AS granted_or_partial,
          sum(total_processed) FILTER (WHERE granted IS NOT NULL AND partial IS NOT NULL)::DOUBLE AS grant_base,
          sum(review_corrected) FILTER (WHERE review_total IS NOT NULL)::DOUBLE AS review_corrected_read,
          sum(litigation_total)::DOUBLE AS litigation_total, sum(new_natural_person)::DOUBLE AS new_natural_person,
          count(*) FILTER (WHERE flags_error > 0)::INTEGER AS reports_with_errors FROM reports WHERE ${where}`);
      const fromSummary = await one(`SELECT coalesce(sum(reports), 0)::INTEGER AS reports, sum(new_received) AS new_received,
          sum(granted_or_partial) AS granted_or_partial, sum(grant_base) AS grant_base, sum(review_corrected_read) AS review_corrected_read,
          sum(litigation_total) AS litigation_total, sum(new_natural_person) AS new_natural_person,
          coalesce(sum(reports_with_errors), 0)::INTEGER AS reports_with_errors FROM summary_region_year WHERE ${where}`);
      expect(fromSummary, where).toEqual(fromReports);
    }
  });

  it('agencies per single year equal count(DISTINCT agency_id)', async () => {
    for (const year of [2019, 2022, 2024]) {
      const a = await one(`SELECT count(DISTINCT agency_id)::INTEGER AS n FROM reports WHERE year = ${year}`);
      const b = await one(`SELECT coalesce(sum(agencies), 0)::INTEGER AS n FROM summary_region_year WHERE year = ${year}`);
      expect(b.n).toBe(a.n);
    }
  });

  it('表四 outcomes equal the join of t4_cells and reports', async () => {
    const a = (await con.runAndReadAll(`SELECT c.grp, c.outcome, sum(c.value)::DOUBLE AS v FROM t4_cells c JOIN reports r USING (report_id)
      WHERE c.outcome <> 'total' GROUP BY ALL ORDER BY ALL`)).getRowObjectsJS();
    const b = (await con.runAndReadAll(`SELECT grp, outcome, sum(value)::DOUBLE AS v FROM summary_t4 GROUP BY ALL ORDER BY ALL`)).getRowObjectsJS();
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('one report per agency and year, so one summary_agency row per agency', async () => {
    const r = await one(`SELECT count(*) AS n, count(DISTINCT (agency_id, year)) AS d FROM reports`);
    expect(r.d).toBe(r.n);
    const a = await one(`SELECT count(*) AS n, count(DISTINCT agency_id) AS d FROM summary_agency`);
    expect(a.d).toBe(a.n);
    const f = await one(`SELECT (SELECT count(*) FROM flags) AS flags, (SELECT sum(flags) FROM summary_flags) AS summed`);
    expect(f.summed).toBe(f.flags);
  });

  it('per-agency rows equal the league sums; years_mask marks the years with a report', async () => {
    const a = (await con.runAndReadAll(`SELECT agency_id, count(*)::INTEGER AS reports, sum(new_received)::DOUBLE AS new_received,
      list(DISTINCT year ORDER BY year) AS years FROM reports GROUP BY agency_id ORDER BY agency_id`)).getRowObjectsJS();
    const b = (await con.runAndReadAll(`SELECT agency_id, reports, new_received,
      [y FOR y IN range(2000, 2063) IF (years_mask >> (y - 2000)) & 1 = 1] AS years FROM summary_agency ORDER BY agency_id`)).getRowObjectsJS();
    expect(b.map((r) => ({ ...r, years: (r.years as unknown[]).map(Number) }))).toEqual(a.map((r) => ({ ...r, years: (r.years as unknown[]).map(Number) })));
  });
});
