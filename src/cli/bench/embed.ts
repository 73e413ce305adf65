/**
 * What a chart embed transfers: every response of /embed/<chart> and its workers (fonts excluded), measured by the
 * SQL helper's scripts/measure-embed-bytes.mjs in a fresh browser context per chart. Our server sends files
 * uncompressed; the figure is the gzip -9 size per file (what a static host with gzip sends), raw bytes alongside.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from '../bench-command';
import { launch } from './chromium';
import { ROOT } from './national';
import type { Site } from './site';

const CHARTS = ['reports-per-year', 'trend', 'outcomes', 'applicants', 'volume', 'decisions', 'review', 'flags-heatmap', 'coverage'];

/** The embeds with page parameters, for the sample's two agencies with the most requests. */
async function agencyCharts(): Promise<string[]> {
  try {
    const o = JSON.parse(await readFile(join(ROOT, 'datasets/sample/precomputed/overview.json'), 'utf8')) as { by_agency_top: { agency_id: string }[] };
    const [a, b] = o.by_agency_top.map((x) => encodeURIComponent(x.agency_id));
    return a && b ? [`agency-trend?agency=${a}`, `agency-outcomes?agency=${a}`, `compare?agencies=${a},${b}`] : [];
  } catch {
    return [];
  }
}

export async function bench(site: Site): Promise<BenchResult> {
  const { measureEmbed } = await import(pathToFileURL(join(ROOT, 'scripts/measure-embed-bytes.mjs')).href);
  const browser = await launch();
  const results: { chart: string; bytes: number; gzip: number; requests: number; heavy: number; error?: string }[] = [];
  try {
    for (const chart of [...CHARTS, ...(await agencyCharts())]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        const r = await measureEmbed(page, `${site.url}/embed/${chart}`, { readyTimeout: 60_000 });
        results.push({ chart, bytes: r.bytes, gzip: r.gzip, requests: r.files.length, heavy: r.heavy.length });
      } catch (e) {
        results.push({ chart, bytes: 0, gzip: 0, requests: 0, heavy: 0, error: String(e).slice(0, 200) });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const okRuns = results.filter((r) => !r.error);
  const worst = okRuns.reduce((a, b) => (b.gzip > a.gzip ? b : a), okRuns[0]);
  const figures: Record<string, number | string | null> = {
    embed_bytes: worst ? worst.gzip : null,
    embed_bytes_raw: worst ? worst.bytes : null,
    embed_bytes_chart: worst?.chart ?? null,
    embed_runs: JSON.stringify(results.map((r) => [r.chart, r.gzip, r.bytes, r.requests, r.heavy, r.error ?? null]))
  };
  return {
    part: 'embed',
    figures: figures as Record<string, number | string>,
    lines: [
      `embed bytes (largest of ${results.length} charts, gzip -9 per response): ${worst ? `${(worst.gzip / 1024).toFixed(1)} KB (${worst.chart}; ${(worst.bytes / 1024).toFixed(1)} KB raw)` : 'n/a'} (target ≤ 300 KB)`,
      ...results.map((r) => `  ${r.chart.padEnd(17)} ${r.error ? `ERROR ${r.error}` : `${(r.gzip / 1024).toFixed(1)} KB gzip, ${r.requests} requests${r.heavy ? ', LOADS DUCKDB/PARQUET' : ''}`}`)
    ]
  };
}
