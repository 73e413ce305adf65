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
  const read = e.cells.correct + e.cells.wrong;
  const lines = [
    `rendered reports: ${e.reports.truth}, ingested: ${e.reports.found}`,
    `cells: accuracy ${pct(e.cells.correct, read)} of the ${read} read (wrong ${e.cells.wrong}); coverage ${pct(read, e.cells.total)} of ${e.cells.total} (unread ${e.cells.unread})`,
    ...Object.entries(e.cells.byForm).sort().map(([k, v]) => `  ${k.padEnd(16)} read ${pct(v.correct + v.wrong, v.total)} of ${v.total}, wrong ${v.wrong}`),
    `flags: recall ${e.flags.recall.toFixed(4)} (tp ${e.flags.tp}, fn ${e.flags.fn}), precision ${e.flags.precision.toFixed(4)} (fp ${e.flags.fp}); unplanted OUTLIER flags ${e.flags.outlierUnplanted}`,
    ...Object.entries(e.flags.byForm).sort().map(([k, v]) => `  recall on ${k.padEnd(13)} ${(v.tp / Math.max(1, v.tp + v.fn)).toFixed(4)} (tp ${v.tp}, fn ${v.fn})`),
    ...Object.entries(e.flags.perRule).sort().map(([r, v]) => `  ${r.padEnd(15)} tp ${v.tp} fn ${v.fn} fp ${v.fp}`),
    `false negatives: ${e.flags.falseNegatives.join(', ') || '—'}`,
    `false positives: ${e.flags.falsePositives.join(', ') || '—'}`,
    `first unread/wrong cells:\n  ${e.cells.mismatches.slice(0, 10).join('\n  ')}`
  ];
  console.log(lines.join('\n'));
  expect(e.reports.truth).toBeGreaterThanOrEqual(2000);
  expect(e.reports.found).toBe(e.reports.truth);
  // Every cell read is right, in every form; cells are left null only where a run-together digit run splits
  // several ways (crawl-concat), never guessed.
  expect(e.cells.wrong).toBe(0);
  for (const [k, v] of Object.entries(e.cells.byForm)) {
    if (!k.startsWith('crawl-concat')) expect(v.correct, k).toBe(v.total);
  }
  // Run-together 表三/表四 are resolved by their identities (row sums, column sums, group sums); 2021 表二 rows
  // have no identity, so their runs stay null when they split several ways (coverage printed above).
  const concat = (t: string) => e.cells.byForm[`crawl-concat ${t}`];
  expect(concat('t3').correct / concat('t3').total).toBeGreaterThanOrEqual(0.99);
  expect(concat('t4').correct / concat('t4').total).toBeGreaterThanOrEqual(0.98);
  // Planted anomalies over every form, run-together included: a rule also fires on null cells when it fires under
  // every split of their digits.
  expect(e.flags.recall).toBeGreaterThanOrEqual(0.99);
  expect(e.flags.precision).toBeGreaterThanOrEqual(0.99);
  for (const [k, v] of Object.entries(e.flags.byForm)) expect(v.tp / Math.max(1, v.tp + v.fn), k).toBeGreaterThanOrEqual(0.97);
}, 300_000);
