import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSpam, spamFlags } from './spam';
import { badFlagCells } from './cells';
import { SOURCES, normalizeForTest, readSource } from './fixtures/build';
import { seedReport } from './fixtures/seed';

/** Clean real text of a corpus file (HTML tags dropped crudely; the parser's text is checked in corpus.test.ts). */
function clean(rel: string): string {
  let t = readSource(rel);
  if (rel.endsWith('.html')) t = t.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return normalizeForTest(t);
}

/** Replace `from` by `prefix + spam + suffix` (all occurrences or the first), returning where `spam` landed. */
function mutate(text: string, from: string, spam: string, opts: { all?: boolean; prefix?: string; suffix?: string } = {}) {
  const { all = false, prefix = '', suffix = '' } = opts;
  let out = '';
  let i = 0;
  const ranges: [number, number][] = [];
  for (let j = text.indexOf(from); j >= 0; j = text.indexOf(from, i)) {
    out += text.slice(i, j) + prefix;
    ranges.push([out.length, out.length + spam.length]);
    out += spam + suffix;
    i = j + from.length;
    if (!all) break;
  }
  expect(ranges.length, `"${from}" must occur in the clean text`).toBeGreaterThan(0);
  return { text: out + text.slice(i), ranges };
}

describe('SPAM on the seed (real injected text)', () => {
  const seed = seedReport();
  const flags = spamFlags(seed);
  it('covers all four 体球网,球探体育比分 insertions with exact ranges, replacing 关于', () => {
    const text = seed.text!;
    const expected: string[] = [];
    for (let i = text.indexOf('体球网,球探体育比分'); i >= 0; i = text.indexOf('体球网,球探体育比分', i + 1)) expected.push(`text:${i}-${i + 10}`);
    expect(expected).toHaveLength(4);
    expect(flags.map((f) => f.cells[0])).toEqual(expected);
    for (const f of flags) {
      expect(f.rule).toBe('SPAM');
      expect(f.severity).toBe('error');
      expect(f.expected).toBe('关于');
      expect(f.actual).toBe('体球网,球探体育比分');
    }
    expect(badFlagCells(seed, flags)).toEqual([]);
  });
});

describe('SPAM variants built by mutating real clean reports (synthetic mutations of real text)', () => {
  it('买足球的软件 in place of 关于 in an official title (016)', () => {
    const m = mutate(clean('raw/016.txt'), '国务院办公厅关于印发', '买足球的软件', { prefix: '国务院办公厅', suffix: '印发' });
    const hits = findSpam(m.text);
    expect(hits.map((h) => [h.start, h.end])).toEqual(m.ranges);
    expect(hits[0].replaced).toBe('关于');
  });
  it('欧洲杯决赛竞猜:我们 for 关于我们 in the page chrome (009.html)', () => {
    const m = mutate(clean('raw/009.html'), '关于我们', '欧洲杯决赛竞猜', { all: true, suffix: ':我们' });
    const hits = findSpam(m.text);
    expect(hits.map((h) => [h.start, h.end])).toEqual(m.ranges);
    expect(hits.every((h) => h.replaced === '关于')).toBe(true);
  });
  it('the place name 平潭 replaced by a casino brand throughout (016)', () => {
    const brand = 'beat365官方网站大全_旧版彩票365下载_mobile 365365051';
    const m = mutate(clean('raw/016.txt'), '平潭', brand, { all: true });
    expect(m.ranges.length).toBeGreaterThan(3);
    const hits = findSpam(m.text);
    expect(hits.map((h) => [h.start, h.end])).toEqual(m.ranges);
    expect(hits.filter((h) => h.replaced === '地名').length).toBeGreaterThan(0);
  });
  it('a gambling title prefix (027)', () => {
    const prefix = '澳门新葡京娱乐城_最新彩票app下载';
    const m = mutate(clean('raw/027.txt'), '标题: ', prefix, { prefix: '标题: ', suffix: '-' });
    const hits = findSpam(m.text);
    expect(hits.map((h) => [h.start, h.end])).toEqual(m.ranges);
  });
  it('a non-lexicon foreign string breaking 《…办公室关于印发…的通知》 (026), found from the official phrase', () => {
    const m = mutate(clean('raw/026.txt'), '办公室关于印发', '乐鱼,kaiyun', { prefix: '办公室', suffix: '印发' });
    const hits = findSpam(m.text);
    expect(hits.map((h) => [h.start, h.end])).toEqual(m.ranges);
    expect(hits[0].replaced).toBe('关于');
  });
});

describe('SPAM: zero false positives on every clean real report', () => {
  const files = readdirSync(resolve(SOURCES, 'raw')).filter((f) => !f.endsWith('.pdf'));
  it.each(files)('%s', (f) => {
    expect(findSpam(clean(`raw/${f}`)).map((h) => h.text)).toEqual([]);
  });
});

describe('SPAM flag messages', () => {
  it('a title prefix is called one (027 with a gambling prefix on its 标题 line; synthetic mutation)', async () => {
    const { report } = await import('./fixtures/build');
    const text = clean('raw/027.txt').replace('标题: ', '标题: 澳门新葡京娱乐城_最新彩票app下载-');
    const f = spamFlags(report({ format: '2019', text }));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('标题前缀');
    expect(f[0].expected).toBe(null);
  });
});
