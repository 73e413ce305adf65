import { describe, expect, it } from 'vitest';
import { checkConsoleSql } from './console-guard';

describe('checkConsoleSql', () => {
  it.each([
    'SELECT 1',
    'select year, count(*) from reports group by year;',
    'WITH t AS (SELECT 1 AS x) SELECT * FROM t',
    'FROM reports LIMIT 5',
    'DESCRIBE reports',
    'SUMMARIZE reports',
    '(SELECT 1) UNION (SELECT 2)',
    "SELECT 'drop table x; insert' AS s -- delete\n",
    'SELECT "set" FROM t',
    '/* update */ SELECT 1'
  ])('allows read-only %s', (sql) => {
    expect(checkConsoleSql(sql)).toEqual({ ok: true });
  });

  it.each([
    ['DROP TABLE reports', '只读'],
    ['INSERT INTO reports VALUES (1)', '只读'],
    ['WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t', 'INSERT'],
    ['SET enable_external_access = true', '只读'],
    ["ATTACH 'http://example.com/db.duckdb'", '只读'],
    ['INSTALL httpfs', '只读'],
    ["COPY reports TO 'x.csv'", '只读'],
    ['SELECT 1; SELECT 2', '一条语句'],
    ['', '请输入'],
    ['  -- only a comment', '请输入'],
    ["SELECT * FROM read_csv('http://example.com/x')", '网络'],
    ["SELECT * FROM 'https://example.com/x.parquet'", '网络'],
    ["FROM read_parquet('s3://bucket/x.parquet')", '网络'],
    ["SELECT * FROM read_json($$hf://datasets/x$$)", '网络']
  ])('refuses %s', (sql, needle) => {
    const r = checkConsoleSql(sql);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(needle);
  });
});
