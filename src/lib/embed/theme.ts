/** The dark theme of an embed: the chart option's text and axis colours for a dark background. */
import type { ChartOption } from '../charts/common';

export const DARK = { background: '#16191d', text: '#e4e7eb', muted: '#9aa5b1', line: '#3e4c59' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function recolor(v: unknown, patch: (o: Obj) => Obj): unknown {
  if (Array.isArray(v)) return v.map((x) => (isObj(x) ? patch(x) : x));
  return isObj(v) ? patch(v) : v;
}

const text = (o: Obj, key: string, color: string): Obj => ({ ...o, [key]: { ...(isObj(o[key]) ? o[key] : {}), color } });

function axis(o: Obj): Obj {
  let a = text(o, 'axisLabel', DARK.muted);
  a = text(a, 'nameTextStyle', DARK.muted);
  a = { ...a, axisLine: { ...(isObj(a.axisLine) ? a.axisLine : {}), lineStyle: { color: DARK.line } } };
  return { ...a, splitLine: { ...(isObj(a.splitLine) ? a.splitLine : {}), lineStyle: { color: DARK.line } } };
}

export function darkOption(option: ChartOption): ChartOption {
  const o = option as Obj;
  return {
    ...o,
    darkMode: true,
    backgroundColor: 'transparent',
    textStyle: { ...(isObj(o.textStyle) ? o.textStyle : {}), color: DARK.text },
    title: recolor(o.title, (t) => text(text(t, 'textStyle', DARK.text), 'subtextStyle', DARK.muted)),
    legend: recolor(o.legend, (l) => text(l, 'textStyle', DARK.text)),
    xAxis: recolor(o.xAxis, axis),
    yAxis: recolor(o.yAxis, axis)
  } as ChartOption;
}
