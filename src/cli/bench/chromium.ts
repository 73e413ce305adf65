/** Headless Debian Chromium via playwright-core, launched like the browser tests, and the tab's memory. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CHROMIUM } from './machine';

export const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-first-run'
];

/**
 * A new browser (fresh profile: new user-data-dir, empty HTTP and code caches). Open its contexts with
 * `bypassCSP: true`: the app's CSP forbids eval, which Playwright's string predicates (waitForFunction) need.
 */
export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
}

function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {
      /* exited */
    }
  }
  return kids;
}

function statusKb(pid: number, key: string): number {
  try {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Memory of the page's renderer processes (the tab: page main thread, its workers with the DuckDB-WASM linear memory,
 * DOM, canvases): peak resident set (VmHWM) and current (VmRSS) from /proc, in MB. Browser, GPU and utility processes
 * are not counted. Call with exactly one browser of this process open.
 */
export function rendererMemory(): { peak_mb: number; rss_mb: number; renderers: number } | null {
  // Chromium runs as a descendant of this process; the bench keeps one browser open at a time.
  const root = process.pid;
  const kids = children();
  const all: number[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    for (const k of kids.get(p) ?? []) {
      all.push(k);
      stack.push(k);
    }
  }
  const renderers = all.filter((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return cmd.includes('--type=renderer') && !cmd.includes('--top-chrome-webui') && !cmd.includes('--extension-process');
    } catch {
      return false;
    }
  });
  if (!renderers.length) return null;
  const sum = (k: string) => Math.round(renderers.reduce((s, p) => s + statusKb(p, k), 0) / 1024);
  return { peak_mb: sum('VmHWM'), rss_mb: sum('VmRSS'), renderers: renderers.length };
}
