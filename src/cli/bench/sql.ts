/**
 * The same GROUP BY over the 1M-row reports table in the browser's SQL console (/sql: DuckDB-WASM, one thread) and
 * in native DuckDB over the same Parquet files. Browser: the console's own query time (`用时 N 毫秒`, query only,
 * table already loaded), first run loads the table, then the median of 5 warm runs. Native: median of 5 warm runs.
 */
import { cpus } from 'node:os';
import type { DatasetManifest } from '../../lib/dataset/manifest';
import type { BenchResult } from '../bench-command';
import { launch } from './chromium';
import { loadAverage } from './machine';
import { GROUPBY_SQL, nativeGroupBy } from './native';
import { NATIONAL } from './national';
import { SQL_RUN } from './page-probes';
import type { Site } from './site';
import { median, round } from './stats';

const consoleMs = (text: string): number | null => {
  const m = /用时\s*([\d,]+)\s*毫秒/.exec(text);
  return m ? Number(m[1].replaceAll(',', '')) : null;
};

async function wasmGroupBy(site: Site): Promise<{ firstText: string; warm: number[]; wall: number[]; error?: string }> {
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${site.url}/sql?${new URLSearchParams({ dataset: NATIONAL, q: GROUPBY_SQL })}`);
    const status = page.getByTestId('sql-status');
    await page.waitForFunction(
      `['ok', 'error'].includes(document.querySelector('[data-testid="sql-status"]')?.getAttribute('data-status'))`,
      undefined,
      { timeout: 300_000, polling: 200 }
    );
    const firstText = (await status.textContent()) ?? '';
    if ((await status.getAttribute('data-status')) !== 'ok') return { firstText, warm: [], wall: [], error: (await page.getByTestId('sql-error').textContent().catch(() => null)) ?? firstText };
    const warm: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = (await page.evaluate(SQL_RUN)) as { status: string; text: string; wallMs: number };
      if (r.status !== 'ok') return { firstText, warm, wall, error: r.text };
      const ms = consoleMs(r.text);
      if (ms !== null) warm.push(ms);
      wall.push(r.wallMs);
    }
    return { firstText, warm, wall };
  } finally {
    await browser.close();
  }
}

export async function bench(site: Site, manifest: DatasetManifest): Promise<BenchResult> {
  const load = loadAverage()[0];
  const w = await wasmGroupBy(site);
  const n = await nativeGroupBy(manifest, cpus().length);
  const wasm = w.warm.length ? median(w.warm) : null;
  const native = n[`threads_${cpus().length}_ms`];
  const figures: Record<string, number | string | null> = {
    sql_groupby_ms_wasm_1m: round(wasm),
    sql_groupby_ms_native_1m: round(native, 1),
    sql_groupby_ratio: wasm === null ? null : round(wasm / native, 2),
    sql_groupby_ms_native_1thread_1m: round(n.threads_1_ms, 1),
    sql_groupby_ratio_vs_1thread: wasm === null ? null : round(wasm / n.threads_1_ms, 2),
    sql_groupby_ms_native_read_parquet_1m: round(n.parquet_direct_ms, 1),
    sql_groupby_wasm_runs: JSON.stringify(w.warm),
    sql_groupby_wasm_click_to_result_ms: round(median(w.wall)),
    sql_groupby_wasm_first_run: w.firstText.replace(/\s+/g, ' ').trim(),
    sql_groupby_native_load_ms: round(n.load_ms),
    sql_groupby_result_rows: n.rows,
    sql_load_average_1m: load
  };
  if (w.error) figures.sql_groupby_wasm_error = w.error.slice(0, 300);
  return {
    part: 'sql',
    figures: figures as Record<string, number | string>,
    lines: [
      `GROUP BY province, year, level over 1M reports (${n.rows} groups): DuckDB-WASM /sql warm median ${figures.sql_groupby_ms_wasm_1m ?? 'n/a'} ms ${figures.sql_groupby_wasm_runs}` +
        `${w.error ? ` ERROR ${w.error.slice(0, 120)}` : ''}; native ${figures.sql_groupby_ms_native_1m} ms (${cpus().length} threads), ${figures.sql_groupby_ms_native_1thread_1m} ms (1 thread)`,
      `  ratio WASM/native ${figures.sql_groupby_ratio ?? 'n/a'} (target ≤ 3), vs 1-thread native ${figures.sql_groupby_ratio_vs_1thread ?? 'n/a'}; first console run: ${figures.sql_groupby_wasm_first_run}; load ${load}`
    ]
  };
}
