// Every dashboard route at 1280 and 390 px: an axe-core scan (no serious or critical violations) and a screenshot
// under tests/screenshots/ (git-ignored) for a human to look at.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SEED_FILE, expectClean, native, originOf } from './dashboard-native';

interface Route {
  name: string;
  path: () => Promise<string>;
  /** Resolves when the page has drawn what it will draw. */
  ready: (page: Page) => Promise<void>;
}

const chartsReady = async (page: Page) => {
  const charts = page.locator('[data-chart]');
  await expect(charts.first()).toBeVisible({ timeout: 60_000 });
  for (const c of await charts.all()) await expect(c).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
};

const ROUTES: Route[] = [
  { name: 'overview', path: async () => '/', ready: chartsReady },
  {
    name: 'report',
    path: async () => {
      const [r] = await native<{ report_id: string }>(`SELECT report_id FROM reports WHERE source_file LIKE 'seed/%'`);
      return `/report/${r.report_id}?cell=t3.total_processed.total`;
    },
    ready: (page) => expect(page.locator('article[data-report-id]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 })
  },
  { name: 'anomalies', path: async () => '/anomalies', ready: chartsReady },
  { name: 'coverage', path: async () => '/coverage', ready: chartsReady },
  {
    name: 'compare',
    path: async () => {
      const ids = await native<{ agency_id: string }>(`SELECT agency_id FROM reports GROUP BY agency_id ORDER BY count(*) DESC, agency_id LIMIT 3`);
      return `/compare?agencies=${ids.map((i) => i.agency_id).join(',')}`;
    },
    ready: chartsReady
  },
  {
    name: 'agency',
    path: async () => {
      const [a] = await native<{ agency_id: string }>(`SELECT agency_id FROM reports GROUP BY agency_id ORDER BY count(*) DESC, agency_id LIMIT 1`);
      return `/agency/${a.agency_id}`;
    },
    ready: chartsReady
  },
  {
    name: 'check',
    path: async () => '/check',
    ready: async (page) => {
      await page.locator('input[data-check-input]').setInputFiles(SEED_FILE);
      await expect(page.locator('[data-check-result]')).toBeVisible({ timeout: 60_000 });
    }
  }
];

for (const width of [1280, 390]) {
  for (const r of ROUTES) {
    test(`${r.name} at ${width} px: no serious or critical axe violations`, async ({ page, watch }) => {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await page.goto(await r.path());
      await r.ready(page);
      await page.screenshot({ path: `tests/screenshots/${r.name}-${width}.png`, fullPage: true });
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(bad).toEqual([]);
      // Nothing wider than the viewport except inside scroll containers.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      expectClean(watch, originOf(page));
    });
  }
}
