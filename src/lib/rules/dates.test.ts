import { describe, expect, it } from 'vitest';
import { deadline, formatFlags, lateFlags, yearFlags } from './dates';
import { badFlagCells } from './cells';
import { seedReport } from './fixtures/seed';
import { manifest, report, textReport } from './fixtures/build';

describe('LATE (real publication dates from the files)', () => {
  it('deadlines: 1-31 for departments, 3-31 for a government; 3-31 for all before the 2019 regulation', () => {
    expect(deadline(2020, false)).toBe('2021-01-31');
    expect(deadline(2020, true)).toBe('2021-03-31');
    expect(deadline(2018, false)).toBe('2019-03-31');
  });
  it('047 投资促进局 2025 report published 2026-04-17 is late', () => {
    const r = textReport('raw/047.txt');
    const f = lateFlags(r);
    expect(f.map((x) => [x.expected, x.actual])).toEqual([['2026-01-31', '2026-04-17']]);
    expect(f[0].severity).toBe('warning');
    expect(badFlagCells(r, f)).toEqual([]);
    expect(f[0].cells).toHaveLength(1);
  });
  it('平潭综合实验区 own reports published in March (005, 008, 009) are on time; the seed (01-20) too', () => {
    for (const rel of ['raw/005.txt', 'raw/008.txt', 'raw/009.txt']) expect(lateFlags(textReport(rel))).toEqual([]);
    expect(lateFlags(seedReport())).toEqual([]);
  });
  it('no other Pingtan department report is late', () => {
    const late = manifest()
      .filter((m) => m.file.startsWith('raw/') && m.file.endsWith('.txt') && m.year !== null && m.year >= 2019)
      .filter((m) => lateFlags(textReport(m.file)).length > 0)
      .map((m) => m.file);
    expect(late).toEqual(['raw/047.txt']);
  });
});

describe('YEAR', () => {
  it('title year, statistics period and publication date agree on the seed and on 090 (period 9-1..12-31)', () => {
    expect(yearFlags(seedReport())).toEqual([]);
    expect(yearFlags(textReport('raw/090.txt'))).toEqual([]);
  });
  it('fires when the period or the publication year disagrees with the title (synthetic edits of 014)', () => {
    const r = textReport('raw/014.txt');
    const edited = { ...r, text: r.text!.replace('统计期限自2023年1月1日起至2023年12月31日止', '统计期限自2022年1月1日起至2022年12月31日止') };
    const f = yearFlags(edited);
    expect(f.map((x) => [x.rule, x.expected, x.actual])).toEqual([['YEAR', 2023, '2022']]);
    expect(badFlagCells(edited, f)).toEqual([]);
    expect(yearFlags({ ...r, published: '2023-12-20' }).map((x) => x.actual)).toEqual(['2023-12-20']);
  });
});

describe('FORMAT', () => {
  it('a 2021 report with the old single-row （六）其他处理 (092, 093 per the manifest) is flagged; matching ones are not', () => {
    const r = report({ format: '2021', year: 2021 });
    expect(formatFlags(r)).toEqual([]);
    const old = report({ format: '2019', year: 2022 });
    const f = formatFlags(old);
    expect(f.map((x) => [x.rule, x.severity, x.expected, x.actual])).toEqual([['FORMAT', 'info', '2021', '2019']]);
    expect(badFlagCells(old, f)).toEqual([]);
    const mixed = report({ format: '2021', year: 2021 });
    mixed.t3 = report({ format: '2019' }).t3;
    expect(formatFlags(mixed).map((x) => x.cells)).toEqual([['t3.other.total.total']]);
    expect(formatFlags(report({ format: '2021', year: 2020 })).map((x) => x.expected)).toEqual(['2019']);
  });
});
