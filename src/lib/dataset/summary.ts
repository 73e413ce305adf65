/** Wide summary columns of the `reports` table computed from a parsed report (see docs/ARCHITECTURE.md). */
import type { ParsedReport } from '../report/types';

type Num = number | null;

function cell(r: ParsedReport, row: string, col = 'total'): Num {
  const v = r.t3?.[row]?.[col];
  return typeof v === 'number' ? v : null;
}

/** Σ of the given rows' cells; null when the set is empty or any part is null. */
function sumRows(r: ParsedReport, rows: string[], col = 'total'): Num {
  if (rows.length === 0) return null;
  let s = 0;
  for (const k of rows) {
    const v = cell(r, k, col);
    if (v === null) return null;
    s += v;
  }
  return s;
}

function rowsWithPrefix(r: ParsedReport, prefix: string): string[] {
  return Object.keys(r.t3 ?? {}).filter((k) => k.startsWith(prefix));
}

function sum2(a: Num, b: Num): Num {
  return a === null || b === null ? null : a + b;
}

function t4(r: ParsedReport, grp: string, outcome: string): Num {
  const v = r.t4?.[grp]?.[outcome];
  return typeof v === 'number' ? v : null;
}

function t2(r: ParsedReport, key: string): Num {
  const v = r.t2?.[key];
  return typeof v === 'number' ? v : null;
}

export interface ReportSummary {
  new_received: Num; carried_over: Num; total_processed: Num; granted: Num; partial: Num; denied: Num; unable: Num;
  not_processed: Num; other: Num; carried_forward: Num;
  new_natural_person: Num; new_commercial: Num; new_research: Num; new_social_welfare: Num; new_legal_service: Num; new_other_org: Num;
  review_total: Num; review_corrected: Num; lit_direct_total: Num; lit_direct_corrected: Num;
  lit_after_review_total: Num; lit_after_review_corrected: Num; litigation_total: Num; litigation_corrected: Num;
  license_decisions: Num; penalty_decisions: Num; coercion_decisions: Num; fees_amount_wan: Num;
}

export function summarise(r: ParsedReport): ReportSummary {
  const otherRows = r.t3?.['other.total'] ? ['other.total'] : rowsWithPrefix(r, 'other.');
  return {
    new_received: cell(r, 'new_received'),
    carried_over: cell(r, 'carried_over'),
    total_processed: cell(r, 'total_processed'),
    granted: cell(r, 'granted'),
    partial: cell(r, 'partial'),
    denied: sumRows(r, rowsWithPrefix(r, 'deny.')),
    unable: sumRows(r, rowsWithPrefix(r, 'unable.')),
    not_processed: sumRows(r, rowsWithPrefix(r, 'not_processed.')),
    other: sumRows(r, otherRows),
    carried_forward: cell(r, 'carried_forward'),
    new_natural_person: cell(r, 'new_received', 'natural_person'),
    new_commercial: cell(r, 'new_received', 'commercial'),
    new_research: cell(r, 'new_received', 'research'),
    new_social_welfare: cell(r, 'new_received', 'social_welfare'),
    new_legal_service: cell(r, 'new_received', 'legal_service'),
    new_other_org: cell(r, 'new_received', 'other_org'),
    review_total: t4(r, 'review', 'total'),
    review_corrected: t4(r, 'review', 'corrected'),
    lit_direct_total: t4(r, 'lit_direct', 'total'),
    lit_direct_corrected: t4(r, 'lit_direct', 'corrected'),
    lit_after_review_total: t4(r, 'lit_after_review', 'total'),
    lit_after_review_corrected: t4(r, 'lit_after_review', 'corrected'),
    litigation_total: sum2(t4(r, 'lit_direct', 'total'), t4(r, 'lit_after_review', 'total')),
    litigation_corrected: sum2(t4(r, 'lit_direct', 'corrected'), t4(r, 'lit_after_review', 'corrected')),
    license_decisions: t2(r, 'a20_5.admin_license.decisions'),
    penalty_decisions: t2(r, 'a20_6.admin_penalty.decisions'),
    coercion_decisions: t2(r, 'a20_6.admin_coercion.decisions'),
    fees_amount_wan: r.format === '2021' ? t2(r, 'a20_8.admin_fees.amount_wan') : null
  };
}

/** Statutory publication deadline: 1-31 (departments) or 3-31 (a government's own report) of the next year. */
export function deadlineFor(year: number | null, kind: string | null): string | null {
  if (year === null) return null;
  return kind === '人民政府' ? `${year + 1}-03-31` : `${year + 1}-01-31`;
}

/** Whole days `published` is after `deadline` (0 when on time); null when either is unknown. */
export function daysLate(published: string | null, deadline: string | null): number | null {
  if (!published || !deadline || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const d = (Date.parse(published + 'T00:00:00Z') - Date.parse(deadline + 'T00:00:00Z')) / 86400000;
  return Number.isFinite(d) ? Math.max(0, Math.round(d)) : null;
}
