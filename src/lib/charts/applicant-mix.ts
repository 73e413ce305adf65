import { T3_APPLICANT_COLUMNS } from '../report/model';
import { PART_COLORS } from './colors';
import { baseOption, sumOrNull, tr, type BaseChartOptions, type ChartOption, type Lang, type Row } from './common';
import { buildStackedOption } from './stacked';

export interface ApplicantMixOptions extends BaseChartOptions {
  /** Donut of all rows together, or stacked bars per `category` (default `pie`). */
  mode?: 'pie' | 'bar';
  /** Six 表三 applicant kinds instead of 自然人 vs 法人或其他组织. */
  detail?: boolean;
  /** Bar mode: column of the bars (default `year`). */
  category?: string;
  /** Bar mode: shares instead of counts. */
  percent?: boolean;
}

const ORG_COLUMNS = T3_APPLICANT_COLUMNS.filter((c) => c !== 'natural_person');

/** The applicant parts of one row (`new_<kind>` columns of `reports`). */
function parts(r: Row, detail: boolean): [string, number | null][] {
  if (detail) return T3_APPLICANT_COLUMNS.map((c) => [c, sumOrNull([r[`new_${c}`]])]);
  return [
    ['natural_person', sumOrNull([r.new_natural_person])],
    ['legal', sumOrNull(ORG_COLUMNS.map((c) => r[`new_${c}`]))]
  ];
}

function partName(lang: Lang, key: string): string {
  return key === 'legal' ? tr(lang, 'applicant.legal') : tr(lang, `t3.col.${key}`);
}

/** Who asked: 自然人 vs 法人或其他组织 (or the six kinds) of 本年新收, as a donut or stacked bars. */
export function buildApplicantMixOption(rows: readonly Row[], options: ApplicantMixOptions = {}): ChartOption {
  const { lang = 'zh', mode = 'pie', detail = false, category = 'year' } = options;
  const keys = parts({}, detail).map(([k]) => k);
  if (mode === 'bar') {
    const wide = rows.map((r) => ({ [category]: r[category], ...Object.fromEntries(parts(r, detail)) }));
    return buildStackedOption(wide, {
      ...options,
      title: options.title ?? tr(lang, 'chart.title.applicants'),
      category,
      parts: keys,
      partLabels: Object.fromEntries(keys.map((k) => [k, partName(lang, k)]))
    });
  }
  const totals = keys.map((k, i) => sumOrNull(rows.map((r) => parts(r, detail)[i][1])) ?? null);
  const total = totals.reduce<number>((s, v) => s + (v ?? 0), 0);
  const title = options.title ?? tr(lang, 'chart.title.applicants');
  const description = tr(lang, 'chart.desc.pie', { k: keys.length, total });
  return {
    ...baseOption(title, description, options),
    tooltip: { trigger: 'item' },
    legend: { top: 32, type: 'scroll' },
    series: [
      {
        type: 'pie',
        name: title,
        radius: ['45%', '70%'],
        center: ['50%', '58%'],
        label: { formatter: '{b}: {d}%' },
        data: keys.map((k, i) => ({
          name: partName(lang, k),
          value: totals[i] ?? ('-' as const), // ECharts' mark for a missing value: unknown is not drawn as 0
          ...(PART_COLORS[k] ? { itemStyle: { color: PART_COLORS[k] } } : {})
        }))
      }
    ]
  };
}

