import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { test, expect, chartReady } from './fixtures';

// The served build's own dataset, read by native DuckDB (not the browser's engine).
const DATASET = join(process.cwd(), 'build/datasets/sample');
// Column headings the page gives each national format.
const FORMAT_OF: Record<string, string> = { '2019 年以前旧格式': 'older', '2019 年版格式': '2019', '2021 年版格式': '2021' };

async function nativeCounts(): Promise<Map<string, number>> {
  const manifest = JSON.parse(await readFile(join(DATASET, 'manifest.json'), 'utf8'));
  const table = 'reports' in manifest.tables ? 'reports' : 'reports_index';
  const files = manifest.tables[table].files.map((f: { path: string }) => `'${join(DATASET, f.path)}'`);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const rows = (
    await con.runAndReadAll(
      `SELECT year::INTEGER AS year, coalesce(format, 'unknown') AS format, count(*)::INTEGER AS n
       FROM read_parquet([${files.join(', ')}]) WHERE year IS NOT NULL GROUP BY ALL`
    )
  ).getRowObjectsJson();
  con.closeSync();
  return new Map(rows.map((r) => [`${r.year}/${r.format}`, Number(r.n)]));
}

test('the chart data equal the counts native DuckDB computes from the same Parquet files', async ({ page }) => {
  await page.goto('/');
  const chart = await chartReady(page, 'reports-per-year');
  await expect(chart).toHaveAttribute('data-state', 'chart');
  await chart.locator('summary').click();
  const table = chart.locator('table');
  const headers = await table.locator('thead th').allInnerTexts();
  const body = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()))
  );
  const shown = new Map<string, number>();
  for (const cells of body) {
    cells.slice(1).forEach((text, i) => {
      const format = FORMAT_OF[headers[i + 1]] ?? headers[i + 1];
      const n = Number(text.replace(/,/g, ''));
      if (n > 0) shown.set(`${cells[0]}/${format}`, n);
    });
  }
  const want = await nativeCounts();
  expect(want.size).toBeGreaterThan(0);
  expect(Object.fromEntries([...shown].sort())).toEqual(Object.fromEntries([...want].sort()));
  const total = [...want.values()].reduce((a, b) => a + b, 0);
  await expect(page.locator('[data-total]')).toHaveAttribute('data-total', String(total));
});
