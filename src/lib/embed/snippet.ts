/** The `<iframe>` snippet a publisher pastes, and the embed URL with the current filters. */
import { encodeFilters, type Filters } from '../dashboard/filters';
import type { Theme } from './params';
import type { EmbedParams } from './registry';

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * `<origin><base>/embed/<chart>?<filters>[&agency=|&agencies=&metric=][&theme=dark]`. The dataset is always written
 * so the embed keeps showing the same data when the site's default dataset changes.
 */
export function embedUrl(appUrl: string, chartId: string, filters: Filters, theme: Theme = 'light', page: Partial<EmbedParams> = {}): string {
  const url = new URL(`embed/${encodeURIComponent(chartId)}`, appUrl.endsWith('/') ? appUrl : `${appUrl}/`);
  const params = encodeFilters(filters, '');
  if (page.agency) params.set('agency', page.agency);
  if (page.agencies?.length) params.set('agencies', page.agencies.join(','));
  if (page.metric) params.set('metric', page.metric);
  if (theme === 'dark') params.set('theme', 'dark');
  url.search = params.toString();
  return url.href;
}

/** The full view of a chart with the same filters (`viewPath` may carry the page's own parameters). */
export function fullViewUrl(appUrl: string, viewPath: string, filters: Filters, defaultDataset: string): string {
  const url = new URL(viewPath.replace(/^\//, ''), appUrl.endsWith('/') ? appUrl : `${appUrl}/`);
  url.search = encodeFilters(filters, defaultDataset, url.searchParams).toString();
  return url.href;
}

/**
 * The snippet: an iframe, plus a small listener that sets its height from the embed's
 * `{type: 'gongkai:resize', height}` messages (accepted only from the embed's origin and from that iframe).
 */
export function iframeSnippet(src: string, title: string, height: number): string {
  const origin = new URL(src).origin;
  const iframe = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  const script = `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin).replace(/</g, '\\u003c')}||!e.data||e.data.type!=="gongkai:resize")return;for(var f of document.getElementsByTagName("iframe"))if(f.contentWindow===e.source)f.style.height=Math.min(+e.data.height||0,5000)+"px"})</` + `script>`;
  return `${iframe}\n${script}`;
}
