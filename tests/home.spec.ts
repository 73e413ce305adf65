import { test, expect, chartReady } from './fixtures';

test('home page draws the reports-per-year chart from Parquet, same-origin only, without console errors', async ({ page, watch, baseURL }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('年度报告');
  const chart = await chartReady(page, 'reports-per-year');
  await expect(chart.locator('canvas')).toHaveCount(1);
  // First painted from the rows precomputed with the dataset; then the live query over the Parquet replaces them.
  await expect(page.locator('[data-panel="reports-per-year"]')).not.toHaveAttribute('data-seeded', 'true');
  const box = await chart.boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  expect(box!.height).toBeGreaterThan(200);

  await expect(page.locator('[data-dataset-label="real"]')).toHaveText('真实数据');
  await expect(page.getByText(/来源文件 \d+ 份/)).toBeVisible();

  const origin = new URL(baseURL!).origin;
  const foreign = watch.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
  expect(foreign, 'requests to other origins').toEqual([]);
  // The data really came from the dataset's Parquet file, and DuckDB's wasm from our origin.
  expect(watch.requests.some((u) => /\/datasets\/sample\/.+\.parquet$/.test(u))).toBe(true);
  expect(watch.requests.some((u) => /duckdb-(eh|mvp)[^/]*\.wasm$/.test(u))).toBe(true);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

test('with every non-local request blocked the chart is still drawn', async ({ page, context, watch }) => {
  const blocked: string[] = [];
  await context.route('**', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto('/');
  await chartReady(page, 'reports-per-year');
  expect(blocked).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

test('a missing dataset shows a clear error instead of breaking the page', async ({ page }) => {
  await page.route('**/datasets/sample/manifest.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('manifest.json');
  await expect(page.getByRole('alert')).toContainText('404');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
