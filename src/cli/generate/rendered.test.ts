/**
 * End to end on rendered synthetic reports: generate → report files in the real forms → ingest (parser + all rules)
 * → compare with the generator's truth. Prints the figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runIngest } from '../ingest/run-ingest';
import { evaluateRendered } from './evaluate';
import { runGenerate } from './run-generate';

let tmp: string;
beforeAll(async () => { tmp = await mkdtemp(join(tmpdir(), 'gongkai-rendered-')); });
afterAll(async () => { await rm(tmp, { recursive: true, force: true }); });

it('rendered synthetic reports: cells read back exactly and planted anomalies are flagged', async () => {
  const gen = join(tmp, 'gen');
  await runGenerate({ out: gen, agencies: 400, years: [2019, 2025], seed: 2026, render: 2010, anomalyScale: 3, quiet: true, index: false });
  await runIngest({ paths: [join(gen, 'render')], out: join(tmp, 'ingested'), quiet: true, index: false, label: 'synthetic', title: '合成数据：渲染年报' });
  const e = await evaluateRendered(gen, join(tmp, 'ingested'));
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)}%`;
  const lines = [
    `rendered reports: ${e.reports.truth}, ingested: ${e.reports.found}`,
    `cells: ${e.cells.correct}/${e.cells.total} = ${pct(e.cells.correct, e.cells.total)} (unread ${e.cells.unread}, wrong ${e.cells.wrong})`,
    ...Object.entries(e.cells.byForm).sort().map(([k, v]) => `  ${k.padEnd(18)} ${v.correct}/${v.total} = ${pct(v.correct, v.total)}`),
    `flags: recall ${e.flags.recall.toFixed(4)} (tp ${e.flags.tp}, fn ${e.flags.fn}), precision ${e.flags.precision.toFixed(4)} (fp ${e.flags.fp}); unplanted OUTLIER flags ${e.flags.outlierUnplanted}`,
    `flags where no crawl-concat report is involved: recall ${e.flags.separable.recall.toFixed(4)} (tp ${e.flags.separable.tp}, fn ${e.flags.separable.fn})`,
    ...Object.entries(e.flags.perRule).sort().map(([r, v]) => `  ${r.padEnd(15)} tp ${v.tp} fn ${v.fn} fp ${v.fp}`),
    `false negatives: ${e.flags.falseNegatives.join(', ') || '—'}`,
    `false positives: ${e.flags.falsePositives.join(', ') || '—'}`,
    `first cell mismatches:\n  ${e.cells.mismatches.slice(0, 10).join('\n  ')}`
  ];
  console.log(lines.join('\n'));
  expect(e.reports.truth).toBeGreaterThanOrEqual(2000);
  expect(e.reports.found).toBe(e.reports.truth);
  // No cell is ever read with a wrong value; every cell is read in the forms whose cells are separated.
  expect(e.cells.wrong).toBe(0);
  for (const [k, v] of Object.entries(e.cells.byForm)) if (!k.startsWith('crawl-concat')) expect(v.correct, k).toBe(v.total);
  // Recall over every planted anomaly whose cells are separable in the file; the run-together form (raw/009.txt
  // style) can hold digit runs with several valid splits, which the parser leaves null: printed above, not asserted.
  expect(e.flags.separable.recall).toBeGreaterThanOrEqual(0.99);
  expect(e.flags.precision).toBeGreaterThanOrEqual(0.99);
}, 300_000);
