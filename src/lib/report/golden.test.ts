/**
 * Golden tests of parseLinear on real files: expected values in golden/*.json were transcribed by reading the
 * source texts (cell by cell), not saved from the parser. Notes in each file explain every null.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLinear } from './linear';
import { normalizeText } from './normalize';

const ROOT = resolve(__dirname, '../../..');
const GOLDENS = ['000_seed', '004', '005', '009', '016', '020', '024', '026', '028', '033', '087', '095'];

interface Golden {
  source: string;
  agency: string;
  year: number;
  published: string;
  format: string;
  t2: Record<string, number | null>;
  t3: Record<string, Record<string, number | null>>;
  t4: Record<string, Record<string, number | null>>;
  notes: string[];
}

const load = (name: string): Golden => JSON.parse(readFileSync(resolve(__dirname, 'golden', `${name}.json`), 'utf8'));
const parseSource = (source: string) => parseLinear(normalizeText(readFileSync(resolve(ROOT, 'datasets/sources', source), 'utf8')));

describe.each(GOLDENS)('golden %s', (name) => {
  const g = load(name);
  const r = parseSource(g.source);
  it('metadata and format', () => {
    expect({ agency: r.agency, year: r.year, published: r.published, format: r.format }).toEqual({ agency: g.agency, year: g.year, published: g.published, format: g.format });
  });
  it('表二 cell by cell', () => {
    expect(r.t2).toEqual(g.t2);
  });
  it('表三 cell by cell', () => {
    expect(r.t3).toEqual(g.t3);
  });
  it('表四 cell by cell', () => {
    expect(r.t4).toEqual(g.t4);
  });
  it('every null cell carries a CELL-MISSING flag and every value has provenance in the text', () => {
    const text = normalizeText(readFileSync(resolve(ROOT, 'datasets/sources', g.source), 'utf8'));
    const flagged = new Set(r.flags.filter((f) => f.rule === 'CELL-MISSING').flatMap((f) => f.cells));
    const cells: [string, number | null][] = [
      ...Object.entries(r.t2).map(([k, v]) => [`t2.${k}`, v] as [string, number | null]),
      ...Object.entries(r.t3).flatMap(([row, o]) => Object.entries(o).map(([c, v]) => [`t3.${row}.${c}`, v] as [string, number | null])),
      ...Object.entries(r.t4).flatMap(([gr, o]) => Object.entries(o).map(([c, v]) => [`t4.${gr}.${c}`, v] as [string, number | null]))
    ];
    for (const [path, v] of cells) {
      if (v === null) { expect(flagged.has(path), path).toBe(true); continue; }
      const p = r.provenance[path];
      expect(p, path).toBeDefined();
      const raw = text.slice(p.start!, p.end!);
      expect(Number(raw.replace(/^\+/, '')), `${path} = ${raw}`).toBe(v);
    }
  });
});

describe('seed specifics', () => {
  const r = parseSource('seed/000_1869ea635e2008ab.txt');
  it('reads all 161 表三 numbers and 15 表四 numbers', () => {
    expect(Object.values(r.t3).flatMap((o) => Object.values(o)).filter((v) => v !== null)).toHaveLength(161);
    expect(Object.values(r.t4).flatMap((o) => Object.values(o)).filter((v) => v !== null)).toHaveLength(15);
  });
  it('第二十条第(八)项: one value for two cells → delta null with a message saying so, no shift after it', () => {
    const f = r.flags.find((x) => x.cells.includes('t2.a20_8.admin_fees.delta_items'))!;
    expect(f.rule).toBe('CELL-MISSING');
    expect(f.message).toContain('末尾单元格为空');
    expect(r.t2['a20_9.central_procurement.items']).toBe(0);
    expect(r.t2['a20_9.central_procurement.amount']).toBe(0);
  });
  it('finds the six sections in order', () => {
    expect(Object.keys(r.sections)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
  });
});

describe('pre-2019 format', () => {
  it.each(['raw/012.txt', 'raw/031.txt'])('%s is recognised as pre-2019', (src) => {
    const r = parseSource(src);
    expect(r.preFormat2019).toBe(true);
    expect(r.tablesFound.t3).toBe(false);
  });
  it('a 2019-format report is not', () => {
    expect(parseSource('raw/004.txt').preFormat2019).toBe(false);
  });
});

describe('crawl text agrees with the real HTML table of the same report', () => {
  it.each([['raw/009.txt', 'raw/009.html'], ['raw/024.txt', 'raw/024.html']])('%s vs %s wherever the text split is unique', async (txt, html) => {
    const { parseReport } = await import('./parse');
    const fromHtml = await parseReport(new Uint8Array(readFileSync(resolve(ROOT, 'datasets/sources', html))), html);
    const fromText = parseSource(txt);
    expect(fromHtml.status).toBe('parsed');
    let compared = 0;
    const nulls: string[] = [];
    const check = (path: string, a: number | null, b: number | null | undefined) => {
      if (a === null) { nulls.push(path); return; }
      expect(b, path).toBe(a);
      compared++;
    };
    for (const [k, v] of Object.entries(fromText.t2)) check(`t2.${k}`, v, fromHtml.t2[k]);
    for (const [row, o] of Object.entries(fromText.t3)) for (const [c, v] of Object.entries(o)) check(`t3.${row}.${c}`, v, fromHtml.t3[row]?.[c]);
    for (const [gr, o] of Object.entries(fromText.t4)) for (const [c, v] of Object.entries(o)) check(`t4.${gr}.${c}`, v, fromHtml.t4[gr]?.[c]);
    expect(compared).toBe(175 + 15 + 7);
    expect(nulls).toEqual(['t2.a20_1.normative_docs.issued', 't2.a20_1.normative_docs.repealed', 't2.a20_1.normative_docs.in_force']);
  });
});
