/**
 * DOCX input. No real DOCX is in the corpus, so the fixture is DERIVED FROM A REAL REPORT: the paragraphs and
 * the three tables (with their merged cells as w:gridSpan / w:vMerge) of raw/009.html are written into a
 * minimal .docx here. Its numbers must equal the HTML page's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse';
import { readHtmlPage } from './html/page';
import type { Grid } from './grid/types';
import { zipStore } from './test-support/zip-store';

const SOURCES = new URL('../../../datasets/sources/', import.meta.url);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;

function table(g: Grid): string {
  const rows = g.rows.map((line, r) => {
    const tcs: string[] = [];
    for (let c = 0; c < g.width; ) {
      const cell = line[c];
      if (!cell) {
        tcs.push('<w:tc><w:p/></w:tc>');
        c++;
        continue;
      }
      const span = cell.colspan > 1 ? `<w:gridSpan w:val="${cell.colspan}"/>` : '';
      if (cell.row === r) {
        const vm = cell.rowspan > 1 ? '<w:vMerge w:val="restart"/>' : '';
        tcs.push(`<w:tc><w:tcPr>${span}${vm}</w:tcPr>${para(cell.raw.replace(/&nbsp;/g, ' ').replace(/<br>/g, ''))}</w:tc>`);
      } else tcs.push(`<w:tc><w:tcPr>${span}<w:vMerge/></w:tcPr><w:p/></w:tc>`);
      c += cell.colspan;
    }
    return `<w:tr>${tcs.join('')}</w:tr>`;
  });
  const grid = `<w:tblGrid>${'<w:gridCol w:w="800"/>'.repeat(g.width)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

function docxFromHtml(html: string): Uint8Array {
  const page = readHtmlPage(html);
  // Lines of the linearised page that are table rows are replaced by the tables themselves.
  const tableAt = new Map<number, Grid>();
  const tableLines = new Set<number>();
  const lineOf = (offset: number) => page.text.slice(0, offset).split('\n').length - 1;
  for (const g of page.grids) {
    for (const line of g.rows) for (const cell of line) if (cell?.start !== undefined) {
      const l = lineOf(cell.start);
      tableLines.add(l);
      if (![...tableAt.values()].includes(g) && !tableAt.has(l)) tableAt.set(l, g);
    }
  }
  const body: string[] = [para(page.title ?? '')];
  page.text.split('\n').forEach((line, i) => {
    const g = tableAt.get(i);
    if (g) body.push(table(g));
    else if (!tableLines.has(i) && line.trim()) body.push(para(line));
  });
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`;
  return zipStore({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': document
  });
}

describe('DOCX input (fixture derived from the real report raw/009.html)', () => {
  const html = readFileSync(new URL('raw/009.html', SOURCES), 'utf8');
  const docx = docxFromHtml(html);

  it('is recognised as DOCX and gives the same tables as the HTML page', async () => {
    const fromHtml = await parseReport(new TextEncoder().encode(html), 'raw/009.html');
    const fromDocx = await parseReport(docx, 'derived-009.docx');
    expect(fromDocx.status, fromDocx.reason ?? '').toBe('parsed');
    expect(fromDocx.input).toBe('docx');
    expect(fromDocx.format).toBe('2021');
    expect(fromDocx.year).toBe(2024);
    expect(fromDocx.t2).toEqual(fromHtml.t2);
    expect(fromDocx.t3).toEqual(fromHtml.t3);
    expect(fromDocx.t4).toEqual(fromHtml.t4);
    // Spot values read from the page (manifest notes): 表三 总计 218, 复议后起诉 13|2|4|0|19.
    expect(fromDocx.t3.total_processed.total).toBe(218);
    expect(fromDocx.t4.lit_after_review).toEqual({ upheld: 13, corrected: 2, other: 4, pending: 0, total: 19 });
    const p = fromDocx.provenance!['t3.other.other.total'];
    expect(fromDocx.text!.slice(p.start, p.end)).toBe('2');
  });

  it('rejects a truncated DOCX and a zip that is not a DOCX', async () => {
    const cut = await parseReport(docx.slice(0, Math.floor(docx.length / 2)), 'cut.docx');
    expect(cut.status).toBe('rejected');
    expect(cut.reason).toMatch(/DOCX/);
    const notDocx = await parseReport(zipStore({ 'a.txt': 'hello' }), 'a.zip');
    expect(notDocx.status).toBe('rejected');
    expect(notDocx.reason).toMatch(/not a DOCX/);
  });
});
