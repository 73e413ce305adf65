import { describe, expect, it } from 'vitest';
import { buildHeatmapOption } from './heatmap';
import { PINGTAN_FLAGS } from './fixtures/pingtan';
import { asJson, golden } from './golden';

describe('buildHeatmapOption', () => {
  it('matches the golden agency × rule counts of the Pingtan flags', () => {
    expect(asJson(buildHeatmapOption(PINGTAN_FLAGS, { title: '各单位问题分布' }))).toEqual(golden('heatmap.zh'));
  });

  it('sums a count column and keeps given orders', () => {
    const option = buildHeatmapOption(
      [{ agency_name: 'A', rule: 'T3-1', n: 3n }, { agency_name: 'A', rule: 'T3-1', n: 2 }, { agency_name: 'B', rule: 'LATE', n: null }],
      { count: 'n', xOrder: ['T3-1', 'LATE'], yOrder: ['B', 'A'] }
    ) as unknown as { series: { data: number[][] }[]; visualMap: { max: number } };
    expect(option.series[0].data).toEqual([[0, 1, 5]]);
    expect(option.visualMap.max).toBe(5);
  });
});
