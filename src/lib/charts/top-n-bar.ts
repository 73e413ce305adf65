import { columnLabel } from '../i18n/translate';
import { REST_COLOR, baseOption, compareNames, maxEntry, sumBy, tr, type BaseChartOptions, type ChartOption, type Row } from './common';

export interface TopNBarOptions extends BaseChartOptions {
  /** Column naming the bars (default `agency_name`). */
  category?: string;
  /** Column summed per bar (default `new_received`). */
  value?: string;
  /** Bars shown before the rest is summed into "其他 N 个单位" (default 10). */
  n?: number;
  /** Categories not in `rows`, already summed (e.g. by SQL): joined to the rest bar. */
  rest?: { value: number; count: number };
}

export interface RankedEntry {
  name: string;
  value: number;
  /** Number of categories summed into this bar (1 for a single category). */
  count: number;
  rest: boolean;
}

/**
 * The n largest categories by summed value, largest first (ties by name), then the rest summed into one entry
 * when two or more are left.
 * (Ties are ordered by name in pinyin order.) Categories with no numeric value are left out: unknown is not ranked as 0.
 */
export function rankTopN(rows: readonly Row[], category: string, value: string, n: number, extra?: { value: number; count: number }): RankedEntry[] {
  const sums = [...sumBy(rows, category, value)].filter((e): e is [string, number] => e[1] !== null);
  sums.sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]));
  const more = extra?.count ?? 0;
  const keep = sums.length + more - n <= 1 ? sums : sums.slice(0, n);
  const out: RankedEntry[] = keep.map(([name, v]) => ({ name, value: v, count: 1, rest: false }));
  const rest = sums.slice(keep.length);
  if (rest.length + more) {
    out.push({ name: '', value: rest.reduce((s, e) => s + e[1], 0) + (extra?.value ?? 0), count: rest.length + more, rest: true });
  }
  return out;
}

/** Horizontal bars of the top-N categories (e.g. request volume by agency) with the rest summed. */
export function buildTopNBarOption(rows: readonly Row[], options: TopNBarOptions = {}): ChartOption {
  const { lang = 'zh', category = 'agency_name', value = 'new_received', n = 10 } = options;
  const valueLabel = columnLabel(lang, value);
  const title = options.title ?? valueLabel;
  const ranked = rankTopN(rows, category, value, n, options.rest).map((e) =>
    e.rest ? { ...e, name: tr(lang, 'chart.rest', { n: e.count }) } : e
  );
  const description = tr(lang, 'chart.desc.bar', {
    n: ranked.length,
    max: maxEntry(ranked.filter((e) => !e.rest).map((e) => [e.name, e.value]))
  });
  return {
    ...baseOption(title, description, options),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 16, right: 56, top: 64, bottom: 24 },
    xAxis: { type: 'value', name: valueLabel },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((e) => e.name),
      axisLabel: { width: 160, overflow: 'truncate' }
    },
    series: [
      {
        type: 'bar',
        name: valueLabel,
        data: ranked.map((e) => (e.rest ? { value: e.value, itemStyle: { color: REST_COLOR } } : e.value)),
        label: { show: true, position: 'right' }
      }
    ]
  };
}
