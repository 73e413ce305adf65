/** Chart option builders (pure, JSON-serialisable) and their helpers. Chart.svelte is imported directly. */
export { buildTopNBarOption, rankTopN, type TopNBarOptions, type RankedEntry } from './top-n-bar';
export { buildTrendOption, type TrendOptions } from './trend';
export { buildStackedOption, stackValues, toPercent, partLabel, type StackedOptions } from './stacked';
export { buildReviewOutcomesOption, type ReviewOutcomesOptions } from './review-outcomes';
export { buildApplicantMixOption, type ApplicantMixOptions } from './applicant-mix';
export { buildGroupedBarOption, type GroupedBarOptions } from './grouped-bar';
export { buildHeatmapOption, heatmapCells, type HeatmapOptions } from './heatmap';
export { buildSmallMultiplesOption, niceMax, MAX_PANELS, type SmallMultiplesOptions } from './small-multiples';
export {
  buildResultChartOption, suggestResultChart, isNumericType, isTemporalType,
  type ResultChartKind, type ResultChartSpec, type ResultColumn, type ResultChartOptions
} from './result-chart';
export { buildCoverageOption, coverageStatus, COVERAGE_STATUSES, COVERAGE_COLORS, type CoverageOptions, type CoverageStatus } from './coverage';
export { buildTableModel, resolveColumns, exportRows, type TableModel, type TableColumn, type TableColumnArg, type CellKind } from './table-model';
export { attachFormatters, numberFormatter } from './formatters';
export { PART_COLORS } from './colors';
export { CJK_FONT_FAMILY, PALETTE, type BaseChartOptions, type ChartOption, type Row } from './common';
export { buildChartOption, CHART_BUILDERS, CHART_KINDS, isChartKind, type ChartKind, type ChartOptionsByKind } from './registry';
