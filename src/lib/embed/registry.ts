/**
 * Every embeddable chart: its title, the rows it draws (computed from the embed data, see aggregate.ts and
 * aggregate-pages.ts), the option builder of the charts kit, and the full view it links back to. Ids are the
 * `ChartPanel name`s of the overview, compare, agency and coverage pages.
 */
import type { Filters } from '../dashboard/filters';
import type { ChartOption, Row } from '../charts/common';
import type { Lang } from '../format/number';
import { buildTopNBarOption } from '../charts/top-n-bar';
import { buildTrendOption } from '../charts/trend';
import { buildStackedOption } from '../charts/stacked';
import { buildApplicantMixOption } from '../charts/applicant-mix';
import { buildGroupedBarOption } from '../charts/grouped-bar';
import { buildReviewOutcomesOption } from '../charts/review-outcomes';
import { buildHeatmapOption } from '../charts/heatmap';
import { buildSmallMultiplesOption } from '../charts/small-multiples';
import { buildCoverageOption } from '../charts/coverage';
import { metric as metricOf } from '../dashboard/metrics';
import { EMBED_T4_COLUMNS, sectionRows, type EmbedData, type EmbedRow } from './embed-data';
import { reportsPerYearRows as pivotPerYear, FORMAT_KEYS } from '../dashboard/overview-model';
import { decisionsRows, flagHeatmapRows, latestName, reportsPerYearRows, reviewRows, topFlagAgencies, trendRows, volumeRows } from './aggregate';
import { agencyReportRows, cohortRows, compareRows, coverageRows } from './aggregate-pages';

/** Page parameters an embed may take besides the filters (the compare and agency pages'). */
export interface EmbedParams {
  /** Agency page: the agency id. */
  agency: string | null;
  /** Compare page: the chosen agency ids (at most 12). */
  agencies: string[];
  /** Compare page: the measure (a key of src/lib/dashboard/metrics.ts). */
  metric: string | null;
}

export const NO_PARAMS: EmbedParams = { agency: null, agencies: [], metric: null };

/** What a chart computes from: the whole embed data, its rows as objects, the filters and page parameters. */
export interface EmbedContext {
  data: EmbedData;
  all: EmbedRow[];
  filters: Filters;
  params: EmbedParams;
}

export interface EmbedChart {
  id: string;
  title: string;
  titleEn: string;
  /**
   * `any`: also works on the lite report index; `reports`: needs a parsed dataset; `per-agency`: needs the
   * per-report rows of the agencies in the parameters (the per-report form, or the grouped form's agency shards);
   * `per-report`: needs one row per report of every agency (the per-report form only).
   */
  needs: 'reports' | 'any' | 'per-agency' | 'per-report';
  /** A part of the embed data the chart needs, and its name for the message when it is absent. */
  requires?: { label: string; has: (d: EmbedData) => boolean };
  /** Page parameters the chart cannot do without. */
  params?: readonly ('agency' | 'agencies')[];
  /** The global filters apply (false: only the dataset is kept, as on the agency page). */
  filtered?: boolean;
  /** App path of the full view (filters and page parameters are appended). */
  view: string | ((p: EmbedParams) => string);
  /** Columns of the data-table twin. */
  columns: string[] | ((ctx: EmbedContext) => string[]);
  rows(data: EmbedRow[], f: Filters, ctx: EmbedContext): Row[];
  option(rows: readonly Row[], lang: Lang, title: string, ctx: EmbedContext): ChartOption;
  /** The heading when it depends on the parameters (e.g. the agency's name). */
  heading?(ctx: EmbedContext, lang: Lang): string;
  /** A line under the chart (e.g. what the grouped data cannot show), or null. */
  note?(ctx: EmbedContext, lang: Lang): string | null;
  /** CSS height of the chart when it grows with its rows. */
  chartHeight?(rows: readonly Row[]): string;
  /** Default iframe height in px. */
  height: number;
}

const OUTCOMES = ['granted', 'partial', 'denied', 'unable', 'not_processed', 'other'];
const APPLICANTS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org'].map((c) => `new_${c}`);
const FORMAT_LABELS: Record<string, [string, string]> = {
  older: ['2019 年以前旧格式', 'Pre-2019 format'],
  '2019': ['2019 年版格式', '2019 template'],
  '2021': ['2021 年版格式', '2021 template']
};

