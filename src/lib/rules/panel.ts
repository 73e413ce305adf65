/** The panel of reports that the cross-report rules read (one entry per parsed report). */
import type { ParsedReport } from '../report/types';

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

/** One report per agency and year (the first by report_id when a year has several versions), by year. */
export function byAgency(panel: PanelReport[]): Map<string, PanelReport[]> {
  const out = new Map<string, PanelReport[]>();
  const sorted = [...panel].sort((a, b) => a.agency_id.localeCompare(b.agency_id) || a.year - b.year || a.report_id.localeCompare(b.report_id));
  for (const p of sorted) {
    if (p.report.status !== 'parsed') continue;
    const list = out.get(p.agency_id) ?? [];
    if (list.length && list[list.length - 1].year === p.year) continue;
    list.push(p);
    out.set(p.agency_id, list);
  }
  return out;
}
