// Native DuckDB (@duckdb/node-api) over the Parquet files the build serves: the expectations of the dashboard tests.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { expect, type Page } from '@playwright/test';
import type { Watch } from './fixtures';

export const DATASET = join(process.cwd(), 'build/datasets/sample');
export const SEED_FILE = 'datasets/sources/seed/000_1869ea635e2008ab.txt';

let conP: Promise<DuckDBConnection> | undefined;

async function connection(): Promise<DuckDBConnection> {
  conP ??= (async () => {
    const m = JSON.parse(await readFile(join(DATASET, 'manifest.json'), 'utf8'));
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    for (const [name, t] of Object.entries<{ files: { path: string }[] }>(m.tables)) {
      const files = t.files.map((f) => `'${join(DATASET, f.path).replaceAll("'", "''")}'`).join(', ');
      await con.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet([${files}], union_by_name = true)`);
    }
    return con;
  })();
  return conP;
}

export async function native<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  const rows = (await (await connection()).runAndReadAll(sql)).getRowObjectsJS();
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))) as T[];
}

/** Only our own origin was contacted, and the page logged no errors. */
export function expectClean(watch: Watch, origin: string) {
  const foreign = watch.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.pageErrors, 'page errors').toEqual([]);
}

export const originOf = (page: Page) => new URL(page.url()).origin;
