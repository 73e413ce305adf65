/** Rows of the dataset tables built from one parsed report (pure; the writer lives in ./node). */
import type { Flag, ParsedReport } from '../report/types';
import type { TableSchema } from './schema';
import { REPORTS } from './schema';
import { daysLate, deadlineFor, summarise } from './summary';
import type { AgencyPlacement } from './regions';

export type Cell = string | number | boolean | null;

/** Values of `obj` in the column order of `schema` (missing → null). */
export function toRow(schema: TableSchema, obj: Record<string, unknown>): Cell[] {
  return schema.map(([c]) => {
    const v = obj[c];
    return v === undefined ? null : (v as Cell);
  });
}

export interface AgencyRecord extends AgencyPlacement {
  agency_id: string;
}

export function reportId(agencyId: string, year: number | null, disambiguator?: string): string {
  return `${agencyId}-${year ?? 'x'}${disambiguator ? '-' + disambiguator : ''}`;
}

export function flagCounts(flags: Flag[]): { flags_error: number; flags_warning: number; flags_info: number } {
  const c = { flags_error: 0, flags_warning: 0, flags_info: 0 };
  for (const f of flags) c[`flags_${f.severity}` as keyof typeof c]++;
  return c;
}

export function reportObject(
  id: string, a: AgencyRecord, r: ParsedReport, extra: { source_file: string; sha256: string | null }, flags: Flag[]
): Record<string, unknown> {
  const deadline = deadlineFor(r.year, a.kind);
  return {
    report_id: id, agency_id: a.agency_id, agency_name: a.name,
    province: a.province, city: a.city, county: a.county, region: a.region, level: a.level, kind: a.kind,
    year: r.year, format: r.format, published: r.published, deadline, days_late: daysLate(r.published, deadline),
    source_file: extra.source_file, sha256: extra.sha256, title: r.title ?? null,
    ...summarise(r), ...flagCounts(flags)
  };
}

export function reportRow(id: string, a: AgencyRecord, r: ParsedReport, extra: { source_file: string; sha256: string | null }, flags: Flag[]): Cell[] {
  return toRow(REPORTS, reportObject(id, a, r, extra, flags));
}

const prov = (r: ParsedReport, path: string): string | null => {
  const p = r.provenance?.[path];
  return p ? JSON.stringify(p) : null;
};

const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** t3_cells rows: report_id, year, row, col, value, provenance. Rows and columns in the report's own order. */
export function t3Rows(id: string, r: ParsedReport): Cell[][] {
  const out: Cell[][] = [];
  for (const [row, cols] of Object.entries(r.t3 ?? {})) {
    for (const [col, v] of Object.entries(cols)) out.push([id, r.year, row, col, numOrNull(v), prov(r, `t3.${row}.${col}`)]);
  }
  return out;
}

export function t2Rows(id: string, r: ParsedReport): Cell[][] {
  return Object.entries(r.t2 ?? {}).map(([k, v]) => [id, r.year, k, numOrNull(v), prov(r, `t2.${k}`)]);
}

export function t4Rows(id: string, r: ParsedReport): Cell[][] {
  const out: Cell[][] = [];
  for (const [g, outs] of Object.entries(r.t4 ?? {})) {
    for (const [o, v] of Object.entries(outs)) out.push([id, r.year, g, o, numOrNull(v), prov(r, `t4.${g}.${o}`)]);
  }
  return out;
}

/** flags rows: report_id, agency_id, year, rule, severity, cells (JSON), expected, actual, message, message_en. */
export function flagRows(id: string, agencyId: string, year: number | null, flags: Flag[]): Cell[][] {
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return flags.map((f) => [id, agencyId, year, f.rule, f.severity, JSON.stringify(f.cells ?? []), s(f.expected), s(f.actual), f.message, f.message_en ?? null]);
}

/** texts rows: the whole normalised text (section `full`, which provenance offsets refer to) and each section. */
export function textRows(id: string, r: ParsedReport): Cell[][] {
  if (!r.text) return [];
  const out: Cell[][] = [[id, 'full', r.text, r.year]];
  const secs = Object.entries(r.sections ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k, [s, e]] of secs) out.push([id, k, r.text.slice(s, e), r.year]);
  return out;
}
