/** The one place ECharts modules are registered: only what the builders of this folder use. */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  VisualMapContinuousComponent, VisualMapPiecewiseComponent
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, PieChart, ScatterChart, HeatmapChart,
  TitleComponent, TooltipComponent, GridComponent, LegendComponent, AriaComponent,
  VisualMapContinuousComponent, VisualMapPiecewiseComponent,
  LabelLayout, CanvasRenderer, SVGRenderer
]);

export { echarts };
export type { EChartsType } from 'echarts/core';
