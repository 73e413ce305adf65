/**
 * Filter changes on `/` with the 1M dataset loaded: 20 changes of the URL params the dashboard's filter bar writes
 * (years, province, level, kind, format), each timed in the page from the click to every chart drawn again; then the
 * tab's memory (peak resident set of its renderer process, /proc VmHWM; and the main thread's JS heap from CDP).
 */
import type { DatasetManifest } from '../../lib/dataset/manifest';
import type { BenchResult } from '../bench-command';
import { launch, rendererMemory } from './chromium';
import { loadAverage } from './machine';
import { filterValues } from './native';
import { NATIONAL } from './national';
import { FIRST_CHART_PROBE, PAGE_SETTLED, filterChange } from './page-probes';
import type { Site } from './site';
import { quantile, round } from './stats';

/** 20 distinct filter states (no two alike, so no query result is served from the page's cache). */
export function filterStates(v: { provinces: string[]; levels: string[]; kinds: string[]; years: number[] }): Record<string, string>[] {
  const y = v.years;
  const last = y[y.length - 1];
  const p = (i: number) => v.provinces[i % v.provinces.length];
  const l = (i: number) => v.levels[i % v.levels.length];
  const k = (i: number) => v.kinds[i % v.kinds.length];
  const states: Record<string, string>[] = [
    { years: `${last}` }, { years: `${last - 1}` }, { years: `${last - 2}-${last}` }, { province: p(0) },
    { province: p(0), years: `${last}` }, { province: p(1) }, { level: l(0) }, { level: l(1) }, { level: l(0), province: p(2) },
    { kind: k(0) }, { kind: k(1), years: `${last - 3}` }, { years: `${y[0]}` }, { province: p(3), level: l(2) }, { format: '2021' },
    { years: `${y[0]}-${y[0] + 1}` }, { province: p(4) }, { level: l(3) }, { kind: k(0), level: l(1) }, { province: p(5), years: `${last - 2}` },
    { years: `${y[0] + 1}-${last - 1}` }
  ];
  const seen = new Set<string>();
  return states.filter((s) => {
    const key = new URLSearchParams(s).toString();
    return !seen.has(key) && !!seen.add(key);
  });
}

export async function bench(site: Site, manifest: DatasetManifest): Promise<BenchResult> {
  const states = filterStates(await filterValues(manifest));
  const browser = await launch();
  const figures: Record<string, number | string | null> = {};
  const lines: string[] = [];
  try {
    const context = await browser.newContext({ bypassCSP: true });
    await context.addInitScript({ content: FIRST_CHART_PROBE });
    const page = await context.newPage();
    const before = site.requests.length;
    await page.goto(`${site.url}/?dataset=${NATIONAL}`, { waitUntil: 'commit' });
    await page.waitForFunction(PAGE_SETTLED, undefined, { timeout: 600_000, polling: 200 });
    figures.settled_ms_1m = round((await page.evaluate('performance.now()')) as number);
    figures.filter_load_average_1m = loadAverage()[0];
    const runs: { state: string; ms: number | null; queriesMs: number | null; reacted: boolean; timeout?: boolean }[] = [];
    for (const s of states) {
      const href = `/?${new URLSearchParams({ dataset: NATIONAL, ...s })}`;
      const r = (await page.evaluate(filterChange(href))) as { ms: number | null; queriesMs: number | null; reacted: boolean; timeout?: boolean };
      runs.push({ state: new URLSearchParams(s).toString(), ...r });
    }
    const ms = runs.filter((r) => r.ms !== null).map((r) => r.ms as number);
    const qms = runs.filter((r) => r.queriesMs !== null).map((r) => r.queriesMs as number);
    const natBytes = site.requests.slice(before).filter((r) => r.path.startsWith(`/datasets/${NATIONAL}/`)).reduce((a, r) => a + r.bytes, 0);
    figures.filter_dataset_bytes_fetched = natBytes;
    // A page that never loaded the national dataset or ignored the params measured nothing: no figure, not a wrong one.
    const reacted = natBytes > 0 ? runs.filter((r) => r.reacted && !r.timeout).length : 0;
    // A page that ignored the params (nothing reloaded) measured nothing: no figure rather than a wrong one.
    figures.filter_changes = runs.length;
    figures.filter_changes_reacted = reacted;
    figures.filter_p50_ms_1m = reacted ? round(quantile(ms, 0.5)) : null;
    figures.filter_p95_ms_1m = reacted ? round(quantile(ms, 0.95)) : null;
    figures.filter_queries_p50_ms_1m = reacted ? round(quantile(qms, 0.5)) : null;
    figures.filter_queries_p95_ms_1m = reacted ? round(quantile(qms, 0.95)) : null;
    figures.filter_runs_1m = JSON.stringify(runs.map((r) => [r.state, round(r.ms), round(r.queriesMs)]));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? NaN;
    const mem = rendererMemory();
    figures.tab_memory_mb_1m = natBytes > 0 ? mem?.peak_mb ?? null : null;
    figures.tab_memory_rss_mb_1m = mem?.rss_mb ?? null;
    figures.tab_memory_method = 'peak resident set (VmHWM, /proc) of the tab renderer process after the filter run: page + DuckDB worker (wasm memory) + DOM/canvas';
    figures.tab_js_heap_used_mb_1m = round(heap / 2 ** 20);
    lines.push(
      `1M page settled (all charts drawn, nothing loading) ${figures.settled_ms_1m} ms after navigation, ${(natBytes / 2 ** 20).toFixed(1)} MB of the dataset fetched (load ${figures.filter_load_average_1m})`,
      `filter changes at 1M: ${reacted}/${runs.length} reloaded; to last chart drawn p50 ${figures.filter_p50_ms_1m ?? 'n/a'} ms, p95 ${figures.filter_p95_ms_1m ?? 'n/a'} ms ` +
        `(targets ≤ 100 / ≤ 250); queries alone p50 ${figures.filter_queries_p50_ms_1m ?? 'n/a'}, p95 ${figures.filter_queries_p95_ms_1m ?? 'n/a'}`,
      `tab memory at 1M: peak ${figures.tab_memory_mb_1m ?? `n/a (page did not load the dataset; ${mem?.peak_mb} MB)`} MB resident (now ${figures.tab_memory_rss_mb_1m} MB; main-thread JS heap ${figures.tab_js_heap_used_mb_1m} MB) (target ≤ 1500)`
    );
  } finally {
    await browser.close();
  }
  return { part: 'filter', figures: figures as Record<string, number | string>, lines };
}
