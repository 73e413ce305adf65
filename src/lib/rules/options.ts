/**
 * Cells left null because their digits run together and split several ways (ParsedReport.candidates): a rule may
 * still fire when it fires under every reading — e.g. an identity no choice of the possible values can satisfy.
 * Cells of one row are treated as independent here, which admits more combinations than the real readings: a
 * rule that fails for all of them fails for the true one too (never a flag a reading could avoid).
 */
import type { CellPath, ParsedReport } from '../report/types';
import { resolveCell } from './cells';

/** Values a cell can have: [value] when read, its candidates when ambiguous, null when unknown. */
export function cellValues(report: ParsedReport, path: CellPath): number[] | null {
  const c = resolveCell(report, path);
  if (c && c.kind !== 'text' && typeof c.value === 'number' && Number.isFinite(c.value)) return [c.value];
  return report.candidates?.[path] ?? null;
}

/** True when some cell of `paths` is null with candidates (the case these helpers add). */
export function hasCandidates(report: ParsedReport, paths: CellPath[]): boolean {
  return !!report.candidates && paths.some((p) => report.candidates![p] !== undefined);
}

const MAX_SUMS = 50000;
const key = (x: number) => Math.round(x * 100);

/**
 * Can sum(plus) = sum(minus) hold for some choice of values? false = impossible under every reading; true =
 * possible; null = a cell is unknown or the search is too large (not assessable).
 */
export function canBalance(plus: (number[] | null)[], minus: (number[] | null)[]): boolean | null {
  let sums = new Set<number>([0]);
  for (const [sets, sign] of [[plus, 1], [minus, -1]] as const) {
    for (const vs of sets) {
      if (!vs || !vs.length) return null;
      const next = new Set<number>();
      for (const s of sums) for (const v of vs) next.add(s + sign * key(v));
      if (next.size > MAX_SUMS) return null;
      sums = next;
    }
  }
  return sums.has(0);
}
