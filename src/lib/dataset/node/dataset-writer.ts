/**
 * Stages rows in an on-disk DuckDB database (bounded memory) through the DataChunk appender, then writes each
 * table as ZSTD Parquet, one file per year for tables with a `year` column.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DuckDBInstance, DuckDBDataChunkWriter, JSToDuckDBValueConverter,
  type DuckDBConnection, type DuckDBAppender
} from '@duckdb/node-api';
import type { TableSchema } from '../schema';
import type { DatasetTable } from '../manifest';

export type Cell = string | number | boolean | null;

export interface TableOptions {
  /** SQL ORDER BY of the written rows; insertion order when omitted. */
  orderBy?: string;
  /** Write one file per year (`<table>/year=YYYY.parquet`); needs a `year` column. Default: when it has one. */
  partitionByYear?: boolean;
  rowGroupSize?: number;
}

interface Staged {
  schema: TableSchema;
  /** SQL relation the table is written from: its staging table, or a query for a derived table. */
  source: string;
  appender?: DuckDBAppender;
  writer?: DuckDBDataChunkWriter<unknown>;
  options: TableOptions;
  /** Staged only (not written as a dataset table). */
  internal?: boolean;
}

const q = (id: string) => `"${id.replace(/"/g, '""')}"`;
const stageType = (t: string) => (t === 'DATE' ? 'VARCHAR' : t);

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

export class DatasetWriter {
  private tables = new Map<string, Staged>();

  private constructor(
    readonly dir: string,
    readonly conn: DuckDBConnection,
    private readonly instance: DuckDBInstance,
    private readonly stagePath: string
  ) {}

  /** `dir` is the (temporary) dataset folder; the staging database lives in it until `close`. */
  static async open(dir: string, opts: { threads?: number; memoryLimit?: string } = {}): Promise<DatasetWriter> {
    await mkdir(dir, { recursive: true });
    const stagePath = join(dir, '.stage.duckdb');
    const instance = await DuckDBInstance.create(stagePath, {
      threads: String(opts.threads ?? 2),
      memory_limit: opts.memoryLimit ?? '1GB',
      preserve_insertion_order: 'true',
      temp_directory: join(dir, '.stage.tmp')
    });
    const conn = await instance.connect();
    return new DatasetWriter(dir, conn, instance, stagePath);
  }

  /** A table filled with `append`; `internal` tables are staged for derived tables but not written. */
  async addTable(name: string, schema: TableSchema, options: TableOptions = {}, internal = false): Promise<void> {
    const cols = schema.map(([c, t]) => `${q(c)} ${stageType(t)}`).join(', ');
    await this.conn.run(`CREATE TABLE ${q('stage_' + name)} (${cols})`);
    const appender = await this.conn.createAppender('stage_' + name);
    const writer = DuckDBDataChunkWriter.forAppender(appender, { converter: JSToDuckDBValueConverter }) as DuckDBDataChunkWriter<unknown>;
    this.tables.set(name, { schema, source: q('stage_' + name), appender, writer, options, internal });
  }

  /** A table written from a SQL query over staged tables (must yield the schema's columns, and `year`). */
  addDerived(name: string, schema: TableSchema, query: string, options: TableOptions = {}): void {
    this.tables.set(name, { schema, source: `(${query}) AS src`, options });
  }

  /** Append one row; values in schema order (DATE columns as 'YYYY-MM-DD' strings). */
  append(name: string, row: Cell[]): void {
    this.tables.get(name)!.writer!.appendRow(row);
  }

  /** Flush buffered rows of every table into the staging database. */
  flush(): void {
    for (const t of this.tables.values()) {
      t.writer?.flush();
      t.appender?.flushSync();
    }
  }

  async query<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    const r = await this.conn.runAndReadAll(sql);
    return r.getRowObjectsJS() as T[];
  }

  /** Write every table to Parquet; returns the manifest's `tables`. */
  async writeParquet(): Promise<Record<string, DatasetTable>> {
    this.flush();
    for (const t of this.tables.values()) t.appender?.closeSync();
    const out: Record<string, DatasetTable> = {};
    for (const [name, t] of this.tables) if (!t.internal) out[name] = await this.writeTable(name, t);
    return out;
  }

  private async writeTable(name: string, t: Staged): Promise<DatasetTable> {
    const hasYear = t.schema.some(([c]) => c === 'year');
    const partition = t.options.partitionByYear ?? hasYear;
    const select = t.schema.map(([c, ty]) => (ty === 'DATE' ? `TRY_CAST(${q(c)} AS DATE) AS ${q(c)}` : q(c))).join(', ');
    const order = t.options.orderBy ? ` ORDER BY ${t.options.orderBy}` : '';
    const rg = t.options.rowGroupSize ?? 65536;
    const stage = t.source;
    const parts: { where: string; path: string }[] = [];
    if (partition) {
      const years = await this.query<{ year: number | null }>(`SELECT DISTINCT year FROM ${stage} ORDER BY year NULLS LAST`);
      await mkdir(join(this.dir, name), { recursive: true });
      for (const { year } of years) {
        parts.push(year === null
          ? { where: 'year IS NULL', path: `${name}/year=null.parquet` }
          : { where: `year = ${Number(year)}`, path: `${name}/year=${year}.parquet` });
      }
      if (years.length === 0) parts.push({ where: 'true', path: `${name}/empty.parquet` });
    } else parts.push({ where: 'true', path: `${name}.parquet` });
    const files = [];
    let rows = 0;
    for (const p of parts) {
      const abs = join(this.dir, p.path);
      await this.conn.run(
        `COPY (SELECT ${select} FROM ${stage} WHERE ${p.where}${order}) TO '${abs.replace(/'/g, "''")}' ` +
          `(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rg})`
      );
      const [{ n }] = await this.query<{ n: number | bigint }>(`SELECT coalesce(sum(num_rows), 0) AS n FROM parquet_file_metadata('${abs.replace(/'/g, "''")}')`);
      const st = await stat(abs);
      files.push({ path: p.path, rows: Number(n), bytes: st.size, sha256: await sha256File(abs) });
      rows += Number(n);
    }
    return { rows, files, columns: t.schema.map(([c, ty]) => ({ name: c, type: ty })) };
  }

  /** Close the database and delete the staging files. */
  async close(): Promise<void> {
    try { this.conn.closeSync(); } catch { /* already closed */ }
    try { this.instance.closeSync(); } catch { /* already closed */ }
    await rm(this.stagePath, { force: true });
    await rm(this.stagePath + '.wal', { force: true });
    await rm(join(this.dir, '.stage.tmp'), { recursive: true, force: true });
  }
}
