import { describe, expect, it } from 'vitest';
import { buildCoverageOption, coverageStatus } from './coverage';
import { PINGTAN_PUBLICATION } from './fixtures/pingtan';
import { asJson, golden } from './golden';

describe('buildCoverageOption', () => {
  it('matches the golden publication matrix 2021–2025 (发布时间 of each file)', () => {
    expect(asJson(buildCoverageOption(PINGTAN_PUBLICATION))).toEqual(golden('coverage.zh'));
  });

  it('names late cells in English and keeps the given year range', () => {
    const option = buildCoverageOption(PINGTAN_PUBLICATION, { lang: 'en', years: [2025] }) as unknown as {
      series: { data: { name: string }[] }[];
    };
    expect(option.series[0].data.map((d) => d.name)).toEqual([
      '平潭综合实验区管委会 · 2025 · On time',
      '平潭综合实验区公安局 · 2025 · Missing',
      '平潭综合实验区投资促进局 · 2025 · Late (76 days late)'
    ]);
  });

  it('tells unknown (no date) apart from missing (no report)', () => {
    expect(coverageStatus({ days_late: null, published: null })).toBe('unknown');
    expect(coverageStatus(undefined)).toBe('missing');
    expect(coverageStatus({ days_late: 0n })).toBe('on_time');
    expect(coverageStatus({ days_late: -3 })).toBe('on_time');
  });
});
