import { columnLabel } from '../i18n/translate';
import { baseOption, label, num, orderedCategories, tr, type BaseChartOptions, type ChartOption, type Lang, type Row } from './common';

export interface GroupedBarOptions extends BaseChartOptions {
  /** Column of the groups (default `agency_name`). */
  category?: string;
  /** One bar per column in each group (default 表二 license / penalty / coercion decisions). */
  metrics?: readonly string[];
  metricLabels?: Record<string, string>;
  /** Log value axis for values spanning orders of magnitude; 0 and negatives are left out (null). */
  log?: boolean;
}

const DECISION_KEYS: Record<string, string> = {
  license_decisions: 'decision.license',
  penalty_decisions: 'decision.penalty',
  coercion_decisions: 'decision.coercion'
};

function metricLabel(lang: Lang, m: string): string {
  return DECISION_KEYS[m] ? tr(lang, DECISION_KEYS[m]) : columnLabel(lang, m);
}

/** Grouped (side-by-side) bars, e.g. 行政许可 / 行政处罚 / 行政强制 decisions by agency. */
export function buildGroupedBarOption(rows: readonly Row[], options: GroupedBarOptions = {}): ChartOption {
  const {
    lang = 'zh', category = 'agency_name', metrics = ['license_decisions', 'penalty_decisions', 'coercion_decisions'], log = false
  } = options;
  const cats = orderedCategories(rows, category);
  const idx = new Map(cats.map((c, i) => [c, i]));
  const values = metrics.map(() => cats.map((): number | null => null));
  for (const r of rows) {
    const ci = idx.get(label(r[category]))!;
    metrics.forEach((m, mi) => {
      const n = num(r[m]);
      if (n !== null) values[mi][ci] = (values[mi][ci] ?? 0) + n;
    });
  }
  const names = metrics.map((m) => options.metricLabels?.[m] ?? metricLabel(lang, m));
  const title = options.title ?? (metrics.every((m) => DECISION_KEYS[m]) ? tr(lang, 'chart.title.decisions') : names.join(' / '));
  const description = tr(lang, 'chart.desc.grouped', { n: cats.length, k: metrics.length });
  return {
    ...baseOption(title, description, options),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 32, type: 'scroll' },
    grid: { left: 16, right: 24, top: 88, bottom: 24 },
    xAxis: { type: 'category', data: cats, axisLabel: { interval: 0, width: 96, overflow: 'truncate' } },
    yAxis: { type: log ? 'log' : 'value', name: tr(lang, 'chart.count') },
    series: metrics.map((_, mi) => ({
      type: 'bar' as const,
      name: names[mi],
      emphasis: { focus: 'series' as const },
      data: log ? values[mi].map((v) => (v !== null && v > 0 ? v : null)) : values[mi]
    }))
  };
}
