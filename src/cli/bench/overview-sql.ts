/**
 * The overview's own SQL at 1M reports, run where the page runs it (DuckDB-WASM, one worker) through the SQL console
 * (/sql?dataset=national): every query of `/` (`overviewQueries`, with the source the dataset supports) for the
 * unfiltered view and 4 filter states. Per state, the sum of the console's query times = what one filter change costs
 * in queries (DuckDB-WASM runs them one after another); the first pass also loads every table they read.
 */
import type { DatasetManifest } from '../../lib/dataset/manifest';
import { defaultFilters, type Filters } from '../../lib/dashboard/filters';
import { overviewQueries } from '../../lib/dashboard/overview-queries';
import { overviewSource } from '../../lib/dashboard/overview-sql';
import type { BenchResult } from '../bench-command';
import { launch, rendererMemory } from './chromium';
import { loadAverage } from './machine';
import { filterValues } from './native';
import { NATIONAL } from './national';
import { SQL_RUN } from './page-probes';
import type { Site } from './site';
import { quantile, round } from './stats';
import { filterStates } from './filter';

function queries(f: Filters, manifest: DatasetManifest): Record<string, string> {
  return overviewQueries(f, overviewSource(manifest.tables));
}

function toFilters(s: Record<string, string>): Filters {
  const f = defaultFilters(NATIONAL);
  if (s.years) {
    const [a, b] = s.years.split('-').map(Number);
    f.years = [a, b ?? a];
  }
  for (const k of ['province', 'level', 'kind'] as const) if (s[k]) f[k] = s[k];
  if (s.format === '2019' || s.format === '2021') f.format = s.format;
  return f;
}

const parse = (text: string) => {
  const ms = /用时\s*([\d,]+)\s*毫秒/.exec(text);
  const load = /加载数据\s*([\d.]+)\s*秒/.exec(text);
  return { ms: ms ? Number(ms[1].replaceAll(',', '')) : null, loadS: load ? Number(load[1]) : 0 };
};

export async function bench(site: Site, manifest: DatasetManifest): Promise<BenchResult> {
  const states: Record<string, string>[] = [{}, ...filterStates(await filterValues(manifest)).slice(0, 4)];
  const browser = await launch();
  const figures: Record<string, number | string | null> = { overview_sql_load_average_1m: loadAverage()[0] };
  const lines: string[] = [];
  try {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${site.url}/sql?dataset=${NATIONAL}`);
    await page.locator('[data-testid="sql-editor"] .cm-content').waitFor({ timeout: 120_000 });
    await page.waitForFunction(`!document.querySelector('[data-testid="sql-run"]').disabled`, undefined, { timeout: 120_000, polling: 200 });
    const perState: { state: string; ms: number; byQuery: Record<string, number | null> }[] = [];
    let loadS = 0;
    for (const s of states) {
      const byQuery: Record<string, number | null> = {};
      for (const [name, sql] of Object.entries(queries(toFilters(s), manifest))) {
        await page.locator('[data-testid="sql-editor"] .cm-content').fill(sql);
        const r = (await page.evaluate(SQL_RUN)) as { status: string; text: string };
        if (r.status !== 'ok') throw new Error(`${name}: ${r.status} ${r.text.slice(0, 200)}`);
        const p = parse(r.text);
        byQuery[name] = p.ms;
        loadS += p.loadS;
      }
      perState.push({ state: new URLSearchParams(s).toString() || '(unfiltered)', ms: Object.values(byQuery).reduce<number>((a, b) => a + (b ?? 0), 0), byQuery });
    }
    const mem = rendererMemory();
    const filtered = perState.slice(1).map((p) => p.ms);
    figures.overview_sql_tables_load_s_1m = round(loadS, 1);
    figures.overview_sql_unfiltered_ms_1m = perState[0].ms;
    figures.overview_sql_filter_p50_ms_1m = round(quantile(filtered, 0.5));
    figures.overview_sql_filter_max_ms_1m = round(Math.max(...filtered));
    figures.overview_sql_by_query_unfiltered_1m = JSON.stringify(perState[0].byQuery);
    figures.overview_sql_runs_1m = JSON.stringify(perState.map((p) => [p.state, p.ms]));
    figures.overview_sql_tab_memory_mb_1m = mem?.peak_mb ?? null;
    lines.push(
      `overview SQL at 1M in DuckDB-WASM (/sql console, ${Object.keys(queries(defaultFilters(NATIONAL), manifest)).length} queries per view): tables loaded in ${figures.overview_sql_tables_load_s_1m} s; ` +
        `unfiltered ${perState[0].ms} ms; per filter change p50 ${figures.overview_sql_filter_p50_ms_1m} ms, max ${figures.overview_sql_filter_max_ms_1m} ms`,
      `  by query (unfiltered): ${figures.overview_sql_by_query_unfiltered_1m}`,
      `  tab peak memory with the overview's tables loaded: ${figures.overview_sql_tab_memory_mb_1m} MB (load ${figures.overview_sql_load_average_1m})`
    );
  } finally {
    await browser.close();
  }
  return { part: 'overview-sql', figures, lines };
}
