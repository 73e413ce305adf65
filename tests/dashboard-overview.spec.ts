// The overview (/) on datasets/sample: KPI tiles and the league table against native DuckDB, every chart drawn,
// the language switch, and filters that survive a reload.
import { test, expect, chartReady } from './fixtures';
import { expectClean, native, originOf } from './dashboard-native';
import { formatNumber } from '../src/lib/format/number';

const KINDS = ['top-n-bar', 'trend', 'stacked', 'applicant-mix', 'grouped-bar', 'review-outcomes', 'heatmap'];

test('overview: KPI tiles equal native DuckDB and every chart is drawn', async ({ page, watch }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  for (const kind of KINDS) await chartReady(page, kind);

  const [k] = await native<Record<string, number>>(`SELECT count(DISTINCT agency_id)::INTEGER AS agencies, count(*)::INTEGER AS reports,
      sum(new_received)::DOUBLE AS new_received,
      sum(granted + partial)::DOUBLE / sum(total_processed) FILTER (WHERE granted IS NOT NULL AND partial IS NOT NULL) AS grant_rate,
      sum(review_total)::DOUBLE AS review, sum(litigation_total)::DOUBLE AS litigation,
      count(*) FILTER (WHERE flags_error > 0)::INTEGER AS errors
    FROM reports`);
  for (const key of ['agencies', 'reports', 'new_received', 'review', 'litigation', 'errors']) {
    await expect(page.locator(`[data-kpi="${key}"] .value`)).toHaveAttribute('data-value', String(k[key]));
  }
  const rate = Number(await page.locator('[data-kpi="grant_rate"] .value').getAttribute('data-value'));
  expect(rate).toBeCloseTo(k.grant_rate, 9);
  await expect(page.locator('[data-kpi="grant_rate"] .value')).toHaveText(`${(k.grant_rate * 100).toFixed(1)}%`);

  // League table: one row per agency, 本年新收 per agency as native DuckDB sums it.
  const league = await native<{ agency_id: string; new_received: number | null }>(
    `SELECT agency_id, sum(new_received)::DOUBLE AS new_received FROM reports GROUP BY agency_id`
  );
  await expect(page.locator('[data-league] tbody tr')).toHaveCount(league.length);
  const top = league.filter((r) => r.new_received !== null).sort((a, b) => b.new_received! - a.new_received!)[0];
  await expect(page.locator('[data-league] tbody tr').first()).toHaveAttribute('data-agency', top.agency_id);

  // The volume chart's data-table twin lists the same agency first, with the same sum.
  const [topName] = await native<{ name: string }>(`SELECT arg_max(agency_name, year) AS name FROM reports WHERE agency_id = '${top.agency_id}'`);
  const panel = page.locator('[data-panel="volume"]');
  await panel.locator('details summary').click();
  const firstRow = panel.locator('details table tbody tr').first();
  await expect(firstRow).toContainText(topName.name);
  await expect(firstRow).toContainText(formatNumber(top.new_received, 'zh', { compact: false }));
  expectClean(watch, originOf(page));
});

test('first paint from the seeds while DuckDB is held back, then the live rows: the same numbers, nothing moves', async ({ page, watch }) => {
  // Hold every Parquet download until the seeded charts are checked.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*.parquet', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const panel = page.locator('[data-panel="trend"]');
  await expect(panel).toHaveAttribute('data-seeded', 'true');
  await chartReady(page, 'trend');
  await panel.locator('details summary').click();
  const rows = panel.locator('details table tbody tr');
  const years = await native<{ year: number; reports: number }>('SELECT year::INTEGER AS year, count(*)::INTEGER AS reports FROM reports GROUP BY year ORDER BY year');
  await expect(rows).toHaveCount(years.length);
  const seeded = await rows.allInnerTexts();
  expect(seeded[0]).toContain(String(years[0].year));
  await expect(page.locator('[data-kpi="reports"] .value')).toHaveAttribute('data-value', String(years.reduce((a, y) => a + y.reports, 0)));
  // The live queries are waiting on the held downloads.
  await expect.poll(() => watch.requests.some((u) => u.endsWith('.parquet'))).toBe(true);
  await expect(panel).toHaveAttribute('data-seeded', 'true');

  release();
  await expect(panel).not.toHaveAttribute('data-seeded', 'true', { timeout: 60_000 });
  await chartReady(page, 'trend');
  expect(await rows.allInnerTexts()).toEqual(seeded);
  expectClean(watch, originOf(page));
});

