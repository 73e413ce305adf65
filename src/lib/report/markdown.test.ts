/** Markdown pipe tables: the real OCR'd report raw/002.txt and layouts derived from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownGrids, pipeTables } from './markdown';
import { normalizeText } from './normalize';
import { readGrids } from './grid/read-tables';

const md = normalizeText(readFileSync(new URL('../../../datasets/sources/raw/002.txt', import.meta.url), 'utf8'));

describe('markdown', () => {
  it('finds every pipe table of raw/002.txt with the heading above it', () => {
    const tables = pipeTables(md);
    // 4 表二 items, 3 '申请人情况' placeholders, 9 表三 parts, 3 表四 groups.
    expect(tables.length).toBe(19);
    expect(tables[0].heading).toBe('第二十条第(一)项');
    expect(tables[0].rows[1].cells.map((c) => c.text)).toEqual(['规章', '0', '0', '0']);
    // Cell offsets point into the text.
    const c = tables[0].rows[2].cells[3];
    expect(md.slice(c.start, c.end)).toBe('32');
  });

  it('表二 items in one table with caption rows read the same as one table per item (derived from raw/002.txt)', () => {
    const oneTable = [
      '| 第二十条第(一)项 | | | |',
      '|---|---|---|---|',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 0 | 0 | 0 |',
      '| 行政规范性文件 | 6 | 1 | 32 |',
      '| 第二十条第(五)项 | | | |',
      '| 信息内容 | 本年处理决定数量 | | |',
      '| 行政许可 | 517645 | | |'
    ].join('\n');
    const a = readGrids(markdownGrids(oneTable)).t2;
    const b = readGrids(markdownGrids(md)).t2;
    expect(a['a20_1.normative_docs.in_force']).toBe(32);
    expect(a['a20_5.admin_license.decisions']).toBe(517645);
    for (const k of Object.keys(a)) expect(a[k], k).toBe(b[k]);
  });

  it('a 表四 given as one flat row of 15 outcome headers follows the template groups', () => {
    const flat = [
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      '| 27 | 10 | 9 | 15 | 61 | 3 | 0 | 0 | 0 | 3 | 8 | 0 | 1 | 1 | 10 |'
    ].join('\n');
    const t4 = readGrids(markdownGrids('### 四、政府信息公开行政复议、行政诉讼情况\n' + flat)).t4;
    expect(t4.review).toEqual({ upheld: 27, corrected: 10, other: 9, pending: 15, total: 61 });
    expect(t4.lit_after_review).toEqual({ upheld: 8, corrected: 0, other: 1, pending: 1, total: 10 });
  });

  it('a 表三 row with a value cell missing keeps the others in place (no shifting)', () => {
    const lines = md.split('\n');
    const i = lines.findIndex((l) => l.startsWith('| 予以公开 |'));
    // The OCR dropped the last cell of the row: 总计 is unreadable (null), nothing moves left or right.
    lines[i] = '| 予以公开 | 290 | 1 | 0 | 0 | 3 | 0 |';
    const read = readGrids(markdownGrids(lines.join('\n')));
    expect(read.t3.granted).toEqual({ natural_person: 290, commercial: 1, research: 0, social_welfare: 0, legal_service: 3, other_org: 0, total: null });
    expect(read.unreadable).toContain('t3.granted.total');
    // An empty cell is a blank: 0, noted as blank.
    lines[i] = '| 予以公开 | 290 | 1 |  | 0 | 3 | 0 | 294 |';
    const blank = readGrids(markdownGrids(lines.join('\n')));
    expect(blank.t3.granted.research).toBe(0);
    expect(blank.blank).toContain('t3.granted.research');
  });
});
