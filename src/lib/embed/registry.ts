/**
 * Every embeddable chart: its title, the rows it draws (computed from the embed data, see aggregate.ts), the
 * option builder of the charts kit, and the full view it links back to.
 */
import type { Filters } from '../dashboard/filters';
import type { ChartOption, Row } from '../charts/common';
import type { Lang } from '../format/number';
import { buildTopNBarOption } from '../charts/top-n-bar';
import { buildTrendOption } from '../charts/trend';
import { buildStackedOption } from '../charts/stacked';
import { buildApplicantMixOption } from '../charts/applicant-mix';
import { buildGroupedBarOption } from '../charts/grouped-bar';
import type { EmbedData, EmbedRow } from './embed-data';
import { reportsPerYearRows as pivotPerYear, FORMAT_KEYS } from '../dashboard/overview-model';
import { decisionsRows, reportsPerYearRows, trendRows, volumeRows } from './aggregate';

export interface EmbedChart {
  id: string;
  title: string;
  titleEn: string;
  /** `reports`: needs a parsed dataset; `any`: also works on the lite report index. */
  needs: 'reports' | 'any';
  /** App path of the full view (filters are appended). */
  view: string;
  /** Columns of the data-table twin. */
  columns: string[];
  rows(data: EmbedRow[], f: Filters): Row[];
  option(rows: readonly Row[], lang: Lang, title: string): ChartOption;
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
  }
];

const BY_ID = new Map(EMBEDS.map((e) => [e.id, e]));

export function embedChart(id: string): EmbedChart | undefined {
  return BY_ID.get(id);
}

/** Whether the dataset's embed data can feed this chart. */
export function chartAvailable(chart: EmbedChart, data: Pick<EmbedData, 'table'>): boolean {
  return chart.needs === 'any' || data.table === 'reports';
}

export function chartTitle(chart: EmbedChart, lang: Lang): string {
  return lang === 'en' ? chart.titleEn : chart.title;
}
