import { readFile } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { test, expect } from './fixtures';
import { nativeQuery, openConsole, sampleTable, setSql, settled } from './sql-helpers';

test('a typed query run with Ctrl+Enter shows the row count native DuckDB gives on the same Parquet', async ({ page, watch }) => {
  const t = await sampleTable();
  await openConsole(page);
  const content = page.getByTestId('sql-editor').locator('.cm-content');
  await content.click();
  await page.keyboard.type(`SELECT ${t.textColumn}, count(*) AS n FROM ${t.name} GROUP BY ${t.textColumn}`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Enter');
  expect(await settled(page)).toBe('ok');
  const expected = await nativeQuery(t, `SELECT ${t.textColumn}, count(*) AS n FROM ${t.name} GROUP BY ${t.textColumn}`);
  const result = page.getByTestId('sql-result');
  await expect(result).toHaveAttribute('data-rows', String(expected.length));
  await expect(page.getByTestId('sql-rowcount')).toHaveText(expected.length.toLocaleString('zh-CN'));

  await setSql(page, `SELECT count(*) AS n FROM ${t.name}`);
  await page.getByTestId('sql-run').click();
  expect(await settled(page)).toBe('ok');
  await expect(result.getByRole('cell').nth(1)).toHaveText(String(t.rows));
  expect(watch.pageErrors).toEqual([]);
});

test('a slow query can be cancelled and the console keeps working; DuckDB errors show inline', async ({ page, watch }) => {
  await openConsole(page);
  await setSql(page, 'SELECT sum(a.range * b.range) AS s FROM range(200000) a, range(200000) b');
  await page.getByTestId('sql-run').click();
  await expect(page.getByTestId('sql-status')).toHaveAttribute('data-status', 'running');
  await page.waitForTimeout(1500);
  const t0 = Date.now();
  await page.getByTestId('sql-cancel').click();
  expect(await settled(page)).toBe('cancelled');
  expect(Date.now() - t0).toBeLessThan(10_000);
  await expect(page.getByTestId('sql-status')).toContainText('已取消');

  await setSql(page, 'SELECT * FROM no_such_table');
  await page.getByTestId('sql-run').click();
  expect(await settled(page)).toBe('error');
  await expect(page.getByTestId('sql-error')).toContainText('no_such_table');
  await expect(page.getByTestId('sql-error')).toContainText(/Catalog Error/);

  await setSql(page, 'SELECT 40 + 2 AS answer');
  await page.getByTestId('sql-run').click();
  expect(await settled(page)).toBe('ok');
  await expect(page.getByTestId('sql-result')).toHaveAttribute('data-rows', '1');
  await expect(page.getByTestId('sql-result').getByRole('cell').nth(1)).toHaveText('42');
  expect(watch.pageErrors).toEqual([]);
});

test('100,000 result rows render only the visible rows and scroll to the last one', async ({ page }) => {
  await openConsole(page, 'SELECT range AS i, range * 2 AS j FROM range(100000)');
  expect(await settled(page)).toBe('ok');
  const grid = page.getByTestId('sql-result');
  await expect(grid).toHaveAttribute('data-rows', '100000');
  expect(await grid.getByRole('row').count()).toBeLessThan(80);
  const viewport = grid.locator('.viewport');
  const t0 = Date.now();
  await viewport.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(grid.getByRole('row').last().getByRole('cell').first()).toHaveText('100000');
  await expect(grid.getByRole('row').last().getByRole('cell').nth(2)).toHaveText('199998');
  expect(Date.now() - t0).toBeLessThan(3000);
  expect(await grid.getByRole('row').count()).toBeLessThan(80);
});

test('exports of the full result: CSV with BOM, JSON and Parquet match native DuckDB', async ({ page }) => {
  const t = await sampleTable();
  const sql = `SELECT * FROM ${t.name} ORDER BY ALL`;
  await openConsole(page, sql);
  expect(await settled(page)).toBe('ok');
  const expected = await nativeQuery(t, sql);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();

  const save = async (id: string) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    return { path: (await dl.path())!, name: dl.suggestedFilename() };
  };

  const csv = await save('sql-export-csv');
  expect(csv.name).toMatch(/\.csv$/);
  const csvText = await readFile(csv.path, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const fromCsv = (await con.runAndReadAll(`SELECT count(*) AS n FROM read_csv('${csv.path}', header = true)`)).getRowObjectsJS();
  expect(Number(fromCsv[0].n)).toBe(expected.length);

  const json = await save('sql-export-json');
  const rows = JSON.parse(await readFile(json.path, 'utf8')) as Record<string, unknown>[];
  expect(rows).toHaveLength(expected.length);
  expect(Object.keys(rows[0])).toEqual(Object.keys(expected[0]));
  for (const k of Object.keys(expected[0])) {
    const v = expected[0][k];
    if (typeof v === 'string' || typeof v === 'number') expect(rows[0][k]).toEqual(v);
  }

  const pq = await save('sql-export-parquet');
  expect(pq.name).toMatch(/\.parquet$/);
  const diff = await con.runAndReadAll(
    `SELECT count(*) AS n FROM ((SELECT * FROM read_parquet('${pq.path}') EXCEPT ALL SELECT * FROM read_parquet([${t.files.map((f) => `'${f}'`).join(',')}]))
      UNION ALL (SELECT * FROM read_parquet([${t.files.map((f) => `'${f}'`).join(',')}]) EXCEPT ALL SELECT * FROM read_parquet('${pq.path}')))`
  );
  expect(Number(diff.getRowObjectsJS()[0].n)).toBe(0);
  const n = await con.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${pq.path}')`);
  expect(Number(n.getRowObjectsJS()[0].n)).toBe(t.rows);
});

test('the query lives in the URL and in the history', async ({ page, context }) => {
  const sql = "SELECT '予以公开 & #1' AS label, 7 AS n";
  await openConsole(page);
  await setSql(page, sql);
  await page.getByTestId('sql-run').click();
  expect(await settled(page)).toBe('ok');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(sql);

  const other = await context.newPage();
  await other.goto(page.url());
  expect(await settled(other)).toBe('ok');
  await expect(other.getByTestId('sql-editor')).toContainText("'予以公开 & #1'");
  await expect(other.getByTestId('sql-result').getByRole('cell').nth(1)).toHaveText('予以公开 & #1');
  await expect(other.getByTestId('sql-history')).toContainText('予以公开');
  const stored = await other.evaluate(() => JSON.parse(localStorage.getItem('gongkai.sql.history') ?? '[]'));
  expect(stored[0].sql).toBe(sql);
});

test('remote reads fail cleanly without any request leaving the page', async ({ page, context, watch }) => {
  const remote: string[] = [];
  await context.route(/example\.com/, (route) => {
    remote.push(route.request().url());
    return route.abort();
  });
  await openConsole(page);
  for (const [sql, message] of [
    ["SELECT * FROM read_csv('http://example.com/x')", '不能访问网络'],
    // String concatenation slips past the console's guard: DuckDB itself must refuse.
    ["SELECT * FROM read_csv('http:' || '//example.com/x')", /disabled|Permission|external/i],
    ["SELECT * FROM read_csv('/etc/passwd')", /disabled|Permission|external/i],
    ['INSTALL httpfs', '只读'],
    ['SET enable_external_access = true', '只读']
  ] as const) {
    await setSql(page, sql);
    await page.getByTestId('sql-run').click();
    expect(await settled(page), sql).toBe('error');
    await expect(page.getByTestId('sql-error')).toContainText(message);
  }
  await setSql(page, 'SELECT 1 AS still_ok');
  await page.getByTestId('sql-run').click();
  expect(await settled(page)).toBe('ok');
  expect(remote).toEqual([]);
  expect(watch.requests.filter((u) => u.includes('example.com'))).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

test('the page CSP keeps every request on its origin (and DuckDB still loads under it)', async ({ page, watch }) => {
  await openConsole(page, 'SELECT 1 AS x');
  expect(await settled(page)).toBe('ok');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  const outcome = await page.evaluate(() =>
    fetch('http://example.com/x').then(
      () => 'fetched',
      () => 'blocked'
    )
  );
  expect(outcome).toBe('blocked');
  expect(watch.requests.filter((u) => u.includes('example.com'))).toEqual([]);
});

test('a result can be charted through the charts kit', async ({ page }) => {
  await openConsole(page, 'SELECT range::INTEGER AS year, range * 10 AS n FROM range(2019, 2025)');
  expect(await settled(page)).toBe('ok');
  await page.getByTestId('sql-chart-tab').click();
  const chart = page.locator('[data-chart="sql-result"]');
  await expect(chart).toHaveAttribute('data-ready', 'true');
  await expect(chart).toHaveAttribute('data-state', 'chart');
  await expect(page.getByTestId('sql-chart-controls').locator('select').first()).toHaveValue('line');
});

test('autocomplete offers the loaded tables and their columns; the schema browser lists them with row counts', async ({ page }) => {
  const t = await sampleTable();
  await openConsole(page);
  await expect(page.getByTestId('sql-schema')).toContainText(`${t.name}`);
  await expect(page.getByTestId('sql-schema')).toContainText(`${t.rows.toLocaleString('zh-CN')} 行`);
  const content = page.getByTestId('sql-editor').locator('.cm-content');
  await content.click();
  await page.keyboard.type(`SELECT * FROM ${t.name.slice(0, 4)}`);
  const popup = page.locator('.cm-tooltip-autocomplete');
  await expect(popup).toContainText(t.name);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(`SELECT ${t.name}.${t.textColumn.slice(0, 3)}`);
  await expect(popup).toContainText(t.textColumn);
});

test('the language switch turns the console English: labels, status, examples, schema, refusals; and back', async ({ page, watch }) => {
  const t = await sampleTable();
  await openConsole(page, `SELECT count(*) AS n FROM ${t.name}`);
  expect(await settled(page)).toBe('ok');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SQL 控制台');
  await page.locator('button.gk-lang').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SQL console');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(read-only)');
  await expect(page.getByTestId('sql-run')).toContainText('Run');
  await expect(page.getByTestId('sql-status')).toHaveText(/^1 rows · \d+ ms/);
  await expect(page.getByRole('heading', { name: 'Example queries' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tables' })).toBeVisible();
  await expect(page.getByTestId('sql-schema')).toContainText(`${t.rows.toLocaleString('en-US')} rows`);
  await expect(page.getByRole('tab', { name: 'Table' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Chart' })).toBeVisible();
  await expect(page.locator('.exports')).toContainText('Export:');
  await expect(page.getByTestId('sql-editor').locator('.cm-content')).toHaveAttribute('aria-label', 'SQL query editor');
  // Example titles and descriptions in English (the Chinese stays the default).
  const example = page.getByTestId('sql-example').first();
  await expect(example).not.toHaveText(/[\u4e00-\u9fff]/);
  await expect(page.locator('.examples p').first()).not.toHaveText(/[\u4e00-\u9fff]/);
  // A refused statement: the guard's English message.
  await setSql(page, 'DROP TABLE reports');
  await page.getByTestId('sql-run').click();
  await expect(page.getByTestId('sql-error')).toContainText('read-only');
  await expect(page.getByTestId('sql-error')).not.toHaveText(/[\u4e00-\u9fff]/);
  // No Chinese left in the console's own labels (data values such as table names are ASCII here).
  const ui = await page.locator('.console').evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.cm-editor, [data-testid="sql-result"], [data-testid="sql-history"] code').forEach((n) => n.remove());
    return clone.textContent ?? '';
  });
  expect(ui).not.toMatch(/[\u4e00-\u9fff]/);

  await page.locator('button.gk-lang').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SQL 控制台');
  await expect(page.getByTestId('sql-run')).toContainText('运行');
  expect(watch.pageErrors).toEqual([]);
});