export const EMBEDS: EmbedChart[] = [
  {
    id: 'reports-per-year',
    title: '各年度报告数量',
    titleEn: 'Reports per year',
    needs: 'any',
    view: '/',
    columns: ['year', ...FORMAT_KEYS.map((k) => `format_${k}`)],
    rows: (data, f) => pivotPerYear(reportsPerYearRows(data, f) as { year: number; format: string; n: number }[]).rows,
    option(rows, lang, title) {
      const formats = Object.keys(rows[0] ?? {}).filter((k) => k.startsWith('format_'));
      const partLabels = Object.fromEntries(formats.map((k) => [k, FORMAT_LABELS[k.slice(7)]?.[lang === 'en' ? 1 : 0] ?? k.slice(7)]));
      return buildStackedOption(rows, { lang, title, category: 'year', parts: formats, partLabels });
    },
    height: 420
  },
  {
    id: 'trend',
    title: '年度趋势',
    titleEn: 'Trend by year',
    needs: 'reports',
    view: '/',
    columns: ['year', 'reports', 'new_received', 'total_processed'],
    rows: (data, f) => trendRows(data, f),
    option: (rows, lang, title) => buildTrendOption(rows, { lang, title, metrics: ['new_received', 'total_processed'] }),
    height: 420
  },
  {
    id: 'outcomes',
    title: '办理结果构成',
    titleEn: 'Outcome composition',
    needs: 'reports',
    view: '/',
    columns: ['year', ...OUTCOMES],
    rows: (data, f) => trendRows(data, f),
    option: (rows, lang, title) => buildStackedOption(rows, { lang, title, category: 'year', parts: OUTCOMES, percent: true }),
    height: 440
  },
  {
    id: 'applicants',
    title: '申请人构成',
    titleEn: 'Applicant mix',
    needs: 'reports',
    view: '/',
    columns: ['year', ...APPLICANTS],
    rows: (data, f) => trendRows(data, f),
    option: (rows, lang, title) => buildApplicantMixOption(rows, { lang, title, mode: 'bar', detail: true, category: 'year' }),
    height: 440
  },
  {
    id: 'volume',
    title: '各单位本年新收申请',
    titleEn: 'Requests received by agency',
    needs: 'reports',
    view: '/',
    columns: ['agency_name', 'new_received'],
    rows: (data, f) => volumeRows(data, f),
    option: (rows, lang, title) => buildTopNBarOption(rows, { lang, title, n: 10 }),
    height: 460
  },
  {
    id: 'decisions',
    title: '行政许可、处罚、强制决定',
    titleEn: 'Licence, penalty and coercion decisions',
    needs: 'reports',
    view: '/',
    columns: ['agency_name', 'license_decisions', 'penalty_decisions', 'coercion_decisions'],
    rows: (data, f) => decisionsRows(data, f, 10),
    option: (rows, lang, title) => buildGroupedBarOption(rows, { lang, title, log: true }),
    height: 480
  },
  {
    id: 'review',
    title: '行政复议与行政诉讼结果',
    titleEn: 'Review and litigation outcomes',
    needs: 'reports',
    requires: { label: '表四汇总', has: (d) => EMBED_T4_COLUMNS.some((c) => d.columns.includes(c)) },
    view: '/',
    columns: ['grp', 'outcome', 'value'],
    rows: (data, f) => reviewRows(data, f),
    option: (rows, lang, title) => buildReviewOutcomesOption(rows, { lang, title }),
    height: 420
  },
  {
    id: 'flags-heatmap',
    title: '问题分布（单位 × 规则）',
    titleEn: 'Flags by agency and rule',
    needs: 'reports',
    requires: { label: '问题标记汇总', has: (d) => d.flags !== undefined },
    view: '/',
    columns: ['agency_name', 'rule', 'n'],
    rows: (_, f, ctx) => topFlagAgencies(flagHeatmapRows(sectionRows(ctx.data.flags), f), 25),
    option: (rows, lang, title) => buildHeatmapOption(rows, { lang, title, x: 'rule', y: 'agency_name', count: 'n' }),
    chartHeight: (rows) => `${Math.max(360, new Set(rows.map((r) => r.agency_id)).size * 24 + 140)}px`,
    height: 560
  },
  {
    id: 'compare',
    title: '单位对比（分年度）',
    titleEn: 'Agencies compared by year',
    needs: 'per-agency',
    params: ['agencies'],
    view: (p) => `/compare?agencies=${encodeURIComponent(p.agencies.join(','))}${p.metric ? `&metric=${encodeURIComponent(p.metric)}` : ''}`,
    columns: (ctx) => ['agency_name', 'year', metricOf(ctx.params.metric).key],
    rows: (data, f, ctx) => compareRows(data, f, ctx.params.agencies),
    option(rows, lang, title, ctx) {
      const m = metricOf(ctx.params.metric);
      const n = ctx.params.agencies.length;
      return buildSmallMultiplesOption(rows, {
        lang, title, value: m.key, agencies: ctx.params.agencies.map((id) => agencyName(ctx, id)),
        cohort: compareCohort(ctx) ?? [], columns: n <= 4 ? 2 : n <= 9 ? 3 : 4
      });
    },
    note: (ctx, lang) =>
      compareCohort(ctx) === null
        ? lang === 'en'
          ? 'Peer medians are shown on this large dataset only without place or format filters and when the agencies share one level and kind; see the full view.'
          : '此数据集较大：只有在未按地区或格式筛选、且所选单位层级与类型相同时才显示同类中位数；请在完整视图中查看。'
        : null,
    heading(ctx, lang) {
      const m = metricOf(ctx.params.metric);
      return `${lang === 'en' ? m.en : m.zh} · ${lang === 'en' ? 'by year' : '分年度对比'}`;
    },
    chartHeight: (rows) => {
      const n = new Set(rows.map((r) => r.agency_id)).size;
      return `${Math.ceil(Math.max(1, n) / (n <= 4 ? 2 : n <= 9 ? 3 : 4)) * 210 + 130}px`;
    },
    height: 560
  },
  {
    id: 'agency-trend',
    title: '单位年度趋势',
    titleEn: "Agency's trend by year",
    needs: 'per-agency',
    params: ['agency'],
    filtered: false,
    view: (p) => `/agency/${encodeURIComponent(p.agency ?? '')}`,
    columns: ['year', 'new_received', 'total_processed', 'granted'],
    rows: (data, _, ctx) => agencyReportRows(data, ctx.params.agency ?? ''),
    option: (rows, lang, title) => buildTrendOption(rows, { lang, title, metrics: ['new_received', 'total_processed', 'granted'] }),
    heading: (ctx, lang) => `${agencyName(ctx, ctx.params.agency ?? '')} · ${lang === 'en' ? 'trend by year' : '年度趋势'}`,
    height: 420
  },
  {
    id: 'agency-outcomes',
    title: '单位办理结果构成',
    titleEn: "Agency's outcome composition",
    needs: 'per-agency',
    params: ['agency'],
    filtered: false,
    view: (p) => `/agency/${encodeURIComponent(p.agency ?? '')}`,
    columns: ['year', ...OUTCOMES],
    rows: (data, _, ctx) => agencyReportRows(data, ctx.params.agency ?? ''),
    option: (rows, lang, title) => buildStackedOption(rows, { lang, title, category: 'year', parts: OUTCOMES }),
    heading: (ctx, lang) => `${agencyName(ctx, ctx.params.agency ?? '')} · ${lang === 'en' ? 'outcome composition' : '办理结果构成'}`,
    height: 440
  },
  {
    id: 'coverage',
    title: '年报发布情况',
    titleEn: 'Report publication',
    needs: 'per-report',
    requires: { label: '单位名录', has: (d) => d.agencies !== undefined },
    view: '/coverage',
    columns: ['agency_name', 'year', 'status', 'published', 'deadline', 'days_late'],
    rows: (data, f, ctx) => coverageRows(data, sectionRows(ctx.data.agencies), { ...f, format: null }),
    option(rows, lang, title) {
      const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
      const agencies = [...new Set(rows.map((r) => String(r.agency_name)))];
      return buildCoverageOption(rows.filter((r) => r.report_id), { lang, title, years, agencies });
    },
    chartHeight: (rows) => `${Math.max(320, new Set(rows.map((r) => r.agency_id)).size * 22 + 150)}px`,
    height: 620
  }
];

