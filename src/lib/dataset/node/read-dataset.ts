/** Read a written dataset back with native DuckDB (tests, evaluation, tooling). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { DatasetManifest } from '../manifest';

export class DatasetReader {
  private constructor(readonly dir: string, readonly manifest: DatasetManifest, private readonly conn: DuckDBConnection, private readonly db: DuckDBInstance) {}

  /** Opens the dataset and creates one view per table over its Parquet files (as listed in manifest.json). */
  static async open(dir: string): Promise<DatasetReader> {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as DatasetManifest;
    const db = await DuckDBInstance.create(':memory:', { threads: '2' });
    const conn = await db.connect();
    for (const [name, t] of Object.entries(manifest.tables)) {
      const files = t.files.map((f) => `'${join(dir, f.path).replace(/'/g, "''")}'`).join(', ');
      await conn.run(`CREATE VIEW "${name}" AS SELECT * FROM read_parquet([${files}])`);
    }
    return new DatasetReader(dir, manifest, conn, db);
  }

  async query<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    const r = await this.conn.runAndReadAll(sql);
    return r.getRowObjectsJS().map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))) as T[];
  }

  close(): void {
    this.conn.closeSync();
    this.db.closeSync();
  }
}
