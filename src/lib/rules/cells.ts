/** Cell paths (docs/REPORT-JSON.md): build them, read them back, and check that a flag's cells are real. */
import type { CellPath, Flag, ParsedReport } from '../report/types';

export const t3Path = (row: string, col: string): CellPath => `t3.${row}.${col}`;
export const t4Path = (group: string, outcome: string): CellPath => `t4.${group}.${outcome}`;
export const t2Path = (key: string): CellPath => `t2.${key}`;
export const textPath = (start: number, end: number): CellPath => `text:${start}-${end}`;

export type ResolvedCell =
  | { kind: 't3'; row: string; col: string; value: number | null }
  | { kind: 't4'; group: string; outcome: string; value: number | null }
  | { kind: 't2'; key: string; value: number | null }
  | { kind: 'text'; start: number; end: number; value: string };

const has = (o: object | undefined, k: string): boolean => !!o && Object.prototype.hasOwnProperty.call(o, k);

/** Resolve a cell path against a report; undefined when the path names no cell of this report. */
export function resolveCell(report: ParsedReport, path: CellPath): ResolvedCell | undefined {
  const m = /^text:(\d+)-(\d+)$/.exec(path);
  if (m) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    const text = report.text;
    if (text === undefined || start >= end || end > text.length) return undefined;
    return { kind: 'text', start, end, value: text.slice(start, end) };
  }
  if (path.startsWith('t2.')) {
    const key = path.slice(3);
    return has(report.t2, key) ? { kind: 't2', key, value: report.t2[key] } : undefined;
  }
  if (path.startsWith('t3.')) {
    const rest = path.slice(3);
    const dot = rest.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const row = rest.slice(0, dot);
    const col = rest.slice(dot + 1);
    const r = report.t3?.[row];
    return has(report.t3, row) && has(r, col) ? { kind: 't3', row, col, value: r[col] } : undefined;
  }
  if (path.startsWith('t4.')) {
    const [group, outcome, extra] = path.slice(3).split('.');
    const g = report.t4?.[group];
    return extra === undefined && has(report.t4, group) && has(g, outcome)
      ? { kind: 't4', group, outcome, value: g[outcome] }
      : undefined;
  }
  return undefined;
}

/** Cell paths of a flag that do not resolve to a real cell of the report (empty = the flag is well-formed). */
export function unresolvedCells(report: ParsedReport, flag: Flag): CellPath[] {
  return flag.cells.filter((c) => resolveCell(report, c) === undefined);
}

/** Every flag with at least one cell that does not resolve, with the offending paths. */
export function badFlagCells(report: ParsedReport, flags: Flag[] = report.flags): { flag: Flag; bad: CellPath[] }[] {
  const out: { flag: Flag; bad: CellPath[] }[] = [];
  for (const flag of flags) {
    const bad = unresolvedCells(report, flag);
    if (bad.length) out.push({ flag, bad });
  }
  return out;
}
