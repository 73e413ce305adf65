/**
 * Report JSON content from normalised linear text (crawl text, one-value-per-line dumps, PDF/markdown text):
 * metadata, sections, format, and the three tables with provenance as character ranges of `text`.
 */
import { detectFormat, isPreFormat2019 } from './format-detect';
import { extractT2 } from './linear/t2';
import { extractT3 } from './linear/t3';
import { extractT4 } from './linear/t4';
import { Locator } from './linear/locate';
import { extractMetadata, type MetadataHints } from './metadata';
import { findSections } from './sections';
import type { Flag, Format, Provenance, T3Row } from './types';

export interface LinearResult {
  format: Format | null;
  formatReason: string;
  t2: Record<string, number | null>;
  t3: Record<string, T3Row>;
  t4: Record<string, Record<string, number | null>>;
  provenance: Record<string, Provenance>;
  /** CELL-MISSING and CELL-BLANK only. */
  flags: Flag[];
  /** Null cells of ambiguous digit runs → their possible values (ParsedReport.candidates). */
  candidates: Record<string, number[]>;
  sections: Record<string, [number, number]>;
  agency: string | null;
  year: number | null;
  published: string | null;
  title: string | null;
  period: { start: string; end: string } | null;
  tablesFound: { t2: boolean; t3: boolean; t4: boolean };
  /** True when the file is a pre-2019 format report (统计表 with 指标名称/计量单位, no 本年新收 table). */
  preFormat2019: boolean;
  /** 表三 shape as printed: 2021 (六)1/2/3 rows ('split') or the 2019 single (六) row ('single'). */
  t3OtherShape: 'split' | 'single' | null;
  /** 表三 data columns as printed (8 = extra 法人或其他组织 subtotal column, dropped from t3). */
  t3Columns: 7 | 8;
  /** Template of 表二's column headers, which can differ from `format` (2021 reports with old 表二). */
  t2Format: Format | null;
}

/** Inputs larger than this are cut (no report is this long; keeps worst-case time bounded). */
const MAX_CHARS = 2_000_000;

export function parseLinear(text: string, hints: MetadataHints = {}): LinearResult {
  const src = typeof text === 'string' ? (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text) : '';
  const loc = new Locator(src);
  const key = loc.key;
  const meta = extractMetadata(src, hints);
  const sections = findSections(src, loc);
  const cOf = (textOffset: number) => lowerBound(loc.c.map, textOffset);

  const tableFrom = sections.s2 ? cOf(sections.s2[0]) : 0;
  const tableTo = sections.s5 ? cOf(sections.s5[0]) : key.length;
  const tableKey = tableFrom < tableTo ? key.slice(tableFrom, tableTo) : key;
  const fmt = detectFormat(tableKey, meta.year);

  const sink = { provenance: {} as Record<string, Provenance>, flags: [] as Flag[], candidates: {} as Record<string, number[]> };
  const t3from = sections.s3 ? cOf(sections.s3[0]) : tableFrom;
  const t3 = extractT3(loc, t3from < tableTo ? t3from : 0, key.length, sink, fmt.format === '2021');
  const t2To = t3.cRange ? t3.cRange[0] : sections.s3 ? cOf(sections.s3[0]) : tableTo;
  const t2 = extractT2(loc, tableFrom < t2To ? tableFrom : 0, t2To, sink, fmt.format);
  const t4From = t3.cRange ? t3.cRange[1] : sections.s4 ? cOf(sections.s4[0]) : tableFrom;
  const t4To = sections.s5 && cOf(sections.s5[0]) > t4From ? cOf(sections.s5[0]) : key.length;
  const t4 = extractT4(loc, t4From, t4To, sink);

  const preFormat2019 = !t3.found && isPreFormat2019(key);
  return {
    format: fmt.format,
    formatReason: fmt.reason,
    t2: t2.t2,
    t3: t3.t3,
    t4: t4.t4,
    provenance: sink.provenance,
    flags: sink.flags,
    candidates: sink.candidates,
    sections,
    agency: meta.agency,
    year: meta.year,
    published: meta.published,
    title: meta.title,
    period: meta.period,
    tablesFound: { t2: t2.found, t3: t3.found, t4: t4.found },
    preFormat2019,
    t3OtherShape: t3.otherShape,
    t3Columns: t3.columns,
    t2Format: t2.format
  };
}

function lowerBound(map: Int32Array, value: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}
