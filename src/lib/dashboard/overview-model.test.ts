import { describe, expect, it } from 'vitest';
import { formatSort, kpiTiles, leagueRows, parseSort, reportsPerYearRows, type LeagueRow } from './overview-model';

const row = (p: Partial<LeagueRow>): LeagueRow => ({
  agency_id: 'x', agency_name: 'x', region: null, level: null, kind: null, reports: 1, first_year: 2020, last_year: 2020,
  latest_report_id: 'r', new_received: null, grant_rate: null, review_total: null, litigation_total: null, late_reports: 0,
  flags_error: 0, flags_warning: 0, ...p
});

describe('overview model', () => {
  it('computes rates and leaves unknown rates null', () => {
    const t = kpiTiles({ agencies: 2, reports: 3, new_received: 10, granted_or_partial: 3, grant_base: 4, review_total: 5,
      review_corrected: 1, review_base: 5, litigation_total: 0, litigation_corrected: 0, litigation_base: 0, reports_with_errors: 1 });
    expect(t.find((x) => x.key === 'grant_rate')?.value).toBe(0.75);
    expect(t.find((x) => x.key === 'review')?.corrected).toBe(0.2);
    expect(t.find((x) => x.key === 'litigation')?.corrected).toBeNull();
  });

  it('sorts with nulls last and searches names and regions', () => {
    const rows = [row({ agency_id: 'a', agency_name: '淮安市人民政府', region: '淮安市', new_received: 5 }),
      row({ agency_id: 'b', agency_name: '平潭综合实验区管委会', region: '平潭', new_received: null }),
      row({ agency_id: 'c', agency_name: '北京市商务局', region: '北京市', new_received: 9 })];
    expect(leagueRows(rows, '', { key: 'new_received', dir: 'desc' }).map((r) => r.agency_id)).toEqual(['c', 'a', 'b']);
    expect(leagueRows(rows, '', { key: 'new_received', dir: 'asc' }).map((r) => r.agency_id)).toEqual(['a', 'c', 'b']);
    // Pinyin order: Beijing, Huai'an, Pingtan.
    expect(leagueRows(rows, '', { key: 'agency_name', dir: 'asc' }).map((r) => r.agency_id)).toEqual(['c', 'a', 'b']);
    expect(leagueRows(rows, '平潭', { key: 'agency_name', dir: 'asc' }).map((r) => r.agency_id)).toEqual(['b']);
  });

  it('reads and writes sort params', () => {
    const fb = { key: 'new_received' as const, dir: 'desc' as const };
    expect(parseSort('-flags_error', ['flags_error'], fb)).toEqual({ key: 'flags_error', dir: 'desc' });
    expect(parseSort('agency_name', ['agency_name'], fb)).toEqual({ key: 'agency_name', dir: 'asc' });
    expect(parseSort('bogus', ['agency_name'], fb)).toBe(fb);
    expect(formatSort({ key: 'flags_error', dir: 'desc' })).toBe('-flags_error');
  });

  it('pivots reports per year by format in template order', () => {
    const r = reportsPerYearRows([{ year: 2021, format: '2021', n: 3 }, { year: 2020, format: '2019', n: 2 }, { year: 2021, format: 'unknown', n: 1 }]);
    expect(r.formats).toEqual(['2019', '2021', 'unknown']);
    expect(r.rows).toEqual([
      { year: 2020, format_2019: 2, format_2021: 0, format_unknown: 0 },
      { year: 2021, format_2019: 0, format_2021: 3, format_unknown: 1 }
    ]);
  });
});
