#!/usr/bin/env node
// Measures what chart embeds transfer: every response of the embed page and its workers, raw and gzip-compressed
// (what a static host with gzip sends), fonts excluded. Fails (exit 1) over the budget or when an embed loads
// DuckDB-WASM or parquet-wasm.
//   node scripts/measure-embed-bytes.mjs [--url http://127.0.0.1:4173] [--budget 300000] [--json out.json] [chart[?query] ...]
// The app must be served at --url (npm start). Uses Debian's chromium (CHROMIUM_PATH overrides).
import { gzipSync } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EMBED_BUDGET_BYTES = 300_000;
const FONT = /\.(woff2?|ttf|otf|eot)(\?|$)/i;
export const HEAVY = /duckdb|parquet_wasm|parquet-wasm/i;

/**
 * Loads `url` in `page` (a Playwright Page, fresh context recommended) and waits for the embed to be ready.
 * Returns { url, files: [{url, bytes, gzip}], bytes, gzip, heavy: [urls] }.
 */
export async function measureEmbed(page, url, { readyTimeout = 60_000 } = {}) {
  const pending = [];
  const files = [];
  const onResponse = (res) =>
    pending.push(
      (async () => {
        const u = res.url();
        if (u.startsWith('data:') || FONT.test(u)) return;
        let body;
        try {
          body = await res.body();
        } catch {
          return;
        }
        files.push({ url: u, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
      })()
    );
  page.context().on('response', onResponse);
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="embed"]');
        const chart = el?.querySelector('[data-chart]');
        return !!el && (chart?.getAttribute('data-ready') === 'true' || !!el.querySelector('[data-testid="embed-error"]'));
      },
      undefined,
      { timeout: readyTimeout }
    );
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  } finally {
    page.context().off('response', onResponse);
  }
  const sum = (k) => files.reduce((s, f) => s + f[k], 0);
  return { url, files, bytes: sum('bytes'), gzip: sum('gzip'), heavy: files.map((f) => f.url).filter((u) => HEAVY.test(u)) };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    if (i < 0) return dflt;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const base = opt('--url', process.env.EMBED_URL ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
  const budget = Number(opt('--budget', EMBED_BUDGET_BYTES));
  const jsonOut = opt('--json', null);
  // Charts with page parameters are given with their query: 'agency-trend?agency=<id>', 'compare?agencies=<a>,<b>'.
  const charts = args.length ? args : ['reports-per-year', 'trend', 'outcomes', 'applicants', 'volume', 'decisions', 'review', 'flags-heatmap', 'coverage'];
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const results = [];
  try {
    for (const chart of charts) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const r = await measureEmbed(page, `${base}/embed/${chart}`);
      await context.close();
      results.push({ chart, bytes: r.bytes, gzip: r.gzip, requests: r.files.length, heavy: r.heavy, ok: r.gzip <= budget && r.heavy.length === 0 });
      console.log(`${chart.padEnd(18)} ${String(r.files.length).padStart(3)} requests  ${(r.bytes / 1024).toFixed(1).padStart(7)} KB raw  ${(r.gzip / 1024).toFixed(1).padStart(6)} KB gzip${r.heavy.length ? '  LOADS DUCKDB/PARQUET' : ''}`);
    }
  } finally {
    await browser.close();
  }
  const report = { budget_bytes: budget, fonts_excluded: true, measure: 'sum of response bodies, gzip -9 per file', results };
  if (jsonOut) await writeFile(jsonOut, JSON.stringify(report, null, 2) + '\n');
  const bad = results.filter((r) => !r.ok);
  if (bad.length) {
    console.error(`over budget (${budget} B gzip) or heavy: ${bad.map((r) => r.chart).join(', ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
