/**
 * Function formatters the JSON options cannot carry, added by the wrapper just before `setOption`:
 * value axes, tooltips and bar/line labels get 万/亿 (zh) or K/M (en) numbers. A value axis whose label
 * template is `{value}%` marks a percent chart: its tooltips and labels show "n%".
 */
import { formatNumber, NULL_MARK, toNumber, type Lang } from '../format/number';
import type { ChartOption } from './common';

// ECharts option objects are deeply polymorphic; this module only reads and copies plain fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const PERCENT_TEMPLATE = '{value}%';

function asList(v: unknown): Obj[] {
  return v === undefined ? [] : Array.isArray(v) ? (v as Obj[]) : [v as Obj];
}

function lastNumber(v: unknown): unknown {
  if (Array.isArray(v)) return v[v.length - 1];
  if (v && typeof v === 'object' && 'value' in v) return lastNumber((v as Obj).value);
  return v;
}

export function numberFormatter(lang: Lang, percent: boolean): (v: unknown) => string {
  return (v: unknown) => {
    const n = toNumber(lastNumber(v));
    if (n === null) return NULL_MARK;
    return percent ? `${n}%` : formatNumber(n, lang);
  };
}

export function attachFormatters(option: ChartOption, lang: Lang): ChartOption {
  const out: Obj = { ...(option as Obj) };
  let percent = false;
  for (const key of ['xAxis', 'yAxis'] as const) {
    if (out[key] === undefined) continue;
    const axes = asList(out[key]).map((ax) => {
      if (ax.axisLabel?.formatter === PERCENT_TEMPLATE) {
        percent = true;
        return ax;
      }
      if ((ax.type === 'value' || ax.type === 'log') && ax.axisLabel?.formatter === undefined) {
        return { ...ax, axisLabel: { ...ax.axisLabel, formatter: (v: number) => formatNumber(v, lang) } };
      }
      return ax;
    });
    out[key] = Array.isArray(out[key]) ? axes : axes[0];
  }
  const fmt = numberFormatter(lang, percent);
  if (out.tooltip && out.tooltip.valueFormatter === undefined && out.tooltip.formatter === undefined) {
    out.tooltip = { ...out.tooltip, valueFormatter: fmt };
  }
  if (out.series !== undefined) {
    out.series = asList(out.series).map((s) =>
      (s.type === 'bar' || s.type === 'line') && s.label?.show && s.label.formatter === undefined
        ? { ...s, label: { ...s.label, formatter: (p: { value: unknown }) => fmt(p.value) } }
        : s
    );
  }
  return out as ChartOption;
}
