/** Per-report measures the dashboard compares, as SQL expressions over a `reports` row (alias r). */
export interface Metric {
  key: string;
  zh: string;
  en: string;
  /** Expression over `r.*`; null when the report lacks the cells. */
  sql: string;
  /** A share (0–1) rather than a count. */
  rate?: boolean;
}

export const METRICS: Metric[] = [
  { key: 'new_received', zh: '本年新收申请', en: 'New requests', sql: 'r.new_received' },
  { key: 'total_processed', zh: '办理总计', en: 'Requests handled', sql: 'r.total_processed' },
  { key: 'grant_rate', zh: '公开率', en: 'Grant rate', sql: '(r.granted + r.partial) / nullif(r.total_processed, 0)', rate: true },
  { key: 'review_total', zh: '行政复议', en: 'Admin. reviews', sql: 'r.review_total' },
  { key: 'litigation_total', zh: '行政诉讼', en: 'Lawsuits', sql: 'r.litigation_total' },
  { key: 'license_decisions', zh: '行政许可决定', en: 'Licence decisions', sql: 'r.license_decisions' },
  { key: 'penalty_decisions', zh: '行政处罚决定', en: 'Penalty decisions', sql: 'r.penalty_decisions' },
  { key: 'flags_error', zh: '错误标记', en: 'Error flags', sql: 'r.flags_error' }
];

export const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

export function metric(key: string | null | undefined): Metric {
  return METRIC_BY_KEY.get(key ?? '') ?? METRICS[0];
}
