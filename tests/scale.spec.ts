// Scale (not timed): a 100,000-report synthetic dataset (合成数据, `gongkai generate --agencies 20000 --years 2020-2024`)
// loads in the overview (/), and its KPI tiles and yearly trend equal native DuckDB over the same Parquet files,
// unfiltered and filtered. The dataset is generated into build/datasets/ci100k (served by the test server as-is,
// not listed in index.json) unless a copy with the same generator settings is already there.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { test, expect, chartReady } from './fixtures';
import { LEAGUE_LIMIT } from '../src/lib/dashboard/overview-queries';

const NAME = 'ci100k';
const DIR = join(process.cwd(), 'build/datasets', NAME);
const AGENCIES = 20_000;
const YEARS: [number, number] = [2020, 2024];

function ensureDataset(): void {
  const path = join(DIR, 'manifest.json');
  if (existsSync(path)) {
    const g = JSON.parse(readFileSync(path, 'utf8')).generator ?? {};
    if (g.agencies === AGENCIES && g.seed === 7 && String(g.years) === String(YEARS)) return;
  }
  execFileSync(process.execPath, ['bin/gongkai.mjs', 'generate', '--agencies', String(AGENCIES), '--years', YEARS.join('-'), '--seed', '7', '--out', DIR, '--no-index', '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit']
  });
}

let con: DuckDBConnection;


async function native(sql: string): Promise<Record<string, number>[]> {
  const rows = (await con.runAndReadAll(sql)).getRowObjectsJS();
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : (v as number)])));
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  ensureDataset();
  const m = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
  con = await (await DuckDBInstance.create(':memory:')).connect();
  const files = m.tables.reports.files.map((f: { path: string }) => `'${join(DIR, f.path).replaceAll("'", "''")}'`).join(', ');
  await con.run(`CREATE VIEW reports AS SELECT * FROM read_parquet([${files}])`);
});

const KPI_SQL = (where: string) => `SELECT count(DISTINCT agency_id)::INTEGER AS agencies, count(*)::INTEGER AS reports,
  sum(new_received)::DOUBLE AS new_received, sum(review_total)::DOUBLE AS review, sum(litigation_total)::DOUBLE AS litigation,
  count(*) FILTER (WHERE flags_error > 0)::INTEGER AS errors
FROM reports ${where}`;

async function expectKpis(page: import('@playwright/test').Page, where: string) {
  const [k] = await native(KPI_SQL(where));
  expect(k.reports).toBeGreaterThan(0);
  for (const key of ['reports', 'agencies', 'new_received', 'review', 'litigation', 'errors']) {
    await expect(page.locator(`[data-kpi="${key}"] .value`)).toHaveAttribute('data-value', String(k[key]), { timeout: 120_000 });
  }
}

test('scale: 100,000 synthetic reports in the overview equal native DuckDB', async ({ page }) => {
  test.setTimeout(240_000);
  const [{ n }] = await native('SELECT count(*)::INTEGER AS n FROM reports');
  expect(n).toBeGreaterThanOrEqual(90_000);

  // The overview reads the summary tables: no file of `reports` (or its 表四 cells) is fetched.
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`/?dataset=${NAME}`);
  await expectKpis(page, '');
  await expect(page.getByText('合成数据').first()).toBeVisible();
  for (const kind of ['trend', 'stacked', 'top-n-bar']) await chartReady(page, kind);

  // The trend chart's data-table twin: one row per year, the reports of that year as native DuckDB counts them.
  const years = await native('SELECT year::INTEGER AS year, count(*)::INTEGER AS reports FROM reports GROUP BY year ORDER BY year');
  const panel = page.locator('[data-panel="trend"]');
  await panel.locator('details summary').click();
  await expect(panel.locator('details table tbody tr')).toHaveCount(years.length);
  await expect(panel.locator('details table tbody tr').first()).toContainText(String(years[0].year));

  // A filter (year + level) through the URL the filter bar writes: the tiles follow.
  const [{ level }] = (await con.runAndReadAll(`SELECT level FROM reports WHERE level IS NOT NULL GROUP BY level ORDER BY count(*) DESC LIMIT 1`)).getRowObjectsJS() as { level: string }[];
  await page.goto(`/?dataset=${NAME}&years=${YEARS[1]}&level=${encodeURIComponent(level)}`);
  const where = `WHERE year = ${YEARS[1]} AND level = '${level.replaceAll("'", "''")}'`;
  await expectKpis(page, where);

  // League: the number of agencies matching, and the first rows in the default order (most 本年新收 first).
  const league = await native(`SELECT agency_id, sum(new_received)::DOUBLE AS v, count(*) OVER ()::INTEGER AS total FROM reports ${where}
    GROUP BY agency_id ORDER BY v DESC NULLS LAST, agency_id LIMIT 3`);
  await expect(page.locator('[data-league-total]')).toHaveAttribute('data-league-total', String(league[0].total));
  expect(league[0].v).toBeGreaterThan(league[1].v);
  await expect(page.locator('table[data-league] tbody tr').first()).toHaveAttribute('data-agency', String(league[0].agency_id));
  expect(await page.locator('table[data-league] tbody tr').count()).toBe(Math.min(LEAGUE_LIMIT, league[0].total));

  expect(fetched.filter((p) => p.startsWith(`/datasets/${NAME}/`)).some((p) => p.includes('/summary_'))).toBe(true);
  expect(fetched.filter((p) => /\/(reports|t4_cells)\//.test(p))).toEqual([]);
});
