// Helpers of the SQL console browser tests: the sample dataset on disk, read by native DuckDB for expectations.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, type Page } from '@playwright/test';

export const DATASET_DIR = resolve('datasets/sample');

export interface SampleTable {
  name: string;
  rows: number;
  files: string[];
  textColumn: string;
}

/** The table the tests query: `reports` when the dataset has it, else its first table; plus a VARCHAR column. */
export async function sampleTable(): Promise<SampleTable> {
  const m = JSON.parse(await readFile(join(DATASET_DIR, 'manifest.json'), 'utf8'));
  const name = m.tables.reports ? 'reports' : Object.keys(m.tables)[0];
  const t = m.tables[name];
  const files = t.files.map((f: { path: string }) => join(DATASET_DIR, f.path));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const cols = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlList(files)})`)).getRowObjectsJS();
  const text = cols.find((c) => c.column_type === 'VARCHAR' && c.column_name !== 'sha256');
  return { name, rows: t.rows, files, textColumn: String(text?.column_name ?? cols[0].column_name) };
}

const sqlList = (xs: string[]) => `[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(', ')}]`;

/** Runs `sql` in native DuckDB with the dataset table available under its own name. */
export async function nativeQuery(table: SampleTable, sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run(`CREATE VIEW ${table.name} AS SELECT * FROM read_parquet(${sqlList(table.files)})`);
  return (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

/** Replaces the editor text (insertText: no auto-closed brackets). */
export async function setSql(page: Page, sql: string) {
  const content = page.getByTestId('sql-editor').locator('.cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

/** Waits for the console to finish a run; returns the status kind. */
export async function settled(page: Page): Promise<string> {
  const status = page.getByTestId('sql-status');
  await expect(status).toHaveAttribute('data-status', /^(ok|error|cancelled)$/, { timeout: 60_000 });
  return (await status.getAttribute('data-status')) ?? '';
}

export async function openConsole(page: Page, query?: string) {
  await page.goto(query === undefined ? '/sql' : `/sql?q=${encodeURIComponent(query)}`);
  await expect(page.getByTestId('sql-run')).toBeEnabled({ timeout: 60_000 });
}