test('overview: search and sort of the league table live in the URL; filters survive reload', async ({ page, watch }) => {
  await page.goto('/');
  await expect(page.locator('[data-league] tbody tr').first()).toBeVisible({ timeout: 60_000 });
  await page.locator('[data-sort="flags_error"]').click();
  await expect(page).toHaveURL(/sort=-flags_error/);
  await page.locator('[data-league-search]').fill('平潭');
  await expect(page).toHaveURL(/q=%E5%B9%B3%E6%BD%AD/);
  const [{ n }] = await native<{ n: number }>(`SELECT count(DISTINCT agency_id)::INTEGER AS n FROM reports WHERE agency_name LIKE '%平潭%' OR region LIKE '%平潭%'`);
  await expect(page.locator('[data-league] tbody tr')).toHaveCount(n);

  await page.locator('select[name="format"]').selectOption('2021');
  await expect(page).toHaveURL(/format=2021/);
  const [k] = await native<{ reports: number }>(`SELECT count(*)::INTEGER AS reports FROM reports WHERE format = '2021'`);
  await expect(page.locator('[data-kpi="reports"] .value')).toHaveAttribute('data-value', String(k.reports));
  await page.reload();
  await expect(page.locator('select[name="format"]')).toHaveValue('2021');
  await expect(page.locator('[data-kpi="reports"] .value')).toHaveAttribute('data-value', String(k.reports));
  await expect(page.locator('[data-league-search]')).toHaveValue('平潭');
  await expect(page.locator('th[aria-sort="descending"] [data-sort="flags_error"]')).toBeVisible();
  expectClean(watch, originOf(page));
});

test('language switch: English labels, then back to 中文', async ({ page, watch }) => {
  await page.goto('/anomalies');
  await expect(page.getByRole('navigation').getByRole('link', { name: '问题清单' })).toBeVisible();
  await page.locator('button.gk-lang').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Anomalies' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anomalies');
  await page.locator('button.gk-lang').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('问题清单');
  expectClean(watch, originOf(page));
});

test('navigation keeps the chosen filters', async ({ page, watch }) => {
  await page.goto('/coverage?format=2021&level=%E5%B8%82');
  await expect(page.locator('[data-coverage]')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation').getByRole('link', { name: '问题清单' }).click();
  await expect(page).toHaveURL(/\/anomalies\?/);
  const params = new URL(page.url()).searchParams;
  expect(Object.fromEntries(params)).toEqual({ format: '2021', level: '市' });
  expectClean(watch, originOf(page));
});

test('every embeddable overview chart has a 嵌入 action whose snippet carries the current filters', async ({ page, watch }) => {
  await page.goto('/?format=2021');
  const panel = page.locator('[data-panel="trend"]');
  await expect(panel.locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  await panel.getByRole('button', { name: '嵌入' }).click();
  const dialog = panel.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('embed-snippet')).toHaveValue(/<iframe src="[^"]*\/embed\/trend\?dataset=sample&amp;format=2021"/);
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.locator('[data-chart]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  // The review and flags-heatmap charts have embed pages too (the embed data carries 表四 sums and flag counts).
  for (const name of ['review', 'flags-heatmap']) await expect(page.locator(`[data-panel="${name}"]`).getByRole('button', { name: '嵌入' })).toHaveCount(1);
  expectClean(watch, originOf(page));
});
