/**
 * A saved web page → the report body: the lowest element holding every report table and the section-one
 * heading, so site chrome (menus, footers, related links) is left out. Title and date come from the page's
 * metadata when the body does not carry them.
 */
import { lowestCommonAncestor, parseHtml, textOf, type Document, type Element } from './dom';
import { linearise, type Linearised } from './linearize';
import { indexDom, type DomIndex } from './dom-index';
import { capNesting } from './cap-nesting';

const REPORT_TABLE = /第二十条|本年新收|上年结转|行政复议|申请人情况/;

export interface HtmlPage extends Linearised {
  title: string | null;
  published: string | null;
}

function meta(doc: Document, names: string[]): string | null {
  const metas = doc.metas;
  for (const n of names) {
    const m = metas.find((e) => (e.attribs.name ?? e.attribs.property ?? '').toLowerCase() === n.toLowerCase());
    const v = m?.attribs.content?.trim();
    if (v) return v;
  }
  return null;
}

function isoDate(s: string | null): string | null {
  const m = s?.match(/(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/);
  if (!m) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** `发布时间：2025-03-10 15:35` in the article's info bar (outside the report body), the first one on the page. */
const INFO_DATE = /(?:发布|发文|成文)?(?:日期|时间)\s*[:：]\s*(?:<[^>]{0,200}>\s*){0,4}(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})/;

function infoBarDate(html: string): string | null {
  const m = INFO_DATE.exec(html.length > 400_000 ? html.slice(0, 400_000) : html);
  return m ? isoDate(m[1].replace(/\s+/g, '')) : null;
}

function findBody(index: DomIndex): Element | null {
  const tables = index.tables.filter((t) => !index.hasTable.has(t) && REPORT_TABLE.test(textOf(t)));
  let body: Element | null = lowestCommonAncestor(tables.slice(0, 12));
  if (!body) return null;
  // Walk up until the body also holds the opening of the report (section one / statistics period).
  for (let i = 0; i < 12 && body.parent; i++) {
    const t = textOf(body);
    if (/总体情况|统计期限|概述/.test(t) || body.name === 'body') break;
    body = body.parent as Element;
  }
  return body;
}

export function readHtmlPage(html: string): HtmlPage {
  const doc = parseHtml(capNesting(html));
  const index = indexDom(doc);
  const body = findBody(index);
  // The page's index covers the body's subtree as well.
  const lin = linearise(body ?? doc, index);
  const titleEl = doc.title;
  let title = meta(doc, ['ArticleTitle', 'og:title', 'title']) ?? (titleEl ? textOf(titleEl).trim().split(/[_|–-]/)[0].trim() : null);
  if (title && !/报告/.test(title)) title = null;
  const published =
    isoDate(meta(doc, ['PubDate', 'pubdate', 'publishdate', 'article:published_time', 'firstpublishedtime'])) ?? infoBarDate(html);
  return { ...lin, title: title || null, published };
}
