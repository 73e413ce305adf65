import { columnLabel } from '../i18n/translate';
import { baseOption, compareNames, label, num, tr, type BaseChartOptions, type ChartOption, type Row } from './common';

export interface HeatmapOptions extends BaseChartOptions {
  /** Column across (default `rule`). */
  x?: string;
  /** Column down (default `agency_name`). */
  y?: string;
  /** Column holding a count per row; default each row counts 1 (rows of the `flags` table). */
  count?: string;
  /** Orders; default x sorted by id, y by total (largest first), then name. */
  xOrder?: readonly string[];
  yOrder?: readonly string[];
}

/** Counts per (y, x) cell with the axis orders. */
export function heatmapCells(rows: readonly Row[], x: string, y: string, count?: string) {
  const cells = new Map<string, number>();
  const xTotals = new Map<string, number>();
  const yTotals = new Map<string, number>();
  for (const r of rows) {
    const n = count ? num(r[count]) : 1;
    if (n === null) continue;
    const xv = label(r[x]), yv = label(r[y]);
    cells.set(`${yv}\u0000${xv}`, (cells.get(`${yv}\u0000${xv}`) ?? 0) + n);
    xTotals.set(xv, (xTotals.get(xv) ?? 0) + n);
    yTotals.set(yv, (yTotals.get(yv) ?? 0) + n);
  }
  const xs = [...xTotals.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ys = [...yTotals.keys()].sort((a, b) => yTotals.get(b)! - yTotals.get(a)! || compareNames(a, b));
  return { cells, xs, ys };
}

/** Agency × rule heatmap of flag counts (empty cells are left blank, not drawn as 0). */
export function buildHeatmapOption(rows: readonly Row[], options: HeatmapOptions = {}): ChartOption {
  const { lang = 'zh', x = 'rule', y = 'agency_name', count } = options;
  const { cells, xs: xAuto, ys: yAuto } = heatmapCells(rows, x, y, count);
  const xs = options.xOrder ? [...options.xOrder] : xAuto;
  const ys = options.yOrder ? [...options.yOrder] : yAuto;
  const data: [number, number, number][] = [];
  ys.forEach((yv, yi) => xs.forEach((xv, xi) => {
    const v = cells.get(`${yv}\u0000${xv}`);
    if (v) data.push([xi, yi, v]);
  }));
  const max = data.reduce((m, d) => Math.max(m, d[2]), 0);
  const title = options.title ?? (x === 'rule' ? tr(lang, 'chart.title.flags') : `${columnLabel(lang, y)} × ${columnLabel(lang, x)}`);
  const description = tr(lang, 'chart.desc.heatmap', { rows: ys.length, cols: xs.length, max });
  return {
    ...baseOption(title, description, options),
    tooltip: { position: 'top' },
    grid: { left: 16, right: 24, top: 64, bottom: 72 },
    xAxis: { type: 'category', name: columnLabel(lang, x), data: xs, splitArea: { show: true } },
    yAxis: { type: 'category', inverse: true, data: ys, splitArea: { show: true }, axisLabel: { width: 160, overflow: 'truncate' } },
    visualMap: {
      type: 'continuous', min: 0, max: Math.max(1, max), calculable: true, orient: 'horizontal', left: 'center', bottom: 8,
      inRange: { color: ['#FFF5EB', '#D55E00'] }
    },
    series: [{ type: 'heatmap', name: tr(lang, 'chart.flags'), data, label: { show: true } }]
  };
}
