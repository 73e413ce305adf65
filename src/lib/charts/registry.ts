/** Builders by kind name: the `data-chart` value of Chart.svelte and the `kind` an embed URL names. */
import type { ChartOption, Row } from './common';
import { buildTopNBarOption, type TopNBarOptions } from './top-n-bar';
import { buildTrendOption, type TrendOptions } from './trend';
import { buildStackedOption, type StackedOptions } from './stacked';
import { buildReviewOutcomesOption, type ReviewOutcomesOptions } from './review-outcomes';
import { buildApplicantMixOption, type ApplicantMixOptions } from './applicant-mix';
import { buildGroupedBarOption, type GroupedBarOptions } from './grouped-bar';
import { buildHeatmapOption, type HeatmapOptions } from './heatmap';
import { buildSmallMultiplesOption, type SmallMultiplesOptions } from './small-multiples';
import { buildResultChartOption, type ResultChartOptions } from './result-chart';
import { buildCoverageOption, type CoverageOptions } from './coverage';

export interface ChartOptionsByKind {
  'top-n-bar': TopNBarOptions;
  trend: TrendOptions;
  stacked: StackedOptions;
  'review-outcomes': ReviewOutcomesOptions;
  'applicant-mix': ApplicantMixOptions;
  'grouped-bar': GroupedBarOptions;
  heatmap: HeatmapOptions;
  'small-multiples': SmallMultiplesOptions;
  result: ResultChartOptions;
  coverage: CoverageOptions;
}
export type ChartKind = keyof ChartOptionsByKind;

export const CHART_BUILDERS: { [K in ChartKind]: (rows: readonly Row[], options: ChartOptionsByKind[K]) => ChartOption } = {
  'top-n-bar': buildTopNBarOption,
  trend: buildTrendOption,
  stacked: buildStackedOption,
  'review-outcomes': buildReviewOutcomesOption,
  'applicant-mix': buildApplicantMixOption,
  'grouped-bar': buildGroupedBarOption,
  heatmap: buildHeatmapOption,
  'small-multiples': buildSmallMultiplesOption,
  result: buildResultChartOption,
  coverage: buildCoverageOption
};

export const CHART_KINDS = Object.keys(CHART_BUILDERS) as ChartKind[];

export function isChartKind(v: string): v is ChartKind {
  return v in CHART_BUILDERS;
}

export function buildChartOption<K extends ChartKind>(kind: K, rows: readonly Row[], options: ChartOptionsByKind[K]): ChartOption {
  return CHART_BUILDERS[kind](rows, options);
}
