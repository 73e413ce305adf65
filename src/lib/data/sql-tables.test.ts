import { describe, expect, it } from 'vitest';
import { identifiers, quoteIdent, referencedTables } from './sql-tables';

const TABLES = ['reports', 'flags', 't3_cells', 'reports_index'];

describe('referencedTables', () => {
  it('finds tables in FROM and JOIN clauses, case-insensitively', () => {
    const sql = 'SELECT r.year, count(*) FROM Reports r JOIN FLAGS f USING (report_id) GROUP BY 1';
    expect(referencedTables(sql, TABLES).sort()).toEqual(['flags', 'reports']);
  });

  it('does not confuse a prefix with a longer table name', () => {
    expect(referencedTables('SELECT * FROM reports_index', TABLES)).toEqual(['reports_index']);
  });

  it('ignores names inside string literals and comments', () => {
    const sql = `-- from flags\nSELECT 'reports' AS t /* t3_cells */ FROM reports_index WHERE x = 'it''s flags'`;
    expect(referencedTables(sql, TABLES)).toEqual(['reports_index']);
  });

  it('reads double-quoted identifiers, including escaped quotes', () => {
    expect(referencedTables('SELECT * FROM "t3_cells"', TABLES)).toEqual(['t3_cells']);
    expect(identifiers('SELECT "a""b" FROM x')).toEqual(['SELECT', 'a"b', 'FROM', 'x']);
  });

  it('handles CJK identifiers and unterminated tokens without throwing', () => {
    expect(identifiers('SELECT 年份 FROM 报告')).toEqual(['SELECT', '年份', 'FROM', '报告']);
    expect(referencedTables("SELECT 'unterminated FROM flags", TABLES)).toEqual([]);
    expect(referencedTables('SELECT 1 /* open comment flags', TABLES)).toEqual([]);
  });

  it('skips qualified columns and output names that are spelled like a table, but not schema-qualified tables', () => {
    const sql = 'SELECT coalesce(sum(r.reports), 0) AS reports, t.flags FROM summary_agency r';
    expect(referencedTables(sql, [...TABLES, 'summary_agency'])).toEqual(['summary_agency']);
    expect(referencedTables('SELECT * FROM sample.reports JOIN "sample"."flags" USING (report_id)', TABLES, ['sample']).sort()).toEqual(['flags', 'reports']);
    // An unqualified column named like a table still counts (it only loads the table early).
    expect(referencedTables('SELECT reports FROM summary_agency', [...TABLES, 'summary_agency']).sort()).toEqual(['reports', 'summary_agency']);
  });

  it('returns each table once', () => {
    expect(referencedTables('SELECT * FROM flags UNION ALL SELECT * FROM flags', TABLES)).toEqual(['flags']);
  });
});

describe('quoteIdent', () => {
  it('doubles embedded quotes', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });
});
