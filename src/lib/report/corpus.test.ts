/**
 * Every file in datasets/sources (raw + seed) is handled: parsed, or rejected with a clear reason.
 * The pre-2019-format reports are rejected as such; nothing throws or reports an internal error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse';

const ROOT = new URL('../../../datasets/sources/', import.meta.url);
const files = ['raw', 'seed'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, ROOT)).sort().map((f) => `${dir}/${f}`)
);
const PRE_2019 = new Set(['raw/012.txt', 'raw/031.txt']);

describe('corpus: every file in datasets/sources', () => {
  it('has the files the manifest lists', () => {
    const manifest = readFileSync(new URL('manifest.csv', ROOT), 'utf8');
    const listed = [...manifest.matchAll(/^((?:raw|seed)\/[^,]+),/gm)].map((m) => m[1]);
    for (const f of listed) expect(files).toContain(f);
    expect(files.length).toBeGreaterThanOrEqual(117);
  });

  it.each(files)('%s', async (f) => {
    const r = await parseReport(new Uint8Array(readFileSync(new URL(f, ROOT))), f);
    expect(r.source).toBe(f);
    expect(['parsed', 'rejected']).toContain(r.status);
    expect(r.reason ?? '').not.toMatch(/internal parser error/);
    if (PRE_2019.has(f)) {
      expect(r.status, f).toBe('rejected');
      expect(r.reason).toBe('pre-2019 format not supported');
      return;
    }
    expect(r.status, `${f}: ${r.reason}`).toBe('parsed');
    expect(r.reason).toBeNull();
    expect(r.format, f).toMatch(/^(2019|2021)$/);
    expect(r.year, f).toBeGreaterThanOrEqual(2019);
    // 表三 is present with its key rows; a cell is a number or null (never undefined).
    for (const row of ['new_received', 'carried_over', 'total_processed', 'carried_forward']) {
      expect(r.t3[row], `${f} t3.${row}`).toBeDefined();
      for (const v of Object.values(r.t3[row])) expect(v === null || typeof v === 'number').toBe(true);
    }
    // Every null cell is named by a CELL-MISSING flag.
    const missing = new Set(r.flags.filter((fl) => fl.rule === 'CELL-MISSING').flatMap((fl) => fl.cells));
    for (const [row, cols] of Object.entries(r.t3)) {
      for (const [c, v] of Object.entries(cols)) if (v === null) expect(missing.has(`t3.${row}.${c}`), `${f} t3.${row}.${c}`).toBe(true);
    }
  });
});
