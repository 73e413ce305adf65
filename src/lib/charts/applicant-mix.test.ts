import { describe, expect, it } from 'vitest';
import { buildApplicantMixOption } from './applicant-mix';
import { PINGTAN_YEARS } from './fixtures/pingtan';
import { asJson, golden } from './golden';

type Series = { name: string; data: unknown[] };

describe('buildApplicantMixOption', () => {
  it('matches the golden donut of 2021–2024 applicants (432 natural persons, 11 organisations)', () => {
    const option = buildApplicantMixOption(PINGTAN_YEARS, { title: '平潭综合实验区管委会 2021–2024 申请人构成' });
    expect(asJson(option)).toEqual(golden('applicant-mix.zh'));
  });

  it('splits the six kinds in detail mode (raw/006: 2 社会公益组织, 4 其他)', () => {
    const option = buildApplicantMixOption([PINGTAN_YEARS[0]], { detail: true }) as unknown as { series: Series[] };
    expect(option.series[0].data.map((d) => [(d as { name: string }).name, (d as { value: number }).value])).toEqual([
      ['自然人', 64], ['商业企业', 0], ['科研机构', 0], ['社会公益组织', 2], ['法律服务机构', 0], ['其他', 4]
    ]);
  });

  it('stacks natural persons and organisations per year in bar mode', () => {
    const option = buildApplicantMixOption(PINGTAN_YEARS, { mode: 'bar', lang: 'en' }) as unknown as { series: Series[] };
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Natural persons', [64, 71, 80, 217]],
      ['Legal persons and other organisations', [6, 3, 1, 1]]
    ]);
  });

  it('leaves a part unknown when no row reports it', () => {
    const option = buildApplicantMixOption([{ new_natural_person: 5 }]) as unknown as { series: Series[] };
    expect(option.series[0].data).toEqual([
      { name: '自然人', value: 5, itemStyle: { color: '#0072B2' } },
      { name: '法人或其他组织', value: '-', itemStyle: { color: '#E69F00' } }
    ]);
  });
});
