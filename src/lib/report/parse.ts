/**
 * Entry of the report parser (CLI, ingest and browser): bytes → ParsedReport. Never throws.
 * HTML and DOCX tables are read as grids (merged cells expanded); markdown pipe tables likewise; plain text and
 * PDF text go through the linear parser. Metadata and sections always come from the linear parser.
 */
import { decode } from './decode';
import { docxToHtml } from './docx';
import { readHtmlPage } from './html/page';
import { parseLinear, type LinearResult } from './linear';
import { markdownGrids } from './markdown';
import { normalizeText } from './normalize';
import { pdfText } from './pdf';
import { toSimplified } from './traditional';
import { readGrids, type TablesRead } from './grid/read-tables';
import { completeTables } from './grid/complete';
import type { Grid } from './grid/types';
import type { Flag, Format, ParsedReport, Provenance } from './types';
import { runReportRules } from '../rules/index';

/** Browser use of PDF input: the URL of pdfjs-dist's legacy `pdf.worker.mjs`. */
export { setPdfWorkerSrc } from './pdf';

/** Bump when the output for the same input changes. */
export const PARSER_VERSION = '1.0.0';

export function rejected(source: string, reason: string, input?: ParsedReport['input']): ParsedReport {
  const r: ParsedReport = { source, status: 'rejected', reason, agency: null, year: null, published: null, format: null, t2: {}, t3: {}, t4: {}, flags: [] };
  if (input) r.input = input;
  return r;
}

function baseName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}

interface Prepared {
  input: NonNullable<ParsedReport['input']>;
  text: string;
  grids: Grid[];
  hints: { title?: string; published?: string; fileName?: string };
  truncated: boolean;
  traditional: boolean;
  /** PDF: offset in `text` where each page starts. */
  pageStarts?: number[];
}

async function prepare(bytes: Uint8Array, source: string): Promise<Prepared | { reason: string; input?: ParsedReport['input'] }> {
  const d = decode(bytes);
  if (!d.ok) return { reason: d.reason };
  const hints: Prepared['hints'] = { fileName: baseName(source) };
  const fromHtml = async (html: string, input: 'html' | 'docx', truncated: boolean): Promise<Prepared> => {
    const simp = await toSimplified(html);
    const page = readHtmlPage(simp.text);
    if (page.title) hints.title = page.title;
    if (page.published) hints.published = page.published;
    return { input, text: page.text, grids: page.grids, hints, truncated, traditional: simp.converted };
  };
  if (d.kind === 'docx') {
    const r = await docxToHtml(d.bytes);
    if (!r.ok) return { reason: d.truncated ? 'truncated DOCX (zip directory missing)' : r.reason, input: 'docx' };
    return fromHtml(r.html, 'docx', d.truncated);
  }
  if (d.kind === 'pdf') {
    const r = await pdfText(d.bytes);
    if (!r.ok) return { reason: d.truncated ? 'truncated PDF (no end-of-file marker)' : r.reason, input: 'pdf' };
    const simp = await toSimplified(r.text);
    const pages = simp.converted ? await Promise.all(r.pages.map(async (pg) => (await toSimplified(pg)).text)) : r.pages;
    // Normalised page by page so each page's start offset in the text is exact.
    const normPages = pages.map(normalizeText);
    const pageStarts: number[] = [];
    let at = 0;
    for (const pg of normPages) {
      pageStarts.push(at);
      at += pg.length + 1;
    }
    return { input: 'pdf', text: normPages.join('\n'), grids: [], hints, truncated: d.truncated, traditional: simp.converted, pageStarts };
  }
  if (d.kind === 'html') return fromHtml(d.text, 'html', d.truncated);
  const simp = await toSimplified(d.text);
  const text = normalizeText(simp.text);
  if (d.kind === 'markdown') return { input: 'markdown', text, grids: markdownGrids(text), hints, truncated: d.truncated, traditional: simp.converted };
  return { input: 'text', text, grids: [], hints, truncated: d.truncated, traditional: simp.converted };
}

const REPORT_HINT = /政府信息公开|信息公开工作|年度报告/;

/**
 * 表三 (六) rows and 表二 headers read from grids are direct evidence of the template; as in format-detect, any
 * 2021 label makes it 2021 (a 2021 report may keep the old 表二 headers).
 */
function pickFormat(lin: LinearResult, tables: TablesRead | null): Format | null {
  if (tables?.formatVotes['2021']) return '2021';
  if (tables?.formatVotes['2019']) return '2019';
  return lin.format;
}

