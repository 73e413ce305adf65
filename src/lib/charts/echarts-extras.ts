/** ECharts modules loaded on demand by `ensureModules` (echarts.ts). */
import * as echarts from 'echarts/core';
import { PieChart, ScatterChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([PieChart, ScatterChart, SVGRenderer]);
