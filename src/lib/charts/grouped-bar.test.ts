import { describe, expect, it } from 'vitest';
import { buildGroupedBarOption } from './grouped-bar';
import { PINGTAN_DEPARTMENTS_2024, PINGTAN_YEARS } from './fixtures/pingtan';
import { asJson, golden } from './golden';

const rows2024 = [PINGTAN_YEARS[3], ...PINGTAN_DEPARTMENTS_2024];

describe('buildGroupedBarOption', () => {
  it('matches the golden 表二 decisions of three 2024 reports (raw/009, 017, 018)', () => {
    const option = buildGroupedBarOption(rows2024, { title: '2024年行政许可、处罚、强制决定数' });
    expect(asJson(option)).toEqual(golden('grouped-bar.zh'));
  });

  it('drops zeros on a log axis instead of plotting them', () => {
    const option = buildGroupedBarOption(rows2024, { log: true, lang: 'en' }) as unknown as {
      yAxis: { type: string }; series: { name: string; data: (number | null)[] }[];
    };
    expect(option.yAxis.type).toBe('log');
    expect(option.series[0]).toMatchObject({ name: 'Licensing decisions', data: [4529, null, 52] });
  });
});
