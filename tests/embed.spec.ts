import { test, expect } from './fixtures';
import { EMBEDS, chartAvailable, type EmbedChart } from '../src/lib/embed/registry';
import { parseEmbedRequest } from '../src/lib/embed/params';
import { embedView, exampleParams } from '../src/lib/embed/view-model';
import { embedRows, type EmbedData } from '../src/lib/embed/embed-data';
import { ensureEmbedData, serveCoarseEmbedData, startHost } from './embed-helpers';
import { measureEmbed, EMBED_BUDGET_BYTES } from '../scripts/measure-embed-bytes.mjs';

let sample: { table: string; title: string; data: EmbedData };
let host: Awaited<ReturnType<typeof startHost>>;
test.beforeAll(async () => {
  sample = await ensureEmbedData();
  host = await startHost();
});
test.afterAll(async () => host?.close());

const available = (e: EmbedChart) => chartAvailable(e, sample.data);
/** The chart's query string on the sample: filters plus example agencies for the compare and agency charts. */
const query = (e: EmbedChart, filters = 'years=2019-2025') => {
  const q = new URLSearchParams(filters);
  const p = exampleParams(e, sample.data);
  if (p.agency) q.set('agency', p.agency);
  if (p.agencies) q.set('agencies', p.agencies.join(','));
  return q.toString();
};

