/** `gongkai parse` as a user runs it: a real process, real files, JSON on stdout, exit codes. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/gongkai.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('gongkai parse', () => {
  it('prints one JSON array in input order; a missing file is rejected, not a crash', () => {
    const files = ['datasets/sources/seed/000_1869ea635e2008ab.txt', 'datasets/sources/raw/001.html', 'datasets/sources/raw/no-such-file.txt'];
    const p = run('parse', ...files, '--json');
    expect(p.status, p.stderr).toBe(0);
    const out = JSON.parse(p.stdout);
    expect(Array.isArray(out)).toBe(true);
    expect(out.map((r: { source: string }) => r.source)).toEqual(files);
    expect(out.map((r: { status: string }) => r.status)).toEqual(['parsed', 'parsed', 'rejected']);
    expect(out[2].reason).toBe('file not found');
    // Without --with-text the long text is left out; provenance stays.
    expect(out[0].text).toBeUndefined();
    expect(Object.keys(out[1].provenance).length).toBeGreaterThan(100);
    // Seed report (format-spec DQ-1): （七）总计 = 1,0,0,0,2,0,3 and the identities fire.
    expect(out[0].t3.total_processed).toEqual({ natural_person: 1, commercial: 0, research: 0, social_welfare: 0, legal_service: 2, other_org: 0, total: 3 });
    expect(out[0].flags.some((f: { rule: string }) => f.rule === 'T3-1')).toBe(true);
    expect(out[1].agency).toBe('上海市人民政府办公厅');
  });

  it('--with-text keeps the normalised text that provenance offsets refer to', () => {
    const p = run('parse', 'datasets/sources/raw/024.html', '--json', '--with-text');
    expect(p.status, p.stderr).toBe(0);
    const [r] = JSON.parse(p.stdout);
    const prov = r.provenance['t3.total_processed.total'];
    expect(r.text.slice(prov.start, prov.end)).toBe('148');
  });

  it('prints a one-line summary per file without --json', () => {
    const p = run('parse', 'datasets/sources/raw/012.txt', 'datasets/sources/raw/009.html');
    expect(p.status).toBe(0);
    const lines = p.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('rejected');
    expect(lines[0]).toContain('pre-2019 format not supported');
    expect(lines[1]).toContain('parsed');
  });

  it('exits 2 with usage on bad arguments', () => {
    const bad = run('parse', '--frobnicate', 'datasets/sources/raw/001.html');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage: gongkai parse/);
    const none = run('parse', '--json');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no files/);
    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
  });
});
