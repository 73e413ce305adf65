import { describe, expect, it } from 'vitest';
import { buildResultChartOption, suggestResultChart } from './result-chart';
import { NEW_RECEIVED_2024, PINGTAN_YEARS } from './fixtures/pingtan';
import { asJson, golden } from './golden';

// What `SELECT year, sum(new_received) AS new_received, sum(total_processed) AS total_processed … GROUP BY year`
// returns through Arrow: sums arrive as bigint.
const result = PINGTAN_YEARS.map((r) => ({ year: r.year, new_received: BigInt(r.new_received), total_processed: BigInt(r.total_processed) }));
const columns = [
  { name: 'year', type: 'SMALLINT' }, { name: 'new_received', type: 'HUGEINT' }, { name: 'total_processed', type: 'HUGEINT' }
];

describe('suggestResultChart', () => {
  it('puts years on x as a line', () => {
    expect(suggestResultChart(columns)).toEqual({ kind: 'line', x: 'year', y: ['new_received', 'total_processed'] });
  });
  it('puts a text column on x as bars, at most four series', () => {
    expect(suggestResultChart([
      { name: 'agency_name', type: 'VARCHAR' }, { name: 'a', type: 'INTEGER' }, { name: 'b', type: 'DOUBLE' },
      { name: 'c', type: 'DECIMAL(18,2)' }, { name: 'd', type: 'BIGINT' }, { name: 'e', type: 'Int32' }
    ])).toEqual({ kind: 'bar', x: 'agency_name', y: ['a', 'b', 'c', 'd'] });
  });
  it('marks dates, falls back to scatter or row numbers, and gives up without numbers', () => {
    expect(suggestResultChart([{ name: 'published', type: 'DATE' }, { name: 'days_late', type: 'INTEGER' }]))
      .toEqual({ kind: 'line', x: 'published', y: ['days_late'], xTemporal: true });
    expect(suggestResultChart([{ name: 'granted', type: 'INTEGER' }, { name: 'denied', type: 'INTEGER' }]))
      .toEqual({ kind: 'scatter', x: 'granted', y: ['denied'] });
    expect(suggestResultChart([{ name: 'n', type: 'BIGINT' }])).toEqual({ kind: 'bar', x: null, y: ['n'] });
    expect(suggestResultChart([{ name: 'rule', type: 'VARCHAR' }])).toBeNull();
  });
});

describe('buildResultChartOption', () => {
  it('matches the golden line chart of a grouped-by-year result with bigint sums', () => {
    const option = buildResultChartOption(result, { ...suggestResultChart(columns)! });
    expect(asJson(option)).toEqual(golden('result-chart.zh'));
  });

  it('draws scatter points and skips rows with a missing coordinate', () => {
    const option = buildResultChartOption(
      [...PINGTAN_YEARS.slice(2), { granted: null, denied: 1 }],
      { kind: 'scatter', x: 'granted', y: ['denied'], lang: 'en' }
    ) as unknown as { series: { data: number[][] }[]; xAxis: { name: string } };
    expect(option.series[0].data).toEqual([[22, 5], [71, 39]]);
    expect(option.xAxis.name).toBe('granted');
  });

  it('notes truncation and formats epoch-millisecond dates', () => {
    const bars = buildResultChartOption(NEW_RECEIVED_2024, { kind: 'bar', x: 'agency_name', y: ['new_received'], maxRows: 3 }) as unknown as {
      title: { subtext: string }; series: { data: number[] }[];
    };
    expect(bars.title.subtext).toBe('仅显示前 3 行');
    expect(bars.series[0].data).toEqual([2, 3, 19]);
    const dates = buildResultChartOption([{ d: Date.UTC(2025, 2, 10), n: 1 }], { kind: 'line', x: 'd', y: ['n'], xTemporal: true }) as unknown as {
      xAxis: { data: string[] };
    };
    expect(dates.xAxis.data).toEqual(['2025-03-10']);
  });
});
