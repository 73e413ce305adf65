import { test, expect } from './fixtures';
import { EMBEDS } from '../src/lib/embed/registry';
import { ensureEmbedData, startHost } from './embed-helpers';
import { measureEmbed, EMBED_BUDGET_BYTES } from '../scripts/measure-embed-bytes.mjs';

let sample: { table: string; title: string };
let host: Awaited<ReturnType<typeof startHost>>;
test.beforeAll(async () => {
  sample = await ensureEmbedData();
  host = await startHost();
});
test.afterAll(async () => host?.close());

const available = (needs: string) => needs === 'any' || sample.table === 'reports';

for (const e of EMBEDS) {
  test(`embed ${e.id} renders in a foreign page's iframe, links back and reports its height`, async ({ page, baseURL, watch }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(`${host.origin}/?src=${encodeURIComponent(`${origin}/embed/${e.id}?years=2019-2025`)}`);
    const frame = page.frameLocator('#embed');
    const embed = frame.getByTestId('embed');
    await expect(embed).toHaveAttribute('data-embed', e.id);
    if (!available(e.needs)) {
      await expect(frame.getByTestId('embed-error')).toContainText('不含此图');
      return;
    }
    await expect(embed.locator('[data-chart]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await expect(embed.locator('[data-chart]')).toHaveAttribute('data-state', 'chart');
    await expect(embed.locator('canvas').first()).toBeVisible();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(e.title);
    await expect(frame.getByTestId('embed-dataset')).toHaveText(sample.title);
    await expect(embed).toContainText(/数据日期 \d{4}-\d{2}-\d{2}/);
    await expect(embed).toContainText('2019–2025');
    const link = frame.getByRole('link', { name: '查看完整图表' });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${origin}/\\?.*years=2019-2025`));
    // No app chrome inside the embed.
    await expect(frame.locator('.site-header')).toBeHidden();
    // The data-table twin.
    await frame.getByText('数据表', { exact: true }).click();
    expect(await embed.locator('table tbody tr').count()).toBeGreaterThan(0);

    // Height messages reach the host, from the embed's origin; they follow the iframe's size.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __heights: unknown[] }).__heights.length)).toBeGreaterThan(0);
    const heights = () => page.evaluate(() => (window as unknown as { __heights: { origin: string; height: number }[] }).__heights);
    const first = (await heights()).at(-1)!;
    expect(first.origin).toBe(origin);
    expect(first.height).toBeGreaterThan(200);
    const before = (await heights()).length;
    await page.evaluate(() => {
      const f = document.getElementById('embed') as HTMLIFrameElement;
      f.style.width = '360px';
      f.style.height = '900px';
    });
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(before);
    expect((await heights()).at(-1)!.height).not.toBe(first.height);

    expect(watch.requests.filter((u) => /duckdb|parquet_wasm|\.parquet$/.test(u))).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
}

test('dark theme', async ({ page }) => {
  const e = EMBEDS.find((x) => available(x.needs))!;
  await page.goto(`/embed/${e.id}?theme=dark`);
  const embed = page.getByTestId('embed');
  await expect(embed).toHaveAttribute('data-theme', 'dark');
  await expect(embed.locator('[data-chart]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const bg = await embed.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(22, 25, 29)');
});

test('hostile parameters are shown as text or refused; no script runs, no dialog opens', async ({ page, baseURL, watch }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const long = 'x'.repeat(10_000);
  const img = '"><img src=x onerror="alert(1);window.__pwned=1">';
  const script = '<script>alert(1);window.__pwned=1</script>';
  const sqlText = "trend'; DROP TABLE reports; --";
  const cases: [string, RegExp | string][] = [
    [`/embed/${encodeURIComponent('<script>alert(1)')}`, '没有名为'],
    // Path segments without dots: a static host serves a dotted path as a file (404), not the app.
    [`/embed/${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, '没有名为'],
    [`/embed/${encodeURIComponent(sqlText)}`, '没有名为'],
    [`/embed/${long}`, '没有名为'],
    ['/embed/no-such-chart', '没有名为“no-such-chart”'],
    [`/embed/trend?city=${long}`, '过长'],
    [`/embed/reports-per-year?province=${encodeURIComponent(img)}&theme=${encodeURIComponent(script)}&lang=${encodeURIComponent(img)}`, ''],
    [`/embed/reports-per-year?county=${encodeURIComponent(sqlText)}&dataset=${encodeURIComponent('../../etc/passwd')}`, '']
  ];
  for (const [path, message] of cases) {
    await page.goto(`${baseURL}${path}`);
    const embed = page.getByTestId('embed');
    await expect(embed).toBeVisible();
    if (message) await expect(page.getByTestId('embed-error')).toContainText(message);
    else {
      // A filter that matches nothing: an empty chart, the hostile value shown as plain text.
      await expect(embed.locator('[data-chart]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
      await expect(embed.locator('[data-chart]')).toHaveAttribute('data-state', 'empty');
      await expect(page.getByTestId('embed-filters')).toContainText(path.includes('province') ? img : sqlText);
    }
    if (path.includes(encodeURIComponent('<script>')) && message) await expect(page.getByTestId('embed-error')).toContainText('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }
  expect(dialogs).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

test('every embed transfers under the byte budget and never loads DuckDB or parquet-wasm', async ({ browser, baseURL }) => {
  for (const e of EMBEDS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const r = await measureEmbed(page, `${baseURL}/embed/${e.id}`);
    await context.close();
    expect(r.heavy, e.id).toEqual([]);
    expect(r.gzip, `${e.id}: ${r.gzip} B gzip`).toBeLessThanOrEqual(EMBED_BUDGET_BYTES);
    expect(r.files.some((f: { url: string }) => f.url.endsWith('/embed/data.json'))).toBe(true);
  }
});

test('/embed lists every chart with its snippet; the 嵌入 dialog shows a snippet and a live preview', async ({ page, baseURL }) => {
  await page.goto('/embed');
  const items = page.getByTestId('embed-item');
  await expect(items).toHaveCount(EMBEDS.length);
  for (const e of EMBEDS) await expect(page.locator(`[data-embed="${e.id}"] textarea`)).toHaveValue(new RegExp(`<iframe src="${baseURL}/embed/${e.id}`));
  const e = EMBEDS.find((x) => available(x.needs))!;
  await page.locator(`[data-embed="${e.id}"]`).getByTestId('embed-open-dialog').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('embed-snippet')).toHaveValue(new RegExp(`<iframe src="${baseURL}/embed/${e.id}\\?dataset=sample"`));
  await dialog.getByLabel('深色').check();
  await expect(dialog.getByTestId('embed-snippet')).toHaveValue(/theme=dark/);
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByTestId('embed')).toHaveAttribute('data-theme', 'dark');
  await expect(preview.locator('[data-chart]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
});
