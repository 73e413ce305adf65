/**
 * SQL builders: golden strings for the filter clause, and every builder run on native DuckDB over a small
 * hand-written dataset with the real schema (src/lib/dataset/schema.ts). Expected values are worked out by hand
 * from the fixture rows below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { TABLES } from '../dataset/schema';
import { defaultFilters, type Filters } from './filters';
import { filterConditions, lit, where } from './sql-util';
import { reportsPerYearSql, decisionsByAgencySql, filterOptionsSql, kpiSql, leagueSql, reviewOutcomesSql, trendSql, volumeByAgencySql } from './overview-sql';
import { flagCountsSql, flagHeatmapSql, flagListSql, flagTotalSql } from './flags-sql';
import { cohortRowsSql, agencyListSql, agencyReportsSql, cohortMedianSql, compareSql, coverageSql, peerSummarySql, reportCellsSql, reportFlagsSql, reportSql, reportTextsSql } from './pages-sql';

const F = (p: Partial<Filters> = {}): Filters => ({ ...defaultFilters('sample'), ...p });

describe('filter clause (golden)', () => {
  it('is empty without filters', () => {
    expect(where(filterConditions(F()))).toBe('');
  });
  it('quotes values and orders conditions', () => {
    expect(where(filterConditions(F({ years: [2020, 2021], province: "江苏'省", level: '市', format: '2021' }))))
      .toBe("WHERE r.year BETWEEN 2020 AND 2021 AND r.province = '江苏''省' AND r.level = '市' AND r.format = '2021'");
    expect(lit("a'b")).toBe("'a''b'");
  });
  it('KPI SQL', () => {
    expect(kpiSql(F({ kind: '部门' }))).toBe(`SELECT
  count(DISTINCT r.agency_id)::INTEGER AS agencies,
  count(*)::INTEGER AS reports,
  sum(r.new_received)::DOUBLE AS new_received,
  sum(r.granted + r.partial)::DOUBLE AS granted_or_partial,
  sum(r.total_processed) FILTER (WHERE r.granted IS NOT NULL AND r.partial IS NOT NULL)::DOUBLE AS grant_base,
  sum(r.review_total)::DOUBLE AS review_total,
  sum(r.review_corrected) FILTER (WHERE r.review_total IS NOT NULL)::DOUBLE AS review_corrected,
  sum(r.review_total) FILTER (WHERE r.review_corrected IS NOT NULL)::DOUBLE AS review_base,
  sum(r.litigation_total)::DOUBLE AS litigation_total,
  sum(r.litigation_corrected) FILTER (WHERE r.litigation_total IS NOT NULL)::DOUBLE AS litigation_corrected,
  sum(r.litigation_total) FILTER (WHERE r.litigation_corrected IS NOT NULL)::DOUBLE AS litigation_base,
  count(*) FILTER (WHERE r.flags_error > 0)::INTEGER AS reports_with_errors
FROM reports r
WHERE r.kind = '部门'`);
  });
  it('flag list SQL: filters on the joined CTE, most severe first, paged', () => {
    const sql = flagListSql(F({ city: '淮安市' }), { rule: 'T3-1', severity: null, agency: 'A1' }, 50, 100);
    expect(sql.slice(sql.indexOf('SELECT fl.report_id'))).toBe(`SELECT fl.report_id, fl.agency_id, fl.agency_name, fl.year::INTEGER AS year, fl.rule, fl.severity, fl.cells,
  fl.expected, fl.actual, fl.message, fl.message_en, fl.province, fl.city, fl.county
FROM fl
WHERE fl.city = '淮安市' AND fl.rule = 'T3-1' AND fl.agency_id = 'A1'
ORDER BY CASE fl.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, fl.year DESC, fl.agency_name, fl.rule, fl.report_id
LIMIT 50 OFFSET 100`);
    expect(() => flagListSql(F(), {}, 1.5)).toThrow();
  });
  it('coverage SQL uses the filter years as span', () => {
    expect(coverageSql(F({ years: [2020, 2021], province: '江苏省' }))).toContain(
      "WITH span AS (SELECT 2020 AS y0, 2021 AS y1),\nyrs AS (SELECT unnest(generate_series(y0, y1))::INTEGER AS year FROM span),\nag AS (SELECT a.agency_id, a.name, a.region, a.level, a.kind FROM agencies a WHERE a.province = '江苏省')"
    );
  });
});

// Fixture: A1 city government (2 reports), A2 city department (1), A3 county government (1, none in 2021).
const AG = `INSERT INTO agencies (agency_id, name, province, city, county, region, level, kind) VALUES
 ('A1', '淮安市人民政府', '江苏省', '淮安市', NULL, '淮安市', '市', '人民政府'),
 ('A2', '淮安市商务局', '江苏省', '淮安市', NULL, '淮安市', '市', '部门'),
 ('A3', '平潭县人民政府', '福建省', '福州市', '平潭县', '平潭县', '县', '人民政府')`;
const REP = `INSERT INTO reports (report_id, agency_id, agency_name, province, city, county, region, level, kind, year, format,
  published, deadline, days_late, new_received, carried_over, total_processed, granted, partial, denied, unable, not_processed, other,
  carried_forward, new_natural_person, new_commercial, new_research, new_social_welfare, new_legal_service, new_other_org,
  review_total, review_corrected, litigation_total, litigation_corrected, license_decisions, penalty_decisions, coercion_decisions,
  flags_error, flags_warning, flags_info) VALUES
 ('R1', 'A1', '淮安市人民政府', '江苏省', '淮安市', NULL, '淮安市', '市', '人民政府', 2020, '2019', '2021-03-20', '2021-03-31', 0,
   100, 10, 104, 60, 20, 4, 10, 6, 4, 6, 90, 5, 0, 0, 5, 0, 4, 1, 2, 0, 30, 40, 2, 0, 1, 0),
 ('R2', 'A1', '淮安市人民政府', '江苏省', '淮安市', NULL, '淮安市', '市', '人民政府', 2021, '2021', '2022-04-02', '2022-03-31', 2,
   200, 6, 200, 100, 50, 10, 20, 10, 10, 6, 180, 10, 0, 0, 10, 0, 6, 3, 4, 1, 10, NULL, 0, 0, 1, 0),
 ('R3', 'A2', '淮安市商务局', '江苏省', '淮安市', NULL, '淮安市', '市', '部门', 2021, '2021', '2022-01-20', '2022-01-31', 0,
   0, 0, 3, 1, NULL, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 2, 0, 1),
 ('R4', 'A3', '平潭县人民政府', '福建省', '福州市', '平潭县', '平潭县', '县', '人民政府', 2020, '2019', NULL, '2021-03-31', NULL,
   23, 0, 23, 20, 0, 0, 3, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`;
const FLAGS = `INSERT INTO flags (report_id, agency_id, year, rule, severity, cells, expected, actual, message, message_en) VALUES
 ('R3', 'A2', 2021, 'T3-1', 'error', '["t3.new_received.total","t3.carried_over.total","t3.total_processed.total","t3.carried_forward.total"]', '0', '3', 'm', 'm'),
 ('R3', 'A2', 2021, 'T3-2', 'error', '["t3.total_processed.total"]', '3', '1', 'm', 'm'),
 ('R1', 'A1', 2020, 'LATE', 'warning', '["published"]', NULL, NULL, 'm', 'm'),
 (NULL, 'A3', 2021, 'MISSING-REPORT', 'warning', '[]', NULL, NULL, 'm', 'm')`;
const T4 = `INSERT INTO t4_cells (report_id, year, grp, outcome, value) VALUES
 ('R1', 2020, 'review', 'upheld', 3), ('R1', 2020, 'review', 'corrected', 1), ('R1', 2020, 'review', 'total', 4),
 ('R2', 2021, 'review', 'corrected', 3), ('R2', 2021, 'review', 'total', 6), ('R2', 2021, 'lit_direct', 'pending', 4)`;

let conn: DuckDBConnection;
const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
const one = async (sql: string) => (await rows(sql))[0];

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  for (const [name, cols] of Object.entries(TABLES)) {
    await conn.run(`CREATE TABLE ${name} (${cols.map(([c, t]) => `"${c}" ${t}`).join(', ')})`);
  }
  for (const s of [AG, REP, FLAGS, T4]) await conn.run(s);
  await conn.run(`INSERT INTO t3_cells (report_id, year, "row", col, value) VALUES ('R1', 2020, 'granted', 'total', 60)`);
  await conn.run(`INSERT INTO texts (report_id, section, text) VALUES ('R1', 'full', '正文')`);
});
afterAll(() => conn?.closeSync());

describe('SQL builders on native DuckDB', () => {
  it('KPIs', async () => {
    const k = await one(kpiSql(F()));
    expect(k).toMatchObject({ agencies: 3, reports: 4, new_received: 323, reports_with_errors: 1 });
    // R3 has partial NULL: left out of numerator and base. (60+20)+(100+50)+(20+0) = 250 over 104+200+23 = 327
    expect(k.granted_or_partial).toBe(250);
    expect(k.grant_base).toBe(327);
    expect(k).toMatchObject({ review_total: 10, review_corrected: 4, litigation_total: 6, litigation_corrected: 1 });
    const k2 = await one(kpiSql(F({ years: [2021, 2021] })));
    expect(k2).toMatchObject({ agencies: 2, reports: 2, new_received: 200 });
  });

  it('volume, trend, decisions, league', async () => {
    expect((await rows(volumeByAgencySql(F()))).map((r) => [r.agency_id, r.new_received])).toEqual([['A1', 300], ['A3', 23], ['A2', 0]]);
    expect(await rows(reportsPerYearSql(F({ province: '江苏省' })))).toEqual([
      { year: 2020, format: '2019', n: 1 }, { year: 2021, format: '2021', n: 2 }
    ]);
    const t = await rows(trendSql(F()));
    expect(t.map((r) => [r.year, r.reports, r.new_received, r.granted])).toEqual([[2020, 2, 123, 80], [2021, 2, 200, 101]]);
    const d = await rows(decisionsByAgencySql(F(), 2));
    expect(d.map((r) => [r.agency_id, r.license_decisions, r.penalty_decisions])).toEqual([['A1', 40, 40], ['A2', 5, 5]]);
    const l = await rows(leagueSql(F({ province: '江苏省' })));
    expect(l[0]).toMatchObject({ agency_id: 'A1', reports: 2, first_year: 2020, last_year: 2021, latest_report_id: 'R2', late_reports: 1, new_received: 300 });
    expect(l[0].grant_rate).toBeCloseTo(230 / 304);
    expect(l[1]).toMatchObject({ agency_id: 'A2', flags_error: 2, grant_rate: null });
  });

  it('review outcomes and filter options', async () => {
    const r = await rows(reviewOutcomesSql(F()));
    expect(r).toEqual([
      { grp: 'lit_direct', outcome: 'pending', value: 4 },
      { grp: 'review', outcome: 'corrected', value: 4 },
      { grp: 'review', outcome: 'upheld', value: 3 }
    ]);
    const o = await rows(filterOptionsSql(F({ province: '福建省' })));
    expect(o.filter((x) => x.k === 'city').map((x) => x.v)).toEqual(['福州市']);
    expect(o.filter((x) => x.k === 'province').map((x) => x.v)).toEqual(['江苏省', '福建省']);
    expect(o.filter((x) => x.k === 'year')).toEqual([{ k: 'year', v: '2020', n: 2 }, { k: 'year', v: '2021', n: 2 }]);
  });

  it('flags: heatmap, counts, list, total, including a flag without report', async () => {
    const h = await rows(flagHeatmapSql(F()));
    expect(h.map((x) => [x.agency_id, x.rule, x.n])).toEqual([['A3', 'MISSING-REPORT', 1], ['A1', 'LATE', 1], ['A2', 'T3-1', 1], ['A2', 'T3-2', 1]]);
    const c = await rows(flagCountsSql(F({ province: '江苏省' }), { rule: 'T3-1' }));
    expect(c.reduce((s, x) => s + (x.n as number), 0)).toBe(3);
    const l = await rows(flagListSql(F(), { severity: 'error' }, 10));
    expect(l.map((x) => x.rule)).toEqual(['T3-1', 'T3-2']);
    expect(await one(flagTotalSql(F({ level: '县' }), {}))).toEqual({ n: 1 });
  });

  it('compare and cohort medians', async () => {
    const c = await rows(compareSql(F(), ['A1', 'A2']));
    expect(c.map((x) => [x.agency_id, x.year, x.new_received])).toEqual([['A1', 2020, 100], ['A1', 2021, 200], ['A2', 2021, 0]]);
    expect(c[0].grant_rate).toBeCloseTo(80 / 104);
    const m = await rows(cohortMedianSql(F(), ['A1']));
    // Cohort 市/人民政府 = A1 only.
    expect(m.map((x) => [x.level, x.kind, x.year, x.agencies, x.new_received])).toEqual([['市', '人民政府', 2020, 1, 100], ['市', '人民政府', 2021, 1, 200]]);
    const cr = await rows(cohortRowsSql(F(), ['A3']));
    expect(cr.map((x) => [x.agency_id, x.year, x.new_received])).toEqual([['A3', 2020, 23]]);
    expect((await rows(agencyListSql(F({ level: '市' })))).map((x) => x.agency_id)).toEqual(['A1', 'A2']);
  });

  it('agency, report and peer queries', async () => {
    expect((await rows(agencyReportsSql('A1'))).map((x) => x.report_id)).toEqual(['R1', 'R2']);
    expect(await one(reportSql('R2'))).toMatchObject({ report_id: 'R2', published: '2022-04-02', deadline: '2022-03-31', days_late: 2 });
    const cells = reportCellsSql('R1');
    expect(await rows(cells.t3)).toEqual([{ row: 'granted', col: 'total', value: 60, provenance: null }]);
    expect((await rows(cells.t4)).length).toBe(3);
    expect(await rows(cells.t2)).toEqual([]);
    expect((await rows(reportFlagsSql('R3'))).map((x) => x.rule)).toEqual(['T3-1', 'T3-2']);
    expect(await rows(reportTextsSql('R1'))).toEqual([{ section: 'full', text: '正文' }]);
    expect(await one(peerSummarySql(2020, '市', '人民政府'))).toMatchObject({ reports: 1, new_received_median: 100 });
  });

  it('coverage: on time, late, unknown and missing', async () => {
    const c = await rows(coverageSql(F()));
    expect(c.map((x) => [x.agency_id, x.year, x.status])).toEqual([
      ['A3', 2020, 'unknown'], ['A3', 2021, 'missing'],
      ['A1', 2020, 'on_time'], ['A1', 2021, 'late'],
      ['A2', 2020, 'missing'], ['A2', 2021, 'on_time']
    ]);
  });
});
