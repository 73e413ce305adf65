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

export { assessIdentities, identityCounts } from './identities';
export type { IdentityCheck, IdentityRule, IdentityStatus } from './identities';
export { findSpam } from './spam';
export type { SpamHit } from './spam';
export { resolveCell, unresolvedCells, badFlagCells } from './cells';

export function runReportRules(report: ParsedReport): Flag[] {
  if (report.status !== 'parsed') return [];
  return [...identityFlags(report), ...spamFlags(report), ...textTableFlags(report),
    ...foreignWordFlags(report), ...lateFlags(report), ...yearFlags(report), ...formatFlags(report)];
}

export interface PanelReport {
  report_id: string;
  agency_id: string;
  agency: string;
  year: number;
  format: string | null;
  level?: string;
  kind?: string;
  region?: string;
  report: ParsedReport;
}

export function runPanelRules(panel: PanelReport[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  for (const p of panel) out.set(p.report_id, []);
  return out;
}
