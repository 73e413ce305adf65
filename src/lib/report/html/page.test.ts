/** Finding the report inside a saved web page (raw/009.html, raw/024.html: whole pages with site chrome). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from './page';

const read = (f: string) => readFileSync(new URL(`../../../../datasets/sources/raw/${f}`, import.meta.url), 'utf8');

describe('readHtmlPage', () => {
  const page = readHtmlPage(read('009.html'));

  it('keeps the report body and leaves out the site chrome', () => {
    expect(page.text.startsWith('本报告根据《中华人民共和国政府信息公开条例》')).toBe(true);
    expect(page.text).toContain('六、其他需要报告的事项');
    for (const chrome of ['当前位置', '省人大', '省政协', '移动版', '来源:平潭']) expect(page.text, chrome).not.toContain(chrome);
    expect(page.grids).toHaveLength(3);
  });

  it('reads title and date from the page metadata', () => {
    expect(page.title).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(page.published).toBe('2025-03-10');
  });

  it('falls back to the info bar date (时间：2025-03-10 15:35) when the meta tag is missing', () => {
    const noMeta = read('009.html').replace(/<meta name="PubDate"[^>]*>/, '');
    expect(noMeta).not.toContain('PubDate');
    expect(readHtmlPage(noMeta).published).toBe('2025-03-10');
  });

  it('expands merged cells and joins <br> inside labels (raw/001.html)', () => {
    const p = readHtmlPage(read('001.html'));
    const t2 = p.grids[0];
    expect(t2.rows[1].map((c) => c?.text)).toEqual(['信息内容', '本年新制作数量', '本年新公开数量', '本年新公开数量', '对外公开总数量']);
    const t3 = p.grids[1];
    // 三、本年度办理结果 spans 20 rows in the first label column.
    const group = t3.rows[5][0]!;
    expect(group.text).toBe('三、本年度办理结果');
    expect(group.rowspan).toBe(20);
    expect(t3.rows[24][0]).toBe(group);
    // A blank (&nbsp;) cell is kept as blank, its raw text visible.
    expect(t3.rows[3][5]?.text).toBe('');
    expect(t3.rows[3][5]?.raw).toBe('&nbsp;');
  });
});
