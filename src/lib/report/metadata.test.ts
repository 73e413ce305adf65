import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, isPreFormat2019 } from './format-detect';
import { agencyFromTitle, extractMetadata, parseDate } from './metadata';
import { compact, normalizeText } from './normalize';
import { findSections } from './sections';

const read = (src: string) => normalizeText(readFileSync(resolve(__dirname, '../../../datasets/sources', src), 'utf8'));

describe('metadata', () => {
  it('reads the crawl header and the statistics period', () => {
    const m = extractMetadata(read('raw/095.txt'));
    expect(m).toEqual({ title: '平潭综合实验区海坛片区管理局 2024年度政府信息公开工作年度报告', agency: '平潭综合实验区海坛片区管理局', year: 2024, published: '2025-01-23', period: { start: '2024-01-01', end: '2024-12-31' } });
  });
  it('uses a period that is not a calendar year (raw/042.txt, agency created in 2019)', () => {
    expect(extractMetadata(read('raw/042.txt')).period).toEqual({ start: '2019-09-01', end: '2019-12-31' });
  });
  it('reads the seed: title line, 发布时间 without a space, statistics period', () => {
    const m = extractMetadata(read('seed/000_1869ea635e2008ab.txt'));
    expect(m.agency).toBe('双鸭山市商务局');
    expect(m.year).toBe(2020);
    expect(m.published).toBe('2021-01-20');
    expect(m.period).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  });
  it('ignores a CMS artefact as 发布机构 and never guesses a missing date', () => {
    const m = extractMetadata('正文\n2024年政府信息公开工作年度报告\n发布机构: 桌面\n一、总体情况');
    expect(m.agency).toBeNull();
    expect(m.published).toBeNull();
    expect(m.year).toBe(2024);
  });
  it('takes hints first and parses dates strictly', () => {
    expect(extractMetadata('x', { title: '某某市人民政府关于报送2021年度政府信息公开工作年度报告', published: '2022年1月5日' })).toMatchObject({ agency: '某某市人民政府', year: 2021, published: '2022-01-05' });
    expect(parseDate('2021-02-30')).toBeNull();
    expect(agencyFromTitle('2020年政府信息公开工作年度报告')).toBeNull();
  });
});

describe('sections', () => {
  it('finds the six parts of a 7-part report by title, not by ordinal (raw/056.txt)', () => {
    const t = read('raw/056.txt');
    const s = findSections(t);
    expect(Object.keys(s)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(t.slice(s.s2[0], s.s2[0] + 12)).toBe('三、主动公开政府信息情况');
    expect(t.slice(s.s6[0], s.s6[0] + 11)).toBe('七、其他需要报告的事项');
  });
  it('does not take the preamble list of parts for titles (raw/009.txt)', () => {
    const t = read('raw/009.txt');
    const s = findSections(t);
    expect(t.slice(s.s1[0], s.s1[0] + 6)).toBe('一、总体情况');
    expect(s.s1[0]).toBeGreaterThan(t.indexOf('本报告共分6个部分'));
  });
});

describe('format detection', () => {
  it('uses label fingerprints before the year', () => {
    expect(detectFormat(compact(read('raw/092.txt')).key, 2021).format).toBe('2019');
    expect(detectFormat(compact(read('raw/009.txt')).key, 2024).format).toBe('2021');
    expect(detectFormat('', 2020)).toMatchObject({ format: '2019' });
    expect(detectFormat('', 2022)).toMatchObject({ format: '2021' });
    expect(detectFormat('', null).format).toBeNull();
  });
  it('recognises pre-2019 reports', () => {
    expect(isPreFormat2019(compact(read('raw/031.txt')).key)).toBe(true);
    expect(isPreFormat2019(compact(read('raw/010.txt')).key)).toBe(false);
  });
});
