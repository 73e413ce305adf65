/** One report as the /report and /check pages show it: values by cell path, flags by cell, marked text. */
import type { CellPath, Flag, Format, ParsedReport, RuleId, Severity } from '../report/types';

export interface ReportView {
  /** Cell path → value (null = absent or unreadable in the report). */
  values: Map<CellPath, number | null>;
  /** Cell path → raw provenance JSON, when stored. */
  provenance: Map<CellPath, string>;
  flags: Flag[];
  /** Cell path → indices into `flags`. */
  flagsByCell: Map<CellPath, number[]>;
  text: string;
  format: Format | null;
}

export interface CellRowT3 { row: string; col: string; value: number | null; provenance?: string | null }
export interface CellRowT2 { key: string; value: number | null; provenance?: string | null }
export interface CellRowT4 { grp: string; outcome: string; value: number | null; provenance?: string | null }
export interface FlagRow {
  rule: string; severity: string; cells: string | null; expected: string | null; actual: string | null;
  message: string | null; message_en: string | null;
}

/** The JSON array of cell paths stored in flags.cells; bad JSON → []. */
export function parseCells(json: string | null | undefined): CellPath[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const numOrText = (v: string | null): number | string | null => (v === null ? null : v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v);

export function flagFromRow(r: FlagRow): Flag {
  return {
    rule: r.rule as RuleId,
    severity: r.severity as Severity,
    cells: parseCells(r.cells),
    expected: numOrText(r.expected),
    actual: numOrText(r.actual),
    message: r.message ?? '',
    message_en: r.message_en ?? undefined
  };
}

function indexFlags(flags: Flag[]): Map<CellPath, number[]> {
  const m = new Map<CellPath, number[]>();
  flags.forEach((f, i) => {
    for (const c of f.cells) {
      const list = m.get(c) ?? [];
      if (!list.includes(i)) list.push(i);
      m.set(c, list);
    }
  });
  return m;
}

/** From the dataset tables (t2/t3/t4_cells, flags, texts section `full`). */
export function reportViewFromRows(input: {
  format: string | null;
  t2: CellRowT2[];
  t3: CellRowT3[];
  t4: CellRowT4[];
  flags: FlagRow[];
  texts: { section: string; text: string }[];
}): ReportView {
  const values = new Map<CellPath, number | null>();
  const provenance = new Map<CellPath, string>();
  const put = (p: string, v: number | null, prov?: string | null) => {
    values.set(p, v === null || v === undefined ? null : Number(v));
    if (prov) provenance.set(p, prov);
  };
  for (const c of input.t2) put(`t2.${c.key}`, c.value, c.provenance);
  for (const c of input.t3) put(`t3.${c.row}.${c.col}`, c.value, c.provenance);
  for (const c of input.t4) put(`t4.${c.grp}.${c.outcome}`, c.value, c.provenance);
  const flags = input.flags.map(flagFromRow);
  const full = input.texts.find((t) => t.section === 'full')?.text ?? '';
  const format = input.format === '2019' || input.format === '2021' ? input.format : null;
  return { values, provenance, flags, flagsByCell: indexFlags(flags), text: full, format };
}

/** From a report parsed in the browser (/check). */
export function reportViewFromParsed(r: ParsedReport): ReportView {
  const values = new Map<CellPath, number | null>();
  const provenance = new Map<CellPath, string>();
  for (const [k, v] of Object.entries(r.t2 ?? {})) values.set(`t2.${k}`, v);
  for (const [row, cols] of Object.entries(r.t3 ?? {})) for (const [c, v] of Object.entries(cols)) values.set(`t3.${row}.${c}`, v);
  for (const [g, outs] of Object.entries(r.t4 ?? {})) for (const [o, v] of Object.entries(outs)) values.set(`t4.${g}.${o}`, v);
  for (const [p, v] of Object.entries(r.provenance ?? {})) provenance.set(p, JSON.stringify(v));
  return { values, provenance, flags: r.flags, flagsByCell: indexFlags(r.flags), text: r.text ?? '', format: r.format };
}

const TEXT_PATH = /^text:(\d+)-(\d+)$/;

export interface TextRange { start: number; end: number; flag: number; path: CellPath }

/** The `text:<start>-<end>` cells of the flags, clipped to the text. */
export function textRanges(flags: Flag[], textLength: number): TextRange[] {
  const out: TextRange[] = [];
  flags.forEach((f, i) => {
    for (const c of f.cells) {
      const m = TEXT_PATH.exec(c);
      if (!m) continue;
      const start = Math.max(0, Number(m[1]));
      const end = Math.min(textLength, Number(m[2]));
      if (start < end) out.push({ start, end, flag: i, path: c });
    }
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Flags covering this segment (empty = plain text). */
  flags: number[];
  /** Cell paths of the ranges covering it (the first one names the <mark>). */
  paths: CellPath[];
}

/** Splits text at every range boundary; overlapping ranges give segments carrying every covering flag. */
export function segmentText(text: string, ranges: TextRange[]): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segs: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const cover = ranges.filter((r) => r.start <= start && r.end >= end);
    const prev = segs[segs.length - 1];
    const flags = [...new Set(cover.map((r) => r.flag))];
    const paths = [...new Set(cover.map((r) => r.path))];
    if (prev && prev.flags.length === 0 && flags.length === 0) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else segs.push({ start, end, text: text.slice(start, end), flags, paths });
  }
  return segs;
}

/** The cell a flag's link should focus: its first table cell, else its first text range, else none. */
export function firstCell(cells: CellPath[]): CellPath | null {
  return cells.find((c) => /^t[234]\./.test(c)) ?? cells.find((c) => TEXT_PATH.test(c)) ?? null;
}

/** Worst severity among the given flags. */
export function worstSeverity(flags: Flag[]): Severity | null {
  if (flags.some((f) => f.severity === 'error')) return 'error';
  if (flags.some((f) => f.severity === 'warning')) return 'warning';
  return flags.length ? 'info' : null;
}