for (const e of EMBEDS) {
  test(`embed ${e.id} renders in a foreign page's iframe, links back and reports its height`, async ({ page, baseURL, watch }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(`${host.origin}/?src=${encodeURIComponent(`${origin}/embed/${e.id}?${query(e)}`)}`);
    const frame = page.frameLocator('#embed');
    const embed = frame.getByTestId('embed');
    await expect(embed).toHaveAttribute('data-embed', e.id);
    if (!available(e)) {
      await expect(frame.getByTestId('embed-error')).toContainText('不含此图');
      return;
    }
    await expect(embed.locator('[data-chart]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await expect(embed.locator('[data-chart]')).toHaveAttribute('data-state', 'chart');
    await expect(embed.locator('canvas').first()).toBeVisible();
    const req = parseEmbedRequest(e.id, new URLSearchParams(query(e)), 'sample');
    if (!req.ok) throw new Error(req.message);
    const view = embedView(req, sample.data, 'zh');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(view.title);
    if (e.params?.includes('agency')) expect(view.title).toContain(String(embedRows(sample.data).find((r) => r.agency_id === req.params.agency)?.agency_name));
    await expect(frame.getByTestId('embed-dataset')).toHaveText(sample.title);
    await expect(embed).toContainText(/数据日期 \d{4}-\d{2}-\d{2}/);
    const link = frame.getByRole('link', { name: '查看完整图表' });
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(`${origin}${view.view.split('?')[0]}`);
    if (e.filtered === false) {
      // The agency page is about one agency: the global filters do not apply.
      await expect(frame.getByTestId('embed-filters')).toHaveCount(0);
    } else {
      await expect(embed).toContainText('2019–2025');
      expect(href.searchParams.get('years')).toBe('2019-2025');
    }
    if (e.params?.includes('agencies')) expect(href.searchParams.get('agencies')).toBe(req.params.agencies.join(','));
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
  const e = EMBEDS.find((x) => available(x))!;
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
    const r = await measureEmbed(page, `${baseURL}/embed/${e.id}?${query(e, '')}`);
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
  // Charts with page parameters get example agencies of the dataset in their snippet, and their preview draws.
  for (const id of ['compare', 'agency-trend']) {
    const e = EMBEDS.find((x) => x.id === id)!;
    const snippet = await page.locator(`[data-embed="${id}"] textarea`).inputValue();
    expect(snippet).toContain(`<iframe src="${baseURL}/embed/${id}?${query(e, 'dataset=sample').replace(/&/g, '&amp;')}"`);
    const frame = page.frameLocator(`[data-embed="${id}"] iframe`);
    await page.locator(`[data-embed="${id}"] iframe`).scrollIntoViewIfNeeded();
    await expect(frame.locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  }
  const e = EMBEDS.find((x) => available(x))!;
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

test('grouped embed data without county/city: a county or city filter shows a message, not an empty chart', async ({ page, watch }) => {
  const coarse = await serveCoarseEmbedData('sample-coarse');
  expect(coarse.columns).not.toContain('county');
  const county = embedRows(sample.data).find((r) => r.county)!;
  await page.goto(`/embed/trend?dataset=sample-coarse&county=${encodeURIComponent(String(county.county))}`);
  await expect(page.getByTestId('embed-error')).toContainText('不能按县筛选');
  await expect(page.getByTestId('embed').locator('canvas')).toHaveCount(0);
  await page.goto(`/embed/review?dataset=sample-coarse&city=${encodeURIComponent(String(county.city))}`);
  await expect(page.getByTestId('embed-error')).toContainText('不能按市筛选');
  // A province filter the groups keep still draws; agency-level charts say why they cannot.
  await page.goto(`/embed/review?dataset=sample-coarse&province=${encodeURIComponent(String(county.province))}`);
  await expect(page.getByTestId('embed').locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  await page.goto(`/embed/coverage?dataset=sample-coarse`);
  await expect(page.getByTestId('embed-error')).toContainText('只含分组汇总');
  expect(watch.pageErrors).toEqual([]);
});

test('grouped embed data: the agency and compare embeds read only their agencies\' shard files', async ({ page, browser, baseURL, watch }) => {
  const coarse = await serveCoarseEmbedData('sample-coarse');
  expect(coarse.agency_shards?.count).toBeGreaterThan(1);
  const agency = exampleParams(EMBEDS.find((x) => x.id === 'agency-trend')!, sample.data).agency!;
  const name = embedRows(sample.data).find((r) => r.agency_id === agency)!.agency_name;
  await page.goto(`/embed/agency-trend?dataset=sample-coarse&agency=${agency}`);
  await expect(page.getByTestId('embed').locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} · 年度趋势`);
  const shardFiles = () => watch.requests.filter((u) => u.includes('/sample-coarse/embed/agencies/'));
  expect(shardFiles()).toHaveLength(1);
  // Compare: the chosen agencies' rows; a place filter means no exact peer median, said under the chart.
  const ids = exampleParams(EMBEDS.find((x) => x.id === 'compare')!, sample.data).agencies!;
  await page.goto(`/embed/compare?dataset=sample-coarse&agencies=${ids.join(',')}&province=${encodeURIComponent(String(embedRows(sample.data)[0].province))}`);
  await expect(page.getByTestId('embed').locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  await expect(page.getByTestId('embed-note')).toContainText('同类中位数');
  const fresh = await browser.newContext();
  const r = await measureEmbed(await fresh.newPage(), `${baseURL}/embed/compare?dataset=sample-coarse&agencies=${ids.join(',')}`);
  await fresh.close();
  expect(r.heavy).toEqual([]);
  expect(r.files.some((f: { url: string }) => f.url.includes('/embed/agencies/'))).toBe(true);
  expect(r.gzip).toBeLessThanOrEqual(EMBED_BUDGET_BYTES);
  expect(watch.pageErrors).toEqual([]);
});

test('the compare, agency and coverage pages offer 嵌入 with their parameters in the snippet', async ({ page, watch }) => {
  const ids = exampleParams(EMBEDS.find((x) => x.id === 'compare')!, sample.data).agencies!;
  await page.goto(`/compare?agencies=${ids.join(',')}&metric=grant_rate&years=2019-2025`);
  let panel = page.locator('[data-panel="compare"]');
  await expect(panel.locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  await panel.getByRole('button', { name: '嵌入' }).click();
  await expect(panel.getByTestId('embed-snippet')).toHaveValue(
    new RegExp(`/embed/compare\\?dataset=sample&amp;years=2019-2025&amp;agencies=${ids.join('%2C')}&amp;metric=grant_rate"`)
  );
  let preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('公开率 · 分年度对比');

  const agency = exampleParams(EMBEDS.find((x) => x.id === 'agency-trend')!, sample.data).agency!;
  await page.goto(`/agency/${agency}?province=${encodeURIComponent('福建省')}`);
  for (const name of ['agency-trend', 'agency-outcomes']) {
    panel = page.locator(`[data-panel="${name}"]`);
    await expect(panel.locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
    await panel.getByRole('button', { name: '嵌入' }).click();
    // Only the dataset and the agency: the agency page does not apply the global filters.
    await expect(panel.getByTestId('embed-snippet')).toHaveValue(new RegExp(`/embed/${name}\\?dataset=sample&amp;agency=${agency}"`));
    preview = page.frameLocator(`[data-panel="${name}"] [data-testid="embed-preview"]`);
    await expect(preview.locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
    await panel.getByRole('button', { name: '关闭' }).click();
    await expect(panel.getByTestId('embed-dialog')).toBeHidden();
  }

  await page.goto('/coverage?years=2019-2024');
  panel = page.locator('[data-panel="coverage"]');
  await expect(panel.locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  await panel.getByRole('button', { name: '嵌入' }).click();
  await expect(panel.getByTestId('embed-snippet')).toHaveValue(/\/embed\/coverage\?dataset=sample&amp;years=2019-2024"/);
  preview = page.frameLocator('[data-panel="coverage"] [data-testid="embed-preview"]');
  await expect(preview.locator('[data-chart]')).toHaveAttribute('data-state', 'chart', { timeout: 60_000 });
  expect(watch.pageErrors).toEqual([]);
});
