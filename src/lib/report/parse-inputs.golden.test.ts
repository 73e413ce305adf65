/**
 * Golden tests for the input side: HTML (001, 009, 024), markdown (002) and PDF (003), checked cell by cell
 * against expected values written by reading each source file (src/lib/report/golden/inputs-*.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse';
import { T3_COLUMNS, T4_OUTCOMES } from './model';
import type { ParsedReport } from './types';

const SOURCES = new URL('../../../datasets/sources/', import.meta.url);

interface Golden {
  source: string;
  input: string;
  format: string;
  year: number;
  published?: string;
  agencyIncludes: string;
  t2: Record<string, string>;
  t3: Record<string, string>;
  t4: Record<string, string>;
  provenance?: Record<string, { raw?: string; text?: string }>;
}

const golden = (name: string): Golden => JSON.parse(readFileSync(new URL(`golden/${name}`, import.meta.url), 'utf8'));
const bytes = (rel: string) => new Uint8Array(readFileSync(new URL(rel, SOURCES)));
/** `_` = blank cell in the source (read as 0, flagged CELL-BLANK). */
const cellOf = (s: string) => (s === '_' ? 0 : Number(s));

function expectedCells(g: Golden): Map<string, { value: number; blank: boolean }> {
  const m = new Map<string, { value: number; blank: boolean }>();
  for (const [k, v] of Object.entries(g.t2)) m.set(`t2.${k}`, { value: cellOf(v), blank: v === '_' });
  for (const [row, line] of Object.entries(g.t3)) {
    const cells = line.split(' ');
    expect(cells, `golden t3.${row}`).toHaveLength(7);
    cells.forEach((c, i) => m.set(`t3.${row}.${T3_COLUMNS[i]}`, { value: cellOf(c), blank: c === '_' }));
  }
  for (const [grp, line] of Object.entries(g.t4)) {
    const cells = line.split(' ');
    expect(cells, `golden t4.${grp}`).toHaveLength(5);
    cells.forEach((c, i) => m.set(`t4.${grp}.${T4_OUTCOMES[i]}`, { value: cellOf(c), blank: c === '_' }));
  }
  return m;
}

function actualCell(r: ParsedReport, path: string): number | null | undefined {
  const [table, ...rest] = path.split('.');
  if (table === 't2') return r.t2[rest.join('.')];
  if (table === 't4') return r.t4[rest[0]]?.[rest[1]];
  const col = rest[rest.length - 1];
  return r.t3[rest.slice(0, -1).join('.')]?.[col];
}

const flagged = (r: ParsedReport, rule: string) => new Set(r.flags.filter((f) => f.rule === rule).flatMap((f) => f.cells));

async function check(name: string, opts: { missingAllowed?: number } = {}) {
  const g = golden(name);
  const r = await parseReport(bytes(g.source), g.source);
  expect(r.status, r.reason ?? '').toBe('parsed');
  expect(r.input).toBe(g.input);
  expect(r.format).toBe(g.format);
  expect(r.year).toBe(g.year);
  if (g.published) expect(r.published).toBe(g.published);
  expect(r.agency ?? '').toContain(g.agencyIncludes);
  const exp = expectedCells(g);
  const blanks = flagged(r, 'CELL-BLANK');
  const missing = flagged(r, 'CELL-MISSING');
  const wrong: string[] = [];
  const nulls: string[] = [];
  for (const [path, e] of exp) {
    const a = actualCell(r, path);
    if (a === null && missing.has(path)) nulls.push(path);
    else if (a !== e.value) wrong.push(`${path}: expected ${e.value}, got ${a}`);
    if (a === e.value) expect(blanks.has(path), `${path} CELL-BLANK`).toBe(e.blank);
  }
  // Never a wrong number; an unreadable cell is null and flagged.
  expect(wrong).toEqual([]);
  expect(nulls.length, `null cells: ${nulls.join(', ')}`).toBeLessThanOrEqual(opts.missingAllowed ?? 0);
  // Every table key of the template is present.
  expect(Object.keys(r.t2).sort()).toEqual(Object.keys(g.t2).sort());
  expect(Object.keys(r.t3).sort()).toEqual(Object.keys(g.t3).sort());
  for (const [path, p] of Object.entries(g.provenance ?? {})) {
    const prov = r.provenance?.[path];
    expect(prov, path).toBeDefined();
    if (p.raw !== undefined) expect(prov!.raw).toBe(p.raw);
    if (p.text !== undefined) expect(r.text!.slice(prov!.start, prov!.end)).toBe(p.text);
  }
  return { r, g };
}

describe('golden: HTML', () => {
  it('raw/001.html (上海 2019 format, &nbsp; blanks)', async () => {
    const { r } = await check('inputs-001-html.json');
    // Provenance of a grid cell names the table, grid row/column and points into the normalised text.
    const p = r.provenance!['t3.total_processed.total'];
    expect(p.table).toBe(1);
    expect(r.text!.slice(p.start, p.end)).toBe('805');
    // The blank 总计 cells are what the report prints; the identity rules see them.
    expect(r.flags.some((f) => f.rule === 'T3-3' && f.cells.includes('t3.granted.total'))).toBe(true);
  });
  it('raw/009.html (平潭 2024, whole saved page with site chrome)', async () => {
    const { r } = await check('inputs-009-html.json');
    expect(r.text).not.toMatch(/移动版|版权所有/);
    expect(r.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('raw/024.html (平潭 2025)', async () => {
    const { r } = await check('inputs-024-html.json');
    expect(r.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('golden: markdown and PDF', () => {
  it('raw/002.txt (OCR markdown, 表三 split into many pipe tables)', async () => {
    const { r } = await check('inputs-002-md.json');
    expect(r.flags.filter((f) => f.rule.startsWith('T3') || f.rule === 'T4-1')).toEqual([]);
  });
  it('raw/003.pdf (text layer: wrapped row labels, vertical group label, page breaks inside 表三)', async () => {
    const { r } = await check('inputs-003-pdf.json');
    // Provenance names the PDF page: 表二 starts on page 3, 表三 on page 4, （七）总计 and 表四 are on page 5.
    expect(r.provenance!['t2.a20_1.regulations.in_force'].page).toBe(3);
    expect(r.provenance!['t3.new_received.total'].page).toBe(4);
    expect(r.provenance!['t3.total_processed.total'].page).toBe(5);
    expect(r.provenance!['t4.review.total'].page).toBe(5);
    const p = r.provenance!['t3.new_received.total'];
    expect(r.text!.slice(p.start, p.end)).toBe('3119');
  });
});

describe('HTML page vs crawl text of the same report', () => {
  for (const id of ['009', '024']) {
    it(`raw/${id}.html and raw/${id}.txt agree on every cell the text parser could read`, async () => {
      const html = await parseReport(bytes(`raw/${id}.html`), `raw/${id}.html`);
      const txt = await parseReport(bytes(`raw/${id}.txt`), `raw/${id}.txt`);
      expect(txt.status).toBe('parsed');
      expect(txt.year).toBe(html.year);
      expect(txt.format).toBe(html.format);
      const diffs: string[] = [];
      let compared = 0;
      for (const [row, cols] of Object.entries(html.t3)) {
        for (const [c, v] of Object.entries(cols)) {
          const t = txt.t3[row]?.[c];
          if (t === null || t === undefined) continue;
          compared++;
          if (t !== v) diffs.push(`t3.${row}.${c}: html ${v} text ${t}`);
        }
      }
      expect(diffs).toEqual([]);
      expect(compared).toBeGreaterThan(150);
    });
  }
});
