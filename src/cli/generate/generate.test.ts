import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetReader } from '../../lib/dataset/node/read-dataset';
import type { DatasetManifest } from '../../lib/dataset/manifest';
import { runGenerate } from './run-generate';

let tmp: string;
beforeAll(async () => { tmp = await mkdtemp(join(tmpdir(), 'gongkai-generate-')); });
afterAll(async () => { await rm(tmp, { recursive: true, force: true }); });

const shas = (m: DatasetManifest) => Object.fromEntries(Object.values(m.tables).flatMap((t) => t.files.map((f) => [f.path, f.sha256])));

describe('gongkai generate', () => {
  it('is deterministic: the same seed gives byte-identical Parquet, another seed different data', async () => {
    const opts = { agencies: 300, years: [2019, 2021] as [number, number], quiet: true, index: false, render: 30 };
    const a = await runGenerate({ ...opts, out: join(tmp, 'a'), seed: 5 });
    const b = await runGenerate({ ...opts, out: join(tmp, 'b'), seed: 5 });
    const c = await runGenerate({ ...opts, out: join(tmp, 'c'), seed: 6 });
    expect(shas(b)).toEqual(shas(a));
    expect(shas(c)['reports/year=2019.parquet']).not.toBe(shas(a)['reports/year=2019.parquet']);
    expect(await readFile(join(tmp, 'b/render-truth.json'), 'utf8')).toBe(await readFile(join(tmp, 'a/render-truth.json'), 'utf8'));
  }, 60_000);

  it('writes a labelled synthetic dataset whose tables hold the identities except where an anomaly was planted', async () => {
    const out = join(tmp, 'national');
    const m = await runGenerate({ out, agencies: 1500, years: [2019, 2025], seed: 11, quiet: true, index: false });
    expect(m.label).toBe('synthetic');
    expect(m.title.startsWith('合成数据')).toBe(true);
    const ds = await DatasetReader.open(out);
    try {
      const [{ n }] = await ds.query<{ n: number }>('SELECT count(*) AS n FROM reports');
      expect(n).toBe(1500 * 7);
      expect(await ds.query('SELECT name FROM agencies WHERE NOT (name LIKE \'合成·%\' OR name LIKE \'%人民政府\' OR province IS NOT NULL) LIMIT 1')).toEqual([]);
      // Heavy tail: most departments get a handful of requests a year, a few get thousands.
      const [tail] = await ds.query<{ med: number; mx: number }>(`SELECT median(new_received) AS med, max(new_received) AS mx FROM reports WHERE kind = '部门'`);
      expect(tail.med).toBeLessThanOrEqual(5);
      expect(tail.mx).toBeGreaterThanOrEqual(1000);
      // Identity checks computed from the long t3 table.
      const broken = async (sql: string) => new Set((await ds.query<{ report_id: string }>(sql)).map((r) => r.report_id));
      const planted = async (rule: string) => new Set((await ds.query<{ report_id: string }>(`SELECT report_id FROM truth WHERE rule = '${rule}'`)).map((r) => r.report_id));
      const t3 = `(SELECT report_id, "row", col, value FROM t3_cells)`;
      const t31 = await broken(`SELECT report_id FROM ${t3} GROUP BY report_id, col HAVING
        sum(value) FILTER (WHERE "row" IN ('new_received','carried_over')) <> sum(value) FILTER (WHERE "row" IN ('total_processed','carried_forward'))`);
      const t32 = await broken(`SELECT report_id FROM ${t3} GROUP BY report_id, col HAVING
        sum(value) FILTER (WHERE "row" = 'total_processed') <> sum(value) FILTER (WHERE "row" NOT IN ('new_received','carried_over','total_processed','carried_forward'))`);
      const t33 = await broken(`SELECT report_id FROM ${t3} GROUP BY report_id, "row" HAVING
        sum(value) FILTER (WHERE col = 'total') <> sum(value) FILTER (WHERE col <> 'total')`);
      expect(t31).toEqual(await planted('T3-1'));
      expect(t32).toEqual(await planted('T3-2'));
      expect(t33).toEqual(await planted('T3-3'));
      expect((await planted('T3-1')).size).toBeGreaterThan(20);
      // carried over = last year's carried forward, except where planted.
      const x1 = await broken(`SELECT cur.report_id FROM reports cur JOIN reports prev ON prev.agency_id = cur.agency_id AND prev.year = cur.year - 1
        WHERE cur.carried_over <> prev.carried_forward`);
      expect(x1).toEqual(await planted('X-1'));
      // Planted anomalies are in flags as well as in the truth, rule by rule.
      const byRule = async (table: string) => Object.fromEntries((await ds.query<{ rule: string; n: number }>(`SELECT rule, count(*) AS n FROM ${table} GROUP BY rule`)).map((r) => [r.rule, r.n]));
      expect(await byRule('flags')).toEqual(await byRule('truth'));
      expect(Object.keys(await byRule('truth')).length).toBe(15);
      const late = await ds.query<{ bad: number }>(`SELECT count(*) AS bad FROM reports r WHERE (days_late > 0) <> (report_id IN (SELECT report_id FROM truth WHERE rule = 'LATE'))`);
      expect(late[0].bad).toBe(0);
    } finally {
      ds.close();
    }
  }, 90_000);

  it('writes exactly agencies × years reports, with the planted MISSING-REPORT gaps made up by top-up agencies', async () => {
    const cases = [
      { agencies: 500, years: [2020, 2024] as [number, number], scale: 1, seed: 1 },
      { agencies: 137, years: [2019, 2025] as [number, number], scale: 5, seed: 3 },
      { agencies: 1, years: [2021, 2021] as [number, number], scale: 1, seed: 4 },
      { agencies: 401, years: [2019, 2022] as [number, number], scale: 6, seed: 9 }
    ];
    for (const c of cases) {
      const out = join(tmp, `count-${c.agencies}`);
      const m = await runGenerate({ out, agencies: c.agencies, years: c.years, seed: c.seed, anomalyScale: c.scale, quiet: true, index: false });
      const nYears = c.years[1] - c.years[0] + 1;
      const g = m.generator as { reports: number; planted_missing_reports: number; top_up_agencies: number };
      expect(m.tables.reports.rows, JSON.stringify(c)).toBe(c.agencies * nYears);
      expect(g.reports).toBe(c.agencies * nYears);
      expect(m.tables.agencies.rows).toBe(c.agencies + g.top_up_agencies);
      expect(g.top_up_agencies).toBe(Math.ceil(g.planted_missing_reports / nYears));
      const ds = await DatasetReader.open(out);
      try {
        const [{ n, ids }] = await ds.query<{ n: number; ids: number }>('SELECT count(*)::INTEGER AS n, count(DISTINCT report_id)::INTEGER AS ids FROM reports');
        expect(n).toBe(c.agencies * nYears);
        expect(ids).toBe(n);
        const [{ gaps }] = await ds.query<{ gaps: number }>(`SELECT count(*)::INTEGER AS gaps FROM truth WHERE rule = 'MISSING-REPORT'`);
        expect(gaps).toBe(g.planted_missing_reports);
        // Reports plus planted gaps tile each agency's years from its first report to the last year, with no
        // gap that the truth does not list (so the MISSING-REPORT rule and the truth agree), and no gap is a report.
        const bad = await ds.query(`WITH y AS (
            SELECT agency_id, year, 'r' AS k FROM reports UNION ALL SELECT agency_id, year, 'm' AS k FROM truth WHERE rule = 'MISSING-REPORT')
          SELECT agency_id FROM y GROUP BY agency_id
          HAVING count(*) <> count(DISTINCT year) OR max(year) <> ${c.years[1]} OR count(*) <> max(year) - min(year) + 1
            OR min(year) FILTER (WHERE k = 'm') <= min(year) FILTER (WHERE k = 'r')`);
        expect(bad).toEqual([]);
      } finally {
        ds.close();
      }
    }
    // The high-rate case really plants gaps (so the top-up is exercised).
    const m = JSON.parse(await readFile(join(tmp, 'count-401/manifest.json'), 'utf8')) as DatasetManifest;
    expect((m.generator as { planted_missing_reports: number }).planted_missing_reports).toBeGreaterThan(10);
  }, 120_000);
});
