import type { CellPath, Flag, RuleId, Severity } from '../report/types';

/** Severities fixed by docs/REPORT-JSON.md ("Rule ids"). */
export const RULE_SEVERITY: Record<RuleId, Severity> = {
  'T3-1': 'error', 'T3-2': 'error', 'T3-3': 'error', 'T3-4': 'error', 'T4-1': 'error',
  'CELL-MISSING': 'warning', 'CELL-BLANK': 'info', 'TEXT-TABLE': 'warning', SPAM: 'error', REUSE: 'warning',
  LATE: 'warning', YEAR: 'warning', FORMAT: 'info', 'X-1': 'warning', 'X-2': 'warning', 'X-3': 'warning',
  OUTLIER: 'info', 'MISSING-REPORT': 'warning'
};

export function flag(
  rule: RuleId,
  cells: CellPath[],
  expected: Flag['expected'],
  actual: Flag['actual'],
  message: string,
  message_en: string,
  severity: Severity = RULE_SEVERITY[rule]
): Flag {
  return { rule, severity, cells, expected, actual, message, message_en };
}

/** Format a number for messages without float noise (0.1+0.2 → 0.3). */
export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}
