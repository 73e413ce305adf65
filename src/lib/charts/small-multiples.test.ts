import { describe, expect, it } from 'vitest';
import { buildSmallMultiplesOption, niceMax } from './small-multiples';
import { NEW_RECEIVED_BY_YEAR } from './fixtures/pingtan';
import { asJson, golden } from './golden';

describe('buildSmallMultiplesOption', () => {
  it('matches the golden two-panel chart with the median of three Pingtan bodies', () => {
    const option = buildSmallMultiplesOption(NEW_RECEIVED_BY_YEAR, {
      agencies: ['平潭综合实验区交通与建设局', '平潭综合实验区公安局'],
      title: '两个部门的本年新收申请与同类中位数'
    });
    expect(asJson(option)).toEqual(golden('small-multiples.zh'));
  });

  it('lays 5 agencies out 3 per row and caps the panels at 12', () => {
    const rows = Array.from({ length: 14 }, (_, i) => ({ agency_name: `A${i}`, year: 2024, new_received: i }));
    const five = buildSmallMultiplesOption(rows.slice(0, 5)) as unknown as { grid: { left: string; top: string }[] };
    expect(five.grid.map((g) => [g.left, g.top])).toEqual([
      ['4%', '20%'], ['37.33%', '20%'], ['70.67%', '20%'], ['4%', '61%'], ['37.33%', '61%']
    ]);
    const many = buildSmallMultiplesOption(rows) as unknown as { grid: unknown[]; series: unknown[] };
    expect(many.grid).toHaveLength(12);
    expect(many.series).toHaveLength(24);
  });

  it('rounds shared maxima to 1/2/2.5/5 × 10^k', () => {
    expect([niceMax(58), niceMax(218), niceMax(7), niceMax(1), niceMax(0)]).toEqual([100, 250, 10, 1, undefined]);
  });
});