/**
 * The rows whose per-year median the compare chart draws: the cohort's reports (per-report form), or, from the
 * grouped form's `cohort_medians`, one row per year holding the median when that is exact (the chosen agencies share
 * one level × kind and no place/format filter is set; a year filter only selects years). Null: not available.
 */
export function compareCohort(ctx: EmbedContext): Row[] | null {
  if (ctx.data.form !== 'agencies') return cohortRows(ctx.all, ctx.filters, ctx.params.agencies);
  const f = ctx.filters;
  if (f.province || f.city || f.county || f.format || !ctx.data.cohort_medians) return null;
  const want = new Set(ctx.params.agencies);
  const cohorts = new Set(ctx.all.filter((r) => want.has(String(r.agency_id))).map((r) => JSON.stringify([r.level ?? null, r.kind ?? null])));
  if (cohorts.size !== 1) return null;
  const [level, kind] = JSON.parse([...cohorts][0]) as [string | null, string | null];
  const m = metricOf(ctx.params.metric).key;
  return sectionRows(ctx.data.cohort_medians)
    .filter((r) => (r.level ?? null) === level && (r.kind ?? null) === kind && (!f.years || (Number(r.year) >= f.years[0] && Number(r.year) <= f.years[1])))
    .map((r) => ({ agency_name: '\u0000median', year: r.year, [m]: r[m] }));
}

