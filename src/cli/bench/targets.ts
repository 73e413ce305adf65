/** The performance targets, checked against a bench run's figures. */

export interface Target {
  key: string;
  op: '>=' | '<=';
  limit: number;
  unit: string;
}

export const TARGETS: Target[] = [
  { key: 'ingest_reports_per_s', op: '>=', limit: 2000, unit: 'reports/s' },
  { key: 'cold_first_chart_ms_sample', op: '<=', limit: 1500, unit: 'ms' },
  { key: 'cold_first_chart_ms_1m', op: '<=', limit: 3000, unit: 'ms' },
  { key: 'filter_p50_ms_1m', op: '<=', limit: 100, unit: 'ms' },
  { key: 'filter_p95_ms_1m', op: '<=', limit: 250, unit: 'ms' },
  { key: 'sql_groupby_ratio', op: '<=', limit: 3, unit: '× native' },
  { key: 'app_js_gz_bytes', op: '<=', limit: 400 * 1024, unit: 'bytes gzip' },
  { key: 'embed_bytes', op: '<=', limit: 300 * 1024, unit: 'bytes gzip' },
  { key: 'tab_memory_mb_1m', op: '<=', limit: 1500, unit: 'MB' }
];

export type Verdict = Target & { value: number | null; over?: number; result: 'pass' | 'miss' | 'not measured' };

export function verdicts(figures: Record<string, unknown>): Verdict[] {
  return TARGETS.map((t) => {
    const v = figures[t.key];
    const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
    const ok = value !== null && (t.op === '>=' ? value >= t.limit : value <= t.limit);
    // `<key>_over`: the run gave up at that limit (e.g. no chart within 300 s): a miss known only as "more than".
    const over = figures[`${t.key}_over`];
    if (value === null && typeof over === 'number' && t.op === '<=' && over > t.limit) return { ...t, value: null, over, result: 'miss' };
    return { ...t, value, result: value === null ? 'not measured' : ok ? 'pass' : 'miss' };
  });
}
