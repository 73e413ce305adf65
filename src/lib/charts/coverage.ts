import { baseOption, label, num, tr, type BaseChartOptions, type ChartOption, type Row } from './common';

export const COVERAGE_STATUSES = ['on_time', 'late', 'missing', 'unknown'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];
export const COVERAGE_COLORS: Record<CoverageStatus, string> = {
  on_time: '#009E73', late: '#E69F00', missing: '#D9D9D9', unknown: '#56B4E9'
};

export interface CoverageOptions extends BaseChartOptions {
  agency?: string;
  year?: string;
  /** Years shown; default every year from the first to the last in the rows. */
  years?: readonly number[];
  /** Agencies shown (e.g. every agency of the dataset, so that ones with no report appear); default first-seen. */
  agencies?: readonly string[];
}

/** A report row's status: `days_late` > 0 → late, ≤ 0 → on time, unknown otherwise. No row → missing. */
export function coverageStatus(row: Row | undefined): CoverageStatus {
  if (!row) return 'missing';
  const d = num(row.days_late);
  if (d === null) return 'unknown';
  return d > 0 ? 'late' : 'on_time';
}

/** Agencies × years matrix of report publication: on time / late / missing / date unknown. */
export function buildCoverageOption(rows: readonly Row[], options: CoverageOptions = {}): ChartOption {
  const { lang = 'zh', agency = 'agency_name', year = 'year' } = options;
  const byCell = new Map<string, Row>();
  const seenAgencies: string[] = [];
  const yearNums: number[] = [];
  for (const r of rows) {
    const a = label(r[agency]);
    const y = num(r[year]);
    if (y === null) continue;
    if (!seenAgencies.includes(a)) seenAgencies.push(a);
    yearNums.push(y);
    byCell.set(`${a}\u0000${y}`, r);
  }
  const agencies = options.agencies ? [...options.agencies] : seenAgencies;
  const years = options.years ? [...options.years]
    : yearNums.length ? Array.from({ length: Math.max(...yearNums) - Math.min(...yearNums) + 1 }, (_, i) => Math.min(...yearNums) + i) : [];
  const counts: Record<CoverageStatus, number> = { on_time: 0, late: 0, missing: 0, unknown: 0 };
  const data = agencies.flatMap((a, yi) => years.map((y, xi) => {
    const row = byCell.get(`${a}\u0000${y}`);
    const status = coverageStatus(row);
    counts[status]++;
    const days = status === 'late' ? tr(lang, 'coverage.days_late', { d: num(row!.days_late)! }) : '';
    const late = days && (lang === 'zh' ? `（${days}）` : ` (${days})`);
    return { value: [xi, yi, COVERAGE_STATUSES.indexOf(status)], name: `${a} · ${y} · ${tr(lang, `coverage.${status}`)}${late}` };
  }));
  const title = options.title ?? tr(lang, 'chart.title.coverage');
  const description = tr(lang, 'chart.desc.coverage', { rows: agencies.length, cols: years.length, ...counts });
  return {
    ...baseOption(title, description, options),
    tooltip: {},
    grid: { left: 16, right: 24, top: 64, bottom: 72 },
    xAxis: { type: 'category', data: years.map(String), splitArea: { show: true } },
    yAxis: { type: 'category', inverse: true, data: agencies, axisLabel: { width: 160, overflow: 'truncate' } },
    visualMap: {
      type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 8,
      pieces: COVERAGE_STATUSES.map((s, i) => ({ value: i, label: tr(lang, `coverage.${s}`), color: COVERAGE_COLORS[s] }))
    },
    series: [{
      type: 'heatmap', name: title, data, itemStyle: { borderColor: '#FFFFFF', borderWidth: 2 }, tooltip: { formatter: '{b}' }
    }]
  };
}