/** An agency's name: from the agency list, else its latest report; the id when unknown. */
export function agencyName(ctx: EmbedContext, id: string): string {
  const a = sectionRows(ctx.data.agencies).find((r) => r.agency_id === id);
  if (a?.name) return String(a.name);
  const name = latestName(ctx.all.filter((r) => r.agency_id === id));
  return name === null ? id : String(name);
}

const BY_ID = new Map(EMBEDS.map((e) => [e.id, e]));

export function embedChart(id: string): EmbedChart | undefined {
  return BY_ID.get(id);
}

/** Whether the dataset's embed data can feed this chart. */
export function chartAvailable(chart: EmbedChart, data: EmbedData): boolean {
  return unavailableReason(chart, data) === null;
}

/** Why the dataset's embed data cannot feed this chart (a Chinese message), or null when it can. */
export function unavailableReason(chart: EmbedChart, data: EmbedData): string | null {
  if (chart.needs === 'any') return null;
  if (data.table !== 'reports') return `数据集“${data.title}”不含此图所需的已解析年报数据。`;
  if ((chart.needs === 'per-report' && data.form !== undefined && data.form !== 'reports') || (chart.needs === 'per-agency' && data.form === 'groups'))
    return `数据集“${data.title}”规模较大，嵌入数据只含分组汇总，不含逐份年报，无法提供此图；请在完整视图中查看。`;
  if (chart.requires && !chart.requires.has(data))
    return `数据集“${data.title}”的嵌入数据不含此图所需的${chart.requires.label}（需运行 node scripts/build-embed-data.mjs datasets/${data.dataset} 重新生成）。`;
  return null;
}

/** Agency ids of the page parameters that the data does not know (shown as text in a message). */
export function unknownAgencies(ctx: EmbedContext): string[] {
  const ids = [...ctx.params.agencies, ...(ctx.params.agency ? [ctx.params.agency] : [])];
  const known = new Set([...ctx.all.map((r) => r.agency_id), ...sectionRows(ctx.data.agencies).map((r) => r.agency_id)]);
  return ids.filter((id) => !known.has(id));
}

export function chartColumns(chart: EmbedChart, ctx: EmbedContext): string[] {
  return typeof chart.columns === 'function' ? chart.columns(ctx) : chart.columns;
}

export function chartView(chart: EmbedChart, params: EmbedParams): string {
  return typeof chart.view === 'function' ? chart.view(params) : chart.view;
}

export function chartTitle(chart: EmbedChart, lang: Lang): string {
  return lang === 'en' ? chart.titleEn : chart.title;
}
