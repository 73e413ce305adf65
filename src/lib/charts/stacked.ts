import { columnLabel, hasKey } from '../i18n/translate';
import { OUTCOME_KEYS } from '../i18n/report-labels';
import { PART_COLORS } from './colors';
import {
  baseOption, label, num, orderedCategories, round, tr, type BaseChartOptions, type ChartOption, type Lang, type Row
} from './common';

export interface StackedOptions extends BaseChartOptions {
  /** Column of the bars (default `year`; `agency_name` for a by-agency chart). */
  category?: string;
  /** Columns stacked in each bar (default the six 表三 outcomes granted … other). */
  parts?: readonly string[];
  /** Labels of the parts; default: the outcome / column labels of the i18n dictionary. */
  partLabels?: Record<string, string>;
  /** Labels of the categories; default the values themselves. */
  categoryLabels?: Record<string, string>;
  /** Each bar as shares of its total, 0–100 (default false: absolute counts). */
  percent?: boolean;
  /** Bars run left to right (default false). */
  horizontal?: boolean;
}

export function partLabel(lang: Lang, part: string): string {
  return hasKey(`outcome.${part}`) ? tr(lang, `outcome.${part}`) : columnLabel(lang, part);
}

/** Per category, the summed value of each part (null when no row has a number for it). */
export function stackValues(rows: readonly Row[], category: string, parts: readonly string[]) {
  const categories = orderedCategories(rows, category);
  const index = new Map(categories.map((c, i) => [c, i]));
  const values = parts.map(() => categories.map((): number | null => null));
  for (const r of rows) {
    const ci = index.get(label(r[category]))!;
    parts.forEach((p, pi) => {
      const n = num(r[p]);
      if (n !== null) values[pi][ci] = (values[pi][ci] ?? 0) + n;
    });
  }
  return { categories, values };
}

/** Shares (0–100, one decimal) of each part within its category; null where the category total is 0 or unknown. */
export function toPercent(values: (number | null)[][]): (number | null)[][] {
  const totals = values[0]?.map((_, ci) => values.reduce((s, part) => s + (part[ci] ?? 0), 0)) ?? [];
  return values.map((part) => part.map((v, ci) => (v === null || !totals[ci] ? null : round((v / totals[ci]) * 100, 1))));
}

/** Stacked bars: outcome composition by year or agency, absolute or percent. */
export function buildStackedOption(rows: readonly Row[], options: StackedOptions = {}): ChartOption {
  const { lang = 'zh', category = 'year', parts = OUTCOME_KEYS, percent = false, horizontal = false } = options;
  const { categories, values } = stackValues(rows, category, parts);
  const data = percent ? toPercent(values) : values;
  const names = parts.map((p) => options.partLabels?.[p] ?? partLabel(lang, p));
  const title = options.title ?? (parts === OUTCOME_KEYS ? tr(lang, 'chart.title.outcomes') : names.join(' / '));
  const description = tr(lang, percent ? 'chart.desc.stacked_percent' : 'chart.desc.stacked', { n: categories.length, k: parts.length });
  const categoryAxis = {
    type: 'category' as const,
    data: categories.map((c) => options.categoryLabels?.[c] ?? c),
    ...(horizontal ? { inverse: true } : {})
  };
  const valueAxis = {
    type: 'value' as const,
    name: tr(lang, percent ? 'chart.share' : 'chart.count'),
    ...(percent ? { max: 100, axisLabel: { formatter: '{value}%' } } : {})
  };
  return {
    ...baseOption(title, description, options),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 32, type: 'scroll' },
    grid: { left: 16, right: 24, top: 88, bottom: 24 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: parts.map((p, i) => ({
      type: 'bar' as const,
      name: names[i],
      stack: 'total',
      emphasis: { focus: 'series' as const },
      ...(PART_COLORS[p] ? { itemStyle: { color: PART_COLORS[p] } } : {}),
      data: data[i]
    }))
  };
}
