/** The machine a bench ran on: what decides what its figures mean. */
import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Machine {
  cpus: number;
  cpu_model: string;
  mem_total_mb: number;
  mem_free_mb: number;
  node: string;
  chromium: string;
  load_average: [number, number, number];
  git_head: string;
}

const sh = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

export const loadAverage = (): [number, number, number] => loadavg().map((x) => Math.round(x * 10) / 10) as [number, number, number];

export function machine(): Machine {
  return {
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? 'unknown',
    mem_total_mb: Math.round(totalmem() / 2 ** 20),
    mem_free_mb: Math.round(freemem() / 2 ** 20),
    node: process.version,
    chromium: sh(CHROMIUM, ['--version']),
    load_average: loadAverage(),
    git_head: sh('git', ['rev-parse', '--short', 'HEAD'])
  };
}
