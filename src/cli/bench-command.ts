/**
 * `gongkai bench [--only PART] [--json FILE]`: runs the benchmark parts in order and prints their figures.
 * A part is a module exporting `bench(): Promise<BenchResult>`; add parts to PARTS.
 */
import { writeFileSync } from 'node:fs';

export interface BenchResult {
  part: string;
  /** Figures by name, e.g. `text_reports_per_s`. */
  figures: Record<string, number | string>;
  /** Human-readable lines printed to stdout. */
  lines: string[];
}

export const PARTS: Record<string, () => Promise<{ bench: () => Promise<BenchResult> }>> = {
  parse: () => import('./bench-parse')
};

const USAGE = 'usage: gongkai bench [--only PART] [--json FILE]\nparts: ' + Object.keys(PARTS).join(', ');

export async function main(args: string[]): Promise<number> {
  let only: string | null = null;
  let jsonOut: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--only' && i + 1 < args.length) only = args[++i];
    else if (a === '--json' && i + 1 < args.length) jsonOut = args[++i];
    else {
      process.stderr.write(`unknown argument: ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  if (only !== null && !PARTS[only]) {
    process.stderr.write(`unknown bench part: ${only}\n${USAGE}\n`);
    return 2;
  }
  const names = only ? [only] : Object.keys(PARTS);
  const results: BenchResult[] = [];
  for (const name of names) {
    const mod = await PARTS[name]();
    const r = await mod.bench();
    for (const l of r.lines) process.stdout.write(l + '\n');
    results.push(r);
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2) + '\n');
  return 0;
}
