/**
 * Parse throughput: the real corpus (datasets/sources) read once, then parsed over and over in one process —
 * 10,000 text reports (crawl text, seed, markdown) and HTML pages until 10,000 or 60 s. Target ≥ 2,000 reports/s
 * for text. Load average and CPU count are printed with the figures: they decide what the numbers mean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseReport } from '../lib/report/parse';
import type { BenchResult } from './bench-command';

const ROOT = new URL('../../datasets/sources/', import.meta.url);
const TARGET = 10_000;
const HTML_BUDGET_MS = 60_000;

function corpus(ext: string): Uint8Array[] {
  return ['raw', 'seed'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, ROOT))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => new Uint8Array(readFileSync(new URL(`${dir}/${f}`, ROOT))))
  );
}

async function run(files: Uint8Array[], budgetMs: number): Promise<{ n: number; ms: number; cpuMs: number; parsed: number }> {
  for (const f of files) await parseReport(f, 'warm-up');
  let parsed = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  while (n < TARGET) {
    const r = await parseReport(files[n % files.length], 'bench');
    n++;
    if (r.status === 'parsed') parsed++;
    if ((n & 63) === 0 && performance.now() - t0 > budgetMs) break;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { n, ms, cpuMs: (cpu.user + cpu.system) / 1000, parsed };
}

export async function bench(): Promise<BenchResult> {
  const text = corpus('.txt');
  const html = corpus('.html');
  const t = await run(text, Infinity);
  const h = await run(html, HTML_BUDGET_MS);
  const rate = (x: { n: number; ms: number }) => Math.round((x.n / x.ms) * 1000);
  // Per CPU-second of this process: what the parser costs, less dependent on other work sharing the machine.
  const cpuRate = (x: { n: number; cpuMs: number }) => Math.round((x.n / x.cpuMs) * 1000);
  const load = loadavg()[0].toFixed(1);
  const figures = {
    text_files: text.length,
    text_reports: t.n,
    text_parsed: t.parsed,
    text_seconds: +(t.ms / 1000).toFixed(2),
    text_reports_per_s: rate(t),
    text_reports_per_cpu_s: cpuRate(t),
    html_files: html.length,
    html_reports: h.n,
    html_parsed: h.parsed,
    html_seconds: +(h.ms / 1000).toFixed(2),
    html_reports_per_s: rate(h),
    html_reports_per_cpu_s: cpuRate(h),
    target_text_reports_per_s: 2000,
    cpus: cpus().length,
    load_average_1m: +load
  };
  return {
    part: 'parse',
    figures,
    lines: [
      `parse text: ${t.n} reports (${text.length} files replicated; ${t.parsed} parsed) in ${(t.ms / 1000).toFixed(2)} s = ${rate(t)} reports/s (target ≥ 2000); ${cpuRate(t)} per CPU-second`,
      `parse html: ${h.n} reports (${html.length} files replicated; ${h.parsed} parsed) in ${(h.ms / 1000).toFixed(2)} s = ${rate(h)} reports/s; ${cpuRate(h)} per CPU-second`,
      `machine: ${cpus().length} CPUs, load average ${load}`
    ]
  };
}
