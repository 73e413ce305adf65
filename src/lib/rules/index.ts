/**
 * Anomaly rules (docs/REPORT-JSON.md "Rule ids"). Pure TypeScript, Node and browser.
 * - runReportRules: rules that need one report only (called by parseReport).
 * - runPanelRules: rules across reports (called by `gongkai ingest`).
 */
import type { Flag, ParsedReport } from '../report/types';
import { identityFlags } from './identities';
import { spamFlags } from './spam';
import { textTableFlags } from './text-table';
import { foreignWordFlags } from './foreign-words';
import { formatFlags, lateFlags, yearFlags } from './dates';
import type { PanelReport } from './panel';
import { crossYearFlags, missingReportFlags } from './cross-year';
import { reuseFlags } from './reuse';
import { regionFigureFlags } from './figures';
import { outlierFlags } from './outlier';

export { assessIdentities, identityCounts } from './identities';
export type { IdentityCheck, IdentityRule, IdentityStatus } from './identities';
export { findSpam } from './spam';
export type { SpamHit } from './spam';
export { resolveCell, unresolvedCells, badFlagCells } from './cells';
export { lateFlags, deadline } from './dates';
export { robustZ, OUTLIER_Z } from './outlier';
export { REUSE_SAME_AGENCY, REUSE_OTHER_AGENCY } from './reuse';

export function runReportRules(report: ParsedReport): Flag[] {
  if (report.status !== 'parsed') return [];
  return [...identityFlags(report), ...spamFlags(report), ...textTableFlags(report),
    ...foreignWordFlags(report), ...lateFlags(report), ...yearFlags(report), ...formatFlags(report)];
}

export type { PanelReport } from './panel';

/** Cross-report rules, MISSING-REPORT, REUSE (text and figures), OUTLIER. Every report id gets an entry. */
export function runPanelRules(panel: PanelReport[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  for (const p of panel) out.set(p.report_id, []);
  for (const part of [crossYearFlags(panel), missingReportFlags(panel), reuseFlags(panel), regionFigureFlags(panel), outlierFlags(panel)]) {
    for (const [id, flags] of part) out.get(id)?.push(...flags);
  }
  return out;
}
