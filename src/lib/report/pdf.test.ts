/** PDF text layer → lines (raw/003.pdf, a real 6-page report), and a PDF without text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf';
import { parseReport } from './parse';

const pdf = new Uint8Array(readFileSync(new URL('../../../datasets/sources/raw/003.pdf', import.meta.url)));

/** Synthetic one-page PDF with no text objects (a stand-in for a scanned report). */
function blankPdf(): Uint8Array {
  const objs = ['1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj', '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj', '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj'];
  let s = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objs) {
    offsets.push(s.length);
    s += o + '\n';
  }
  const xref = s.length;
  s += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer<</Size 4/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(s);
}

describe('pdf text', () => {
  it('rebuilds table rows: wrapped labels joined onto their numbers, vertical label placed before its rows, page numbers dropped', async () => {
    const r = await pdfText(pdf);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pages).toHaveLength(6);
    const lines = r.text.split('\n');
    expect(lines).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形） 447 7 0 0 0 0 454');
    expect(lines).toContain('5.要求行政机关确认或重新出具已获取信息 1 0 0 0 0 0 1');
    expect(lines.indexOf('三、本年度办理结果')).toBe(lines.findIndex((l) => l.startsWith('（一）予以公开')) - 1);
    expect(lines.some((l) => /^-\s*\d+\s*-$/.test(l))).toBe(false);
    // Running prose is joined across line breaks.
    expect(r.text).toContain('全市共受理政府信息公开申请3119件，答复3050件');
  });

  it('a PDF without a text layer is rejected with that reason', async () => {
    const r = await parseReport(blankPdf(), 'blank.pdf');
    expect(r.status).toBe('rejected');
    expect(r.reason).toMatch(/no text layer/);
  });
});