function withPages(prov: Record<string, Provenance>, starts: number[]): Record<string, Provenance> {
  const out: Record<string, Provenance> = {};
  for (const [k, v] of Object.entries(prov)) {
    if (v.start === undefined) {
      out[k] = v;
      continue;
    }
    let page = 0;
    while (page + 1 < starts.length && starts[page + 1] <= v.start) page++;
    out[k] = { ...v, page: page + 1 };
  }
  return out;
}

/** `2019年上海市人民政府办公厅政府信息公开工作年度报告`: the agency follows the year. */
function agencyAfterYear(title: string | null): string | null {
  const m = title?.replace(/\s+/g, '').match(/^\d{4}年度?(.{2,40}?)(?:政府)?信息公开/);
  return m && !/\d/.test(m[1]) ? m[1] : null;
}

function assemble(source: string, p: Prepared, lin: LinearResult): ParsedReport {
  const tables = p.grids.length ? readGrids(p.grids) : null;
  const format = pickFormat(lin, tables);
  const found = {
    t2: lin.tablesFound.t2 || !!tables?.found.t2,
    t3: lin.tablesFound.t3 || !!tables?.found.t3,
    t4: lin.tablesFound.t4 || !!tables?.found.t4
  };
  const report: ParsedReport = {
    source, status: 'parsed', reason: null, agency: lin.agency ?? agencyAfterYear(lin.title), year: lin.year, published: lin.published, format,
    t2: lin.t2, t3: lin.t3, t4: lin.t4, flags: [], title: lin.title, text: p.text, sections: lin.sections,
    provenance: {}, input: p.input, period: lin.period
  };
  // Linear flags/provenance for the tables the grids do not supply; grid values replace linear ones table by table.
  const fromGrid = { t2: !!tables?.found.t2, t3: !!tables?.found.t3, t4: !!tables?.found.t4 };
  const keep = (path: string) => !fromGrid[path.split('.')[0] as 't2' | 't3' | 't4'];
  let provenance: Record<string, Provenance> = lin.provenance;
  let flags: Flag[] = [...lin.flags];
  if (tables) {
    provenance = {};
    for (const [k, v] of Object.entries(lin.provenance)) if (keep(k)) provenance[k] = v;
    flags = lin.flags.filter((f) => f.cells.every(keep));
    const gridFlags = completeTables(tables, format ?? '2021');
    if (fromGrid.t2) report.t2 = tables.t2;
    if (fromGrid.t3) report.t3 = tables.t3;
    if (fromGrid.t4) report.t4 = tables.t4;
    for (const [k, v] of Object.entries(tables.provenance)) if (!keep(k)) provenance[k] = v;
    flags.push(...gridFlags.filter((f) => f.cells.every((c) => !keep(c))));
  }
  if (p.pageStarts) provenance = withPages(provenance, p.pageStarts);
  report.provenance = provenance;
  report.flags = flags;
  const candidates = Object.entries(lin.candidates).filter(([k]) => keep(k));
  if (candidates.length) report.candidates = Object.fromEntries(candidates);
  if (!found.t3 && !found.t2 && !found.t4) {
    report.status = 'rejected';
    const looksLikeReport = REPORT_HINT.test(p.text.slice(0, 5000)) || lin.title !== null;
    report.reason = p.truncated
      ? 'truncated file: the statistical tables (表二/表三/表四) are missing'
      : looksLikeReport
        ? 'no statistical tables (表二/表三/表四) found: incomplete or truncated report'
        : 'not a government information-disclosure annual report (no report title or statistical tables)';
    report.t2 = {};
    report.t3 = {};
    report.t4 = {};
    report.flags = [];
    report.provenance = {};
    delete report.candidates;
  }
  return report;
}

async function parseInner(bytes: Uint8Array, source: string): Promise<ParsedReport> {
  const p = await prepare(bytes, source);
  if ('reason' in p) return rejected(source, p.reason, p.input);
  if (p.text.trim().length < 20) {
    const reason = p.truncated
      ? 'truncated file: almost no text'
      : p.input === 'pdf'
        ? 'PDF has no text layer (a scanned image?); OCR is not supported'
        : 'no report text in the file';
    return rejected(source, reason, p.input);
  }
  const lin = parseLinear(p.text, p.hints);
  if (lin.preFormat2019) {
    const r = rejected(source, 'pre-2019 format not supported', p.input);
    return { ...r, agency: lin.agency, year: lin.year, published: lin.published, title: lin.title };
  }
  const report = assemble(source, p, lin);
  if (report.status === 'parsed') report.flags.push(...runReportRules(report));
  return report;
}

export async function parseReport(input: Uint8Array, source: string): Promise<ParsedReport> {
  try {
    return await parseInner(input, source);
  } catch (e) {
    return rejected(source, `internal parser error: ${(e as Error)?.message ?? String(e)}`);
  }
}
