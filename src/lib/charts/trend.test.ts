import { describe, expect, it } from 'vitest';
import { buildTrendOption } from './trend';
import { PINGTAN_DEPARTMENTS_2024, PINGTAN_YEARS } from './fixtures/pingtan';
import { asJson, golden } from './golden';

describe('buildTrendOption', () => {
  it('matches the golden trend of 本年新收 and 办理总计 (raw/006–009)', () => {
    const option = buildTrendOption(PINGTAN_YEARS, { metrics: ['new_received', 'total_processed'], title: '平潭综合实验区管委会 申请数量趋势' });
    expect(asJson(option)).toEqual(golden('trend.zh'));
  });

  it('draws one line per agency with gaps where an agency has no report', () => {
    const option = buildTrendOption([...PINGTAN_YEARS, ...PINGTAN_DEPARTMENTS_2024], { seriesBy: 'agency_name', value: 'new_received', lang: 'en' }) as unknown as {
      series: { name: string; data: (number | null)[] }[]; yAxis: { name: string }; title: { text: string };
    };
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['平潭综合实验区管委会', [70, 74, 81, 218]],
      ['平潭综合实验区交通与建设局', [null, null, null, 58]],
      ['平潭综合实验区公安局', [null, null, null, 8]]
    ]);
    expect(option.yAxis.name).toBe('New requests');
    expect(option.title.text).toBe('New requests');
  });

  it('fills missing years between the first and the last', () => {
    const option = buildTrendOption([{ year: 2019, new_received: 23 }, { year: 2021, new_received: 70 }]) as unknown as {
      xAxis: { data: string[] }; series: { data: (number | null)[] }[];
    };
    expect(option.xAxis.data).toEqual(['2019', '2020', '2021']);
    expect(option.series[0].data).toEqual([23, null, 70]);
  });
});
