import { test as base, expect, type Page, type Request } from '@playwright/test';

/** Every request the page and its workers make, plus console errors, recorded per test. */
export interface Watch {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, context }, use) => {
    const watch: Watch = { requests: [], consoleErrors: [], pageErrors: [] };
    const record = (r: Request) => watch.requests.push(r.url());
    // context-level events include dedicated workers' fetches (DuckDB's worker, wasm).
    context.on('request', record);
    page.on('console', (m) => {
      if (m.type() === 'error') watch.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => watch.pageErrors.push(e.message));
    page.on('worker', (w) => watch.requests.push(w.url()));
    await use(watch);
    context.off('request', record);
  }
});

/**
 * Waits for a chart (`data-chart=kind`) to be drawn: `data-ready="true"` with `data-state="chart"` (the wrapper also
 * sets ready for its empty and error states), then returns its locator.
 */
export async function chartReady(page: Page, kind: string) {
  const chart = page.locator(`[data-chart="${kind}"]`);
  await expect(chart).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(chart).toHaveAttribute('data-state', 'chart');
  await expect(chart.locator('canvas, svg').first()).toBeVisible();
  return chart;
}

export { expect };
