import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { test, expect, chartReady } from './fixtures';

// The served build's own dataset, read by native DuckDB (not the browser's engine).
const DATASET = join(process.cwd(), 'build/datasets/sample');

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

test('the chart shows exactly the counts native DuckDB computes from the same Parquet files', async ({ page }) => {
  await page.goto('/');
  const chart = await chartReady(page, 'reports-per-year');
  const drawn = await chart.evaluate((el) => {
    const opt = (el as HTMLElement & { __echarts: { getOption(): any } }).__echarts.getOption();
    const series: { id: string; data: number[] }[] = opt.series.map((s: any) => ({ id: s.id, data: s.data }));
    return { years: opt.xAxis[0].data as string[], series };
  });
  const fromChart = new Map<string, number>();
  for (const s of drawn.series) s.data.forEach((n, i) => n > 0 && fromChart.set(`${drawn.years[i]}/${s.id}`, n));

  const want = await nativeCounts();
  expect(want.size).toBeGreaterThan(0);
  expect(Object.fromEntries([...fromChart].sort())).toEqual(Object.fromEntries([...want].sort()));

  // The table under the chart shows the same totals.
  await page.getByText('查看数据表').click();
  const total = [...want.values()].reduce((a, b) => a + b, 0);
  await expect(page.locator('figcaption')).toContainText(`共 ${total} 份`);
});
