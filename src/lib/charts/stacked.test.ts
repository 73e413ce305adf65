import { describe, expect, it } from 'vitest';
import { buildStackedOption, toPercent } from './stacked';
import { buildReviewOutcomesOption } from './review-outcomes';
import { PINGTAN_DEPARTMENTS_2024, PINGTAN_T4, PINGTAN_YEARS } from './fixtures/pingtan';
import { asJson, golden } from './golden';

type Series = { name: string; data: (number | null)[] };

describe('buildStackedOption', () => {
  it('matches the golden outcome composition of 平潭综合实验区管委会 2021–2024', () => {
    const option = buildStackedOption(PINGTAN_YEARS, { title: '平潭综合实验区管委会 申请办理结果' });
    expect(asJson(option)).toEqual(golden('stacked.zh'));
  });

  it('gives shares of each year in percent mode (2024: 71 of 218 granted = 32.6%)', () => {
    const option = buildStackedOption(PINGTAN_YEARS, { percent: true }) as unknown as {
      series: Series[]; yAxis: { max: number; axisLabel: { formatter: string } };
    };
    expect(option.series.map((s) => s.data[3])).toEqual([32.6, 13.3, 17.9, 34.4, 0.5, 1.4]);
    expect(option.yAxis.max).toBe(100);
    expect(option.yAxis.axisLabel.formatter).toBe('{value}%');
  });

  it('stacks by agency in first-seen order', () => {
    const option = buildStackedOption(PINGTAN_DEPARTMENTS_2024, { category: 'agency_name', horizontal: true }) as unknown as {
      yAxis: { data: string[] }; series: Series[];
    };
    expect(option.yAxis.data).toEqual(['平潭综合实验区交通与建设局', '平潭综合实验区公安局']);
    expect(option.series[2].data).toEqual([36, 0]);
  });

  it('keeps unknown parts null and does not divide by a zero total', () => {
    expect(toPercent([[0, null], [0, 4]])).toEqual([[null, null], [null, 100]]);
  });
});

describe('buildReviewOutcomesOption', () => {
  it('matches the golden 表四 chart of 2023+2024 (raw/008, raw/009) in English with decals', () => {
    const option = buildReviewOutcomesOption(PINGTAN_T4, { lang: 'en', decal: true, title: 'Review and litigation outcomes, 2023–2024' });
    expect(asJson(option)).toEqual(golden('review-outcomes.en'));
  });
});
