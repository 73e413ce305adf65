/**
 * Code run inside the page, kept as JavaScript source: tsx (esbuild keepNames) would wrap TypeScript functions in
 * `__name(…)` calls that do not exist in the page. Times are the page's performance.now() = ms since navigation start.
 */

/** Init script: window.__gkBench.firstChart = when the first chart with data is drawn; firstError = first error shown. */
export const FIRST_CHART_PROBE = `(() => {
  const b = (window.__gkBench = { firstChart: null, firstError: null });
  const check = () => {
    if (b.firstChart === null && document.querySelector('[data-chart][data-ready="true"][data-state="chart"]')) b.firstChart = performance.now();
    if (b.firstError === null) {
      const err = document.querySelector('[data-chart][data-state="error"], [role="alert"]');
      if (err) b.firstError = (err.textContent || '').trim().slice(0, 300) || 'error';
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-state'] });
})();`;

/**
 * Expression: true once a chart with data was drawn (needs FIRST_CHART_PROBE), nothing is loading and every chart on
 * the page has finished drawing.
 */
export const PAGE_SETTLED = `(() => {
  if (!window.__gkBench || window.__gkBench.firstChart === null) return false;
  if (document.querySelector('[data-loading]')) return false;
  const charts = [...document.querySelectorAll('[data-chart]')];
  return charts.length > 0 && charts.every((c) => c.getAttribute('data-ready') === 'true');
})()`;

/**
 * Expression (a Promise) for one filter change: client-side navigation to \`href\` through an injected link (SvelteKit's
 * router handles it like any in-app link, as when the filter bar writes the URL params), then waits until the page
 * was busy and is settled again. ms = click → last chart drawn; queriesMs = click → loading indicator gone.
 */
export const filterChange = (href: string) => `new Promise((resolve) => {
  const target = new URL(${JSON.stringify(href)}, location.href);
  const busy = () => !!document.querySelector('[data-loading]') ||
    [...document.querySelectorAll('[data-chart]')].some((c) => c.getAttribute('data-ready') !== 'true');
  let reacted = false, done = false, queriesMs = null, t0 = 0;
  const finish = (r) => { if (done) return; done = true; obs.disconnect(); resolve(r); };
  const check = () => {
    if (done || location.search !== target.search) return;
    const loading = !!document.querySelector('[data-loading]');
    if (loading) reacted = true;
    else if (reacted && queriesMs === null) queriesMs = performance.now() - t0;
    if (busy()) { reacted = true; return; }
    if (reacted) finish({ ms: performance.now() - t0, queriesMs: queriesMs ?? performance.now() - t0, reacted });
  };
  const obs = new MutationObserver(check);
  obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-state', 'data-loading'] });
  const a = document.createElement('a');
  a.href = target.pathname + target.search;
  (document.querySelector('body > div') || document.body).appendChild(a);
  t0 = performance.now();
  a.click();
  a.remove();
  setTimeout(() => { if (!reacted && location.search === target.search && !busy()) finish({ ms: null, queriesMs: null, reacted: false }); }, 3000);
  setTimeout(() => finish({ ms: null, queriesMs: null, reacted, timeout: true }), 120000);
})`;

/** Expression (a Promise): clicks the SQL console's run button, waits for its status to go running → ok/error. */
export const SQL_RUN = `new Promise((resolve) => {
  const status = () => document.querySelector('[data-testid="sql-status"]');
  let sawRunning = false;
  const t0 = performance.now();
  const check = () => {
    const s = status() && status().getAttribute('data-status');
    if (s === 'running') sawRunning = true;
    else if (sawRunning && s && s !== 'idle') { obs.disconnect(); resolve({ status: s, text: status().textContent || '', wallMs: performance.now() - t0 }); }
  };
  const obs = new MutationObserver(check);
  obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-status'] });
  document.querySelector('[data-testid="sql-run"]').click();
  check();
})`;

/** Expression: end of the DuckDB start (ms since navigation start) from the data layer's performance measure. */
export const DUCKDB_READY = `(() => {
  const e = performance.getEntriesByName('gongkai:duckdb-start')[0];
  return e ? e.startTime + e.duration : null;
})()`;

/** Expression: the data layer's gongkai:* performance measures, name → [start, duration]. */
export const GONGKAI_MEASURES = `Object.fromEntries(performance.getEntriesByType('measure').filter((e) => e.name.startsWith('gongkai:'))
  .map((e) => [e.name, [Math.round(e.startTime), Math.round(e.duration)]]))`;
