/**
 * The one place ECharts modules are registered: only what the builders of this folder use. The dashboard's charts
 * (bar, line, heatmap on canvas) load with the page; pie, scatter and the SVG renderer come on demand
 * (`ensureModules`), which keeps them out of the first JS of `/` and of the embeds.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  VisualMapContinuousComponent, VisualMapPiecewiseComponent
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, HeatmapChart,
  TitleComponent, TooltipComponent, GridComponent, LegendComponent, AriaComponent,
  VisualMapContinuousComponent, VisualMapPiecewiseComponent,
  LabelLayout, CanvasRenderer
]);

const EXTRA_SERIES = new Set(['pie', 'scatter']);
let extras: Promise<unknown> | undefined;

/** Whether drawing `option` with `renderer` needs the on-demand modules. */
export function needsExtras(option: unknown, renderer: 'canvas' | 'svg' = 'canvas'): boolean {
  if (renderer === 'svg') return true;
  const series = (option as { series?: unknown } | null)?.series;
  const list = Array.isArray(series) ? series : series ? [series] : [];
  return list.some((s) => EXTRA_SERIES.has((s as { type?: string })?.type ?? ''));
}

/** Registers pie, scatter and the SVG renderer when `option`/`renderer` need them; null when nothing to wait for. */
export function ensureModules(option: unknown, renderer: 'canvas' | 'svg' = 'canvas'): Promise<unknown> | null {
  if (!needsExtras(option, renderer)) return null;
  extras ??= import('./echarts-extras');
  return extras;
}

export { echarts };
export type { EChartsType } from 'echarts/core';
