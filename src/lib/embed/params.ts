/**
 * Parameters of an embed URL (`/embed/<chart>?<filters>&theme=`), refused or normalised before any use: a chart
 * must be registered, values are length-limited, unknown keys are ignored. Values are only ever compared and shown
 * as text, never inserted as HTML or SQL.
 */
import { decodeFilters, defaultFilters, type Filters } from '../dashboard/filters';
import { METRIC_BY_KEY } from '../dashboard/metrics';
import { readList } from '../dashboard/url-state';
import type { Lang } from '../format/number';
import { embedChart, type EmbedChart, type EmbedParams } from './registry';

export const MAX_PARAM_LENGTH = 200;
/** The compare page's agency list: up to MAX_AGENCIES ids. */
export const MAX_AGENCIES = 12;
const MAX_LENGTH: Record<string, number> = { agencies: MAX_AGENCIES * 65 };
export const EMBED_PARAM_KEYS = [
  'dataset', 'years', 'province', 'city', 'county', 'level', 'kind', 'format', 'theme', 'lang', 'agency', 'agencies', 'metric'
] as const;

export type Theme = 'light' | 'dark';

export type EmbedRequest =
  | { ok: true; chart: EmbedChart; filters: Filters; params: EmbedParams; theme: Theme; lang: Lang; datasetGiven: boolean }
  | { ok: false; message: string; theme: Theme };

/** A short, printable excerpt of untrusted text for an error message (shown as text). */
export function excerpt(s: string, max = 60): string {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

export function parseEmbedRequest(chartId: string, params: URLSearchParams, defaultDataset: string): EmbedRequest {
  const theme: Theme = params.get('theme') === 'dark' ? 'dark' : 'light';
  const chart = chartId.length <= 64 ? embedChart(chartId) : undefined;
  if (!chart) return { ok: false, theme, message: `没有名为“${excerpt(chartId)}”的可嵌入图表。` };
  for (const key of EMBED_PARAM_KEYS) {
    const v = params.get(key);
    if (v !== null && v.length > (MAX_LENGTH[key] ?? MAX_PARAM_LENGTH)) return { ok: false, theme, message: `参数 ${key} 过长（${v.length} 个字符），已拒绝。` };
  }
  const decoded = decodeFilters(params, defaultDataset);
  const filters = chart.filtered === false ? defaultFilters(decoded.dataset) : decoded;
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'zh';
  const metric = params.get('metric');
  const page: EmbedParams = {
    agency: params.get('agency')?.trim() || null,
    agencies: readList(params, 'agencies'),
    metric: metric && METRIC_BY_KEY.has(metric) ? metric : null
  };
  if (chart.params?.includes('agency') && !page.agency) return { ok: false, theme, message: '缺少参数 agency（单位编号）。' };
  if (chart.params?.includes('agencies')) {
    if (!page.agencies.length) return { ok: false, theme, message: '缺少参数 agencies（以逗号分隔的单位编号）。' };
    if (page.agencies.length > MAX_AGENCIES) return { ok: false, theme, message: `最多对比 ${MAX_AGENCIES} 个单位（收到 ${page.agencies.length} 个）。` };
  }
  return { ok: true, chart, filters, params: page, theme, lang, datasetGiven: params.has('dataset') && filters.dataset !== defaultDataset };
}
