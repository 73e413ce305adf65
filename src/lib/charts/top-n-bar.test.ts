import { describe, expect, it } from 'vitest';
import { buildTopNBarOption, rankTopN } from './top-n-bar';
import { NEW_RECEIVED_2024 } from './fixtures/pingtan';
import { asJson, golden } from './golden';

describe('buildTopNBarOption', () => {
  it('matches the golden option for the 2024 Pingtan request volumes', () => {
    const option = buildTopNBarOption(NEW_RECEIVED_2024, { n: 5, title: '2024年本年新收政府信息公开申请数量（前5个单位）' });
    expect(asJson(option)).toEqual(golden('top-n-bar.zh'));
  });

  it('labels the rest in English', () => {
    const option = buildTopNBarOption(NEW_RECEIVED_2024, { n: 5, lang: 'en' }) as { yAxis: { data: string[] }; title: { text: string } };
    expect(option.yAxis.data[5]).toBe('9 other agencies');
    expect(option.title.text).toBe('New requests');
  });

  it('shows a single leftover category itself instead of "其他 1 个单位"', () => {
    const ranked = rankTopN(NEW_RECEIVED_2024, 'agency_name', 'new_received', 13);
    expect(ranked).toHaveLength(14);
    expect(ranked.some((e) => e.rest)).toBe(false);
    expect(ranked[13]).toEqual({ name: '平潭综合实验区综合执法与应急管理局', value: 0, count: 1, rest: false });
  });

  it('sums rows of the same agency, skips unknown values and accepts bigint', () => {
    const ranked = rankTopN(
      [{ a: 'x', v: 2n }, { a: 'x', v: 3 }, { a: 'y', v: null }, { a: 'z', v: 1 }],
      'a', 'v', 10
    );
    expect(ranked).toEqual([
      { name: 'x', value: 5, count: 1, rest: false },
      { name: 'z', value: 1, count: 1, rest: false }
    ]);
  });

  it('joins a rest summed elsewhere (SQL top N) to the rest bar: same chart as from all rows', () => {
    const sorted = [...NEW_RECEIVED_2024].sort((a, b) => Number(b.new_received) - Number(a.new_received));
    const top = sorted.slice(0, 5);
    const others = sorted.slice(5).filter((r) => r.new_received !== null);
    const rest = { value: others.reduce((s, r) => s + Number(r.new_received), 0), count: others.length };
    const fromTop = buildTopNBarOption(top, { n: 5, rest, title: '2024年本年新收政府信息公开申请数量（前5个单位）' });
    expect(asJson(fromTop)).toEqual(golden('top-n-bar.zh'));
    // One agency left over is shown by name, so SQL sends it as a row; a rest of one is still "其他 1 个单位".
    expect(rankTopN(top, 'agency_name', 'new_received', 5, { value: 7, count: 1 }).at(-1)).toEqual({ name: '', value: 7, count: 1, rest: true });
  });
});
