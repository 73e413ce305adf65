/**
 * What an embed page shows for a request and the loaded embed data: the heading, the chart rows and option, the
 * data-table columns, or the message that replaces the chart (data that cannot answer, unknown agencies, filters
 * on columns the grouped data left out). Pure: the route only renders it.
 */
import type { ChartOption, Row } from '../charts/common';
import type { Lang } from '../format/number';
import { embedRows, GROUP_MARK, missingFilterColumns, type EmbedData } from './embed-data';
import type { EmbedRequest } from './params';
import { chartColumns, chartTitle, chartView, unavailableReason, unknownAgencies, type EmbedChart, type EmbedContext, type EmbedParams } from './registry';
import { excerpt } from './params';

export interface EmbedView {
  title: string;
  /** Shown instead of the chart. */
  message: string | null;
  /** Shown under the chart. */
  note: string | null;
  rows: Row[];
  option: ChartOption | null;
  columns: string[];
  /** CSS height of the chart. */
  height: string;
  /** App path of the full view (with the page parameters; the filters are added by the caller). */
  view: string;
}

const FILTER_LABELS: Record<string, string> = { province: '省', city: '市', county: '县', level: '层级', kind: '类型', format: '年报格式' };
export const DEFAULT_EMBED_HEIGHT = 'clamp(240px, 62vh, 520px)';

export function embedView(req: Extract<EmbedRequest, { ok: true }>, data: EmbedData | null, lang: Lang): EmbedView {
  const base: EmbedView = {
    title: chartTitle(req.chart, lang), message: null, note: null, rows: [], option: null, columns: [], height: DEFAULT_EMBED_HEIGHT,
    view: chartView(req.chart, req.params)
  };
  if (!data) return base;
  const ctx: EmbedContext = { data, all: embedRows(data), filters: req.filters, params: req.params };
  const title = req.chart.heading ? req.chart.heading(ctx, lang) : base.title;
  const reason = unavailableReason(req.chart, data);
  if (reason) return { ...base, title, message: reason };
  const unknown = unknownAgencies(ctx);
  if (unknown.length) return { ...base, title, message: `数据集“${data.title}”中没有编号为 ${unknown.map((id) => `“${excerpt(id, 40)}”`).join('、')} 的单位。` };
  const missing = req.chart.filtered === false ? [] : missingFilterColumns(data, req.filters as unknown as Record<string, unknown>);
  if (missing.length)
    return {
      ...base, title,
      message: `数据集“${data.title}”规模较大，嵌入数据只按较粗的地区分组汇总，不能按${missing.map((k) => FILTER_LABELS[k] ?? k).join('、')}筛选；请去掉该筛选条件，或在完整视图中查看。`
    };
  const rows = req.chart.rows(ctx.all, req.filters, ctx);
  const columns = chartColumns(req.chart, ctx);
  return {
    ...base, title, rows,
    option: rows.length ? req.chart.option(rows, lang, title, ctx) : null,
    note: req.chart.note?.(ctx, lang) ?? null,
    columns: columns.filter((c) => !rows.length || c in rows[0]),
    height: req.chart.chartHeight && rows.length ? req.chart.chartHeight(rows) : DEFAULT_EMBED_HEIGHT
  };
}

/**
 * Page parameters for a chart's example snippet on the /embed list: the agencies with the most reports (one for
 * the agency charts, three for compare). Empty for charts without parameters or when the data has no agencies.
 */
export function exampleParams(chart: EmbedChart, data: EmbedData | null): Partial<EmbedParams> {
  if (!chart.params?.length || !data) return {};
  const counts = new Map<string, number>();
  for (const r of embedRows(data)) if (r.agency_id !== null && r.agency_id !== undefined && r[GROUP_MARK] === undefined) counts.set(String(r.agency_id), (counts.get(String(r.agency_id)) ?? 0) + 1);
  const ids = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  if (!ids.length) return {};
  return chart.params.includes('agency') ? { agency: ids[0] } : { agencies: ids.slice(0, 3) };
}
