/**
 * `gongkai bench [--only PART[,PART…]] [--json FILE] [--build]`: runs the benchmark parts in order in one process,
 * prints their figures, the machine they ran on and each target's pass/miss, and writes them all as JSON
 * (docs/PERFORMANCE.md). Browser parts run against a snapshot of build/ (`--build` rebuilds it first).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatasetManifest } from '../lib/dataset/manifest';
import type { Site } from './bench/site';

export interface BenchResult {
  part: string;
  /** Figures by name, e.g. `text_reports_per_s`; null = not measured (the reason is in the lines). */
  figures: Record<string, number | string | null>;
  /** Human-readable lines printed to stdout. */
  lines: string[];
}

export interface BenchContext {
  site(): Promise<Site>;
  national(): Promise<DatasetManifest>;
}

type Part = (ctx: BenchContext) => Promise<BenchResult>;

export const PARTS: Record<string, Part> = {
  parse: async () => (await import('./bench-parse')).bench(),
  ingest: async () => (await import('./bench/ingest')).bench(),
  national: async () => (await import('./bench/national')).bench(),
  cold: async (ctx) => (await import('./bench/cold')).bench(await ctx.site(), ctx.national),
  filter: async (ctx) => (await import('./bench/filter')).bench(await ctx.site(), await ctx.national()),
  sql: async (ctx) => (await import('./bench/sql')).bench(await ctx.site(), await ctx.national()),
  'overview-sql': async (ctx) => (await import('./bench/overview-sql')).bench(await ctx.site(), await ctx.national()),
  embed: async (ctx) => (await import('./bench/embed')).bench(await ctx.site())
};

/** Parts of a plain `gongkai bench` (`npm run bench`); `parse` (`npm run bench:parse`, up to 5 min of HTML parsing) and
 * `overview-sql` (the overview's queries through the SQL console) run with --only. */
export const DEFAULT_PARTS = ['ingest', 'national', 'cold', 'filter', 'sql', 'embed'];

const USAGE = 'usage: gongkai bench [--only PART[,PART…]] [--json FILE] [--build]\nparts: ' + Object.keys(PARTS).join(', ') + '\ndefault: ' + DEFAULT_PARTS.join(', ');

export async function main(args: string[]): Promise<number> {
  let only: string[] | null = null;
  let jsonOut: string | null = null;
  let rebuild = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--only' && i + 1 < args.length) only = args[++i].split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--json' && i + 1 < args.length) jsonOut = args[++i];
    else if (a === '--build') rebuild = true;
    else {
      process.stderr.write(`unknown argument: ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  const unknown = (only ?? []).filter((p) => !PARTS[p]);
  if (unknown.length) {
    process.stderr.write(`unknown bench part: ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const { machine } = await import('./bench/machine');
  const { verdicts } = await import('./bench/targets');
  const { ensureNational } = await import('./bench/national');
  const t0 = performance.now();
  const machineStart = machine();
  const say = (l: string) => process.stdout.write(l + '\n');
  say(`machine: ${machineStart.cpus} × ${machineStart.cpu_model}, ${machineStart.mem_total_mb} MB RAM, Node ${machineStart.node}, ${machineStart.chromium}, load average ${machineStart.load_average.join(' ')}, git ${machineStart.git_head}`);

  let siteP: Promise<Site> | undefined;
  const ctx: BenchContext = {
    site: () => (siteP ??= import('./bench/site').then((m) => m.startSite({ rebuild }))),
    national: async () => (await ensureNational()).manifest
  };
  const names = only ?? DEFAULT_PARTS;
  const results: BenchResult[] = [];
  const errors: Record<string, string> = {};
  try {
    for (const name of names) {
      const p0 = performance.now();
      try {
        const r = await PARTS[name](ctx);
        r.figures[`part_${name}_seconds`] = Math.round(performance.now() - p0) / 1000;
        for (const l of r.lines) say(l);
        results.push(r);
        // Written after every part too, so a run stopped midway keeps what it measured.
        if (jsonOut) await write(jsonOut, results, errors, names, machineStart, siteP);
      } catch (e) {
        errors[name] = e instanceof Error ? (e.stack ?? e.message) : String(e);
        say(`${name}: FAILED ${errors[name].split('\n')[0]}`);
      }
    }
  } finally {
    if (siteP) await (await siteP.catch(() => null))?.close();
  }
  const figures = Object.assign({}, ...results.map((r) => r.figures)) as Record<string, number | string | null>;
  const targets = verdicts(figures);
  const machineEnd = machine();
  const seconds = Math.round(performance.now() - t0) / 1000;
  say(`targets:`);
  for (const t of targets) say(`  ${t.result.padEnd(12)} ${t.key} = ${t.value ?? (t.over ? `> ${t.over}` : 'n/a')} (${t.op} ${t.limit} ${t.unit})`);
  say(`bench: ${seconds} s; load average at end ${machineEnd.load_average.join(' ')}`);
  if (jsonOut) await write(jsonOut, results, errors, names, machineStart, siteP, seconds);
  return Object.keys(errors).length ? 1 : 0;
}

async function write(
  path: string, results: BenchResult[], errors: Record<string, string>, parts: string[],
  machineStart: import('./bench/machine').Machine, siteP: Promise<Site> | undefined, seconds?: number
): Promise<void> {
  const { machine } = await import('./bench/machine');
  const { verdicts } = await import('./bench/targets');
  const figures = Object.assign({}, ...results.map((r) => r.figures)) as Record<string, number | string | null>;
  const site = siteP ? await siteP.catch(() => null) : null;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    JSON.stringify({
      date: new Date().toISOString(), seconds: seconds ?? null, complete: seconds !== undefined, ...figures,
      machine: machineStart, machine_end: machine(), build_snapshot_of: site?.builtAt ?? null,
      targets: verdicts(figures), errors, parts
    }, null, 2) + '\n'
  );
}
