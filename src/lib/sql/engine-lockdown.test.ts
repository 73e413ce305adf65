// The console's second line of defence is DuckDB-WASM itself: run the same wasm build the browser runs.
import { describe, expect, it } from 'vitest';
import { nodeWasmEngine } from '../data/node-wasm-engine';
import { checkConsoleSql } from './console-guard';

describe('DuckDB-WASM refuses external access even when the guard is bypassed', () => {
  it.each([
    "SELECT * FROM read_csv('http:' || '//example.com/x')",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_parquet('https://example.com/x.parquet')"
  ])('%s fails', async (sql) => {
    const conn = await (await nodeWasmEngine()).connect();
    await expect(conn.query(sql)).rejects.toThrow(/disabled|Permission|external|not in the catalog/i);
    expect((await conn.query('SELECT 42 AS x')).getChild('x')?.get(0)).toBe(42);
  });

  it('the concatenated URL passes the guard, so the browser test of it reaches DuckDB', () => {
    expect(checkConsoleSql("SELECT * FROM read_csv('http:' || '//example.com/x')").ok).toBe(true);
  });

  it('external access cannot be switched back on', async () => {
    const conn = await (await nodeWasmEngine()).connect();
    await expect(conn.query('SET enable_external_access = true')).rejects.toThrow();
  });
});
