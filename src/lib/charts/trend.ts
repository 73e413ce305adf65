import { columnLabel } from '../i18n/translate';
import { baseOption, label, num, orderedCategories, tr, type BaseChartOptions, type ChartOption, type Row } from './common';

export interface TrendOptions extends BaseChartOptions {
  /** Column of the x axis (default `year`). Numeric years are filled into a continuous range. */
  x?: string;
  /** One line per column (default `['new_received']`) … */
  metrics?: readonly string[];
  /** … or one line per value of this column (e.g. `agency_name`), plotting `value`. */
  seriesBy?: string;
  value?: string;
  /** Line labels; default the column labels / group values. */
  seriesLabels?: Record<string, string>;
}

function xCategories(rows: readonly Row[], x: string): string[] {
  const cats = orderedCategories(rows, x);
  const nums = cats.map(Number);
  if (cats.length > 1 && nums.every((n) => Number.isInteger(n))) {
    const out: string[] = [];
    for (let y = nums[0]; y <= nums[nums.length - 1]; y++) out.push(String(y));
    return out;
  }
  return cats;
}

/** Sum of `value` per x category for the rows passing `keep`; null where no row has a number. */
function line(rows: readonly Row[], cats: string[], x: string, value: string, keep: (r: Row) => boolean): (number | null)[] {
  const idx = new Map(cats.map((c, i) => [c, i]));
  const out: (number | null)[] = cats.map(() => null);
  for (const r of rows) {
    if (!keep(r)) continue;
    const i = idx.get(label(r[x]));
    const n = num(r[value]);
    if (i !== undefined && n !== null) out[i] = (out[i] ?? 0) + n;
  }
  return out;
}

/** Lines over years: several metrics, or one metric for several groups (agencies). Gaps stay gaps. */
export function buildTrendOption(rows: readonly Row[], options: TrendOptions = {}): ChartOption {
  const { lang = 'zh', x = 'year', seriesBy, value = 'new_received' } = options;
  const cats = xCategories(rows, x);
  const series = seriesBy
    ? orderedCategories(rows, seriesBy).map((g) => ({
        name: options.seriesLabels?.[g] ?? g,
        data: line(rows, cats, x, value, (r) => label(r[seriesBy]) === g)
      }))
    : (options.metrics ?? ['new_received']).map((m) => ({
        name: options.seriesLabels?.[m] ?? columnLabel(lang, m),
        data: line(rows, cats, x, m, () => true)
      }));
  const single = seriesBy ? columnLabel(lang, value) : series.length === 1 ? series[0].name : null;
  const title = options.title ?? single ?? series.map((s) => s.name).join(' / ');
  const description = tr(lang, 'chart.desc.trend', { n: series.length, from: cats[0] ?? '—', to: cats[cats.length - 1] ?? '—' });
  return {
    ...baseOption(title, description, options),
    tooltip: { trigger: 'axis' },
    legend: { top: 32, type: 'scroll' },
    grid: { left: 16, right: 24, top: 88, bottom: 24 },
    xAxis: { type: 'category', boundaryGap: false, data: cats },
    yAxis: { type: 'value', name: single ?? tr(lang, 'chart.count') },
    series: series.map((s) => ({ type: 'line' as const, name: s.name, connectNulls: false, symbolSize: 6, data: s.data }))
  };
}
