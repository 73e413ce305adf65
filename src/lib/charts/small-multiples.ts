import { columnLabel } from '../i18n/translate';
import {
  MEDIAN_COLOR, PALETTE, baseOption, label, median, num, orderedCategories, round, tr,
  type BaseChartOptions, type ChartOption, type Row
} from './common';

export interface SmallMultiplesOptions extends BaseChartOptions {
  agency?: string;
  x?: string;
  value?: string;
  /** The agencies to draw, 2–12 (default: the first 12 seen). */
  agencies?: readonly string[];
  /** Rows of the peer cohort whose per-year median is drawn in every panel (default: all rows). */
  cohort?: readonly Row[];
  /** Panels per row (default 2 up to 4 agencies, 3 up to 9, else 4). */
  columns?: number;
  /** Same y scale in every panel (default true). */
  sharedScale?: boolean;
}

export const MAX_PANELS = 12;

/** Smallest 1/2/2.5/5 × 10^k not below v (a shared axis maximum with round ticks). */
export function niceMax(v: number): number | undefined {
  if (!(v > 0)) return undefined;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Per x category, the value of each agency (summed over its rows); null where it reported nothing. */
function perAgency(rows: readonly Row[], agency: string, x: string, value: string, xs: string[]) {
  const out = new Map<string, (number | null)[]>();
  const xi = new Map(xs.map((c, i) => [c, i]));
  for (const r of rows) {
    const a = label(r[agency]);
    const i = xi.get(label(r[x]));
    const n = num(r[value]);
    if (i === undefined) continue;
    if (!out.has(a)) out.set(a, xs.map(() => null));
    if (n !== null) out.get(a)![i] = (out.get(a)![i] ?? 0) + n;
  }
  return out;
}

/** One small line panel per agency (2–12) over years, each with the peer-cohort median as a dashed line. */
export function buildSmallMultiplesOption(rows: readonly Row[], options: SmallMultiplesOptions = {}): ChartOption {
  const { lang = 'zh', agency = 'agency_name', x = 'year', value = 'new_received', sharedScale = true } = options;
  const cohort = options.cohort ?? rows;
  const xs = orderedCategories([...rows, ...cohort], x);
  const values = perAgency(rows, agency, x, value, xs);
  const cohortValues = [...perAgency(cohort, agency, x, value, xs).values()];
  const medians = xs.map((_, i) => {
    const m = median(cohortValues.map((v) => v[i]).filter((v): v is number => v !== null));
    return m === null ? null : round(m, 2);
  });
  const agencies = (options.agencies ?? [...values.keys()]).slice(0, MAX_PANELS);
  const n = agencies.length;
  const cols = options.columns ?? (n <= 4 ? 2 : n <= 9 ? 3 : 4);
  const rowsN = Math.ceil(n / cols);
  const w = 100 / cols, h = 82 / rowsN;
  const pct = (v: number) => `${round(v, 2)}%`;
  const valueLabel = columnLabel(lang, value);
  const medianLabel = tr(lang, 'chart.median');
  const shown = agencies.flatMap((a) => values.get(a) ?? []).concat(medians);
  const max = sharedScale ? niceMax(Math.max(0, ...shown.filter((v): v is number => v !== null))) : undefined;
  const title = options.title ?? valueLabel;
  const base = baseOption(title, tr(lang, 'chart.desc.small_multiples', { n }), options);
  const panel = (i: number) => ({ c: i % cols, r: Math.floor(i / cols) });
  return {
    ...base,
    title: [
      base.title as object,
      ...agencies.map((a, i) => ({
        text: a, left: pct(panel(i).c * w + w / 2), top: pct(14 + panel(i).r * h), textAlign: 'center' as const,
        textStyle: { fontSize: 12, fontWeight: 'normal' as const }
      }))
    ],
    tooltip: { trigger: 'axis' },
    legend: { top: 32, data: [valueLabel, medianLabel] },
    grid: agencies.map((_, i) => ({
      left: pct(panel(i).c * w + 4), width: pct(w - 8), top: pct(14 + panel(i).r * h + 6), height: pct(h - 12)
    })),
    xAxis: agencies.map((_, i) => ({ type: 'category' as const, gridIndex: i, boundaryGap: false, data: xs, axisLabel: { fontSize: 10 } })),
    yAxis: agencies.map((_, i) => ({
      type: 'value' as const, gridIndex: i, splitNumber: 3, ...(max !== undefined ? { max } : {}), axisLabel: { fontSize: 10 }
    })),
    series: agencies.flatMap((a, i) => [
      {
        type: 'line' as const, name: valueLabel, xAxisIndex: i, yAxisIndex: i, symbolSize: 4,
        itemStyle: { color: PALETTE[0] }, data: values.get(a) ?? xs.map(() => null)
      },
      {
        type: 'line' as const, name: medianLabel, xAxisIndex: i, yAxisIndex: i, symbol: 'none',
        lineStyle: { type: 'dashed' as const, color: MEDIAN_COLOR }, itemStyle: { color: MEDIAN_COLOR }, data: medians
      }
    ])
  };
}
