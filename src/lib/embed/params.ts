/**
 * Parameters of an embed URL (`/embed/<chart>?<filters>&theme=`), refused or normalised before any use: a chart
 * must be registered, values are length-limited, unknown keys are ignored. Values are only ever compared and shown
 * as text, never inserted as HTML or SQL.
 */
import { decodeFilters, type Filters } from '../dashboard/filters';
import type { Lang } from '../format/number';
import { embedChart, type EmbedChart } from './registry';

export const MAX_PARAM_LENGTH = 200;
export const EMBED_PARAM_KEYS = ['dataset', 'years', 'province', 'city', 'county', 'level', 'kind', 'format', 'theme', 'lang'] as const;

export type Theme = 'light' | 'dark';

export type EmbedRequest =
  | { ok: true; chart: EmbedChart; filters: Filters; theme: Theme; lang: Lang; datasetGiven: boolean }
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
    if (v !== null && v.length > MAX_PARAM_LENGTH) return { ok: false, theme, message: `参数 ${key} 过长（${v.length} 个字符），已拒绝。` };
  }
  const filters = decodeFilters(params, defaultDataset);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'zh';
  return { ok: true, chart, filters, theme, lang, datasetGiven: params.has('dataset') && filters.dataset !== defaultDataset };
}
