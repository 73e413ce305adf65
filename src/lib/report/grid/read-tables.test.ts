/**
 * Grid mapping: columns by header, rows by label — never by position. Fixtures are DERIVED FROM the real
 * 表三 of raw/024.html: the same table re-laid out (extra 法人或其他组织 subtotal column; columns permuted;
 * rows reordered) must give the same values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../html/page';
import { readGrids } from './read-tables';
import type { Grid } from './types';
import { T3_COLUMNS } from '../model';

const html = readFileSync(new URL('../../../../datasets/sources/raw/024.html', import.meta.url), 'utf8');
const page = readHtmlPage(html);
const original = readGrids(page.grids);
const t3Grid = page.grids.find((g) => g.rows.some((r) => r.some((c) => c?.text.includes('本年新收'))))!;

/** Plain rows of cell texts (merged cells expanded) → HTML table without spans. */
function toHtml(rows: string[][]): string {
  return `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
}
const texts = (g: Grid) => g.rows.map((r) => r.map((c) => c?.text ?? ''));

describe('表三 grid mapping (derived from raw/024.html)', () => {
  it('reads the original page', () => {
    expect(original.t3.total_processed).toEqual({ natural_person: 147, commercial: 1, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 148 });
  });

  it('an 8th 法人或其他组织 subtotal column is recognised by its header and left out', () => {
    const rows = texts(t3Grid).map((r, i) => {
      // Insert the subtotal before 总计 (last column); data rows get the sum of the five organisation columns.
      const isHeader = i < 3;
      const orgSum = r.slice(4, 9).reduce((s, v) => s + (Number(v) || 0), 0);
      const extra = i === 0 ? r[9] : isHeader ? '法人或其他组织小计' : String(orgSum);
      return [...r.slice(0, 9), extra, r[9]];
    });
    const read = readGrids(readHtmlPage(toHtml(rows)).grids);
    expect(read.t3Subtotal).toBe(true);
    expect(read.t3).toEqual(original.t3);
  });

  it('columns are taken from the header, wherever they stand', () => {
    // Reverse the seven data columns (header and body alike): 总计 first, 自然人 last.
    const rows = texts(t3Grid).map((r) => [...r.slice(0, 3), ...r.slice(3).reverse()]);
    const read = readGrids(readHtmlPage(toHtml(rows)).grids);
    expect(read.t3).toEqual(original.t3);
  });

  it('rows are taken from their labels, in any order', () => {
    const rows = texts(t3Grid);
    const body = rows.slice(3);
    const shuffled = [...rows.slice(0, 3), ...body.filter((_, i) => i % 2 === 1), ...body.filter((_, i) => i % 2 === 0)];
    const read = readGrids(readHtmlPage(toHtml(shuffled)).grids);
    expect(read.t3).toEqual(original.t3);
    for (const c of T3_COLUMNS) expect(read.t3.carried_forward[c]).toBe(original.t3.carried_forward[c]);
  });

  it('a missing row stays missing (no shifting)', () => {
    const rows = texts(t3Grid).filter((r) => !r.some((c) => c.includes('予以公开') && !c.includes('不予')));
    const read = readGrids(readHtmlPage(toHtml(rows)).grids);
    expect(read.t3.granted).toBeUndefined();
    expect(read.t3.partial).toEqual(original.t3.partial);
  });
});
