import type { Table } from 'apache-arrow';
import type { DatasetManifest, DatasetTable } from '../dataset/manifest';
import { canHash, fetchBytes, fetchJson, sha256Hex, type FetchFn } from './download';
import type { ParquetToIPC, SqlConnection, SqlEngine } from './engine';
import { DatasetError, QueryError, errorMessage } from './errors';
import { DATASET_NAME, validateManifest } from './manifest-validate';
import { quoteIdent, referencedTables } from './sql-tables';

export type LoadPhase = 'manifest' | 'download' | 'decode' | 'insert' | 'ready' | 'error';

export interface LoadProgress {
  dataset: string;
  phase: LoadPhase;
  table?: string;
  /** Bytes downloaded so far for `table` (download phase). */
  loaded: number;
  total: number;
  error?: DatasetError;
}

export interface DatasetClientOptions {
  name: string;
  /** URL of the folder holding `<name>/manifest.json`, ending in `/`. */
  baseUrl: string;
  engine: () => Promise<SqlEngine>;
  parquetToIPC: ParquetToIPC;
  fetch?: FetchFn;
  /** Files up to this size are checked against the manifest's sha256 (0 = never). */
  verifyMaxBytes?: number;
  /** Number of SQL results kept. */
  cacheSize?: number;
}

/**
 * One dataset in one DuckDB instance: its tables live in a schema named after the dataset and are loaded lazily,
 * the first time a query references them.
 */
export class DatasetClient {
  readonly name: string;
  private readonly opts: Required<Omit<DatasetClientOptions, 'fetch'>> & { fetch?: FetchFn };
  private manifestP?: Promise<DatasetManifest>;
  private connP?: Promise<SqlConnection>;
  private readonly tables = new Map<string, Promise<void>>();
  private readonly loaded = new Set<string>();
  private readonly cache = new Map<string, Promise<Table>>();
  private readonly listeners = new Set<(p: LoadProgress) => void>();
  private seedsP?: Promise<Map<string, Record<string, unknown>[]>>;

  constructor(options: DatasetClientOptions) {
    if (!DATASET_NAME.test(options.name)) throw new DatasetError('index', options.name, '数据集名称不合法');
    this.name = options.name;
    this.opts = { verifyMaxBytes: 8 * 1024 * 1024, cacheSize: 64, ...options };
  }

  /** Subscribes to load progress; returns the unsubscribe function. */
  onProgress(fn: (p: LoadProgress) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(p: Omit<LoadProgress, 'dataset'>) {
    for (const fn of this.listeners) fn({ dataset: this.name, ...p });
  }

  get url(): string {
    return new URL(`${this.name}/`, this.opts.baseUrl).href;
  }

  /** The dataset's manifest.json, validated (fetched once; retried after a failure). */
  manifest(): Promise<DatasetManifest> {
    if (!this.manifestP) {
      const p = (async () => {
        this.emit({ phase: 'manifest', loaded: 0, total: 0 });
        const url = new URL('manifest.json', this.url).href;
        const json = await fetchJson(url, this.name, 'manifest', this.opts.fetch);
        return validateManifest(json, this.name, url);
      })();
      this.manifestP = p;
      p.catch((e) => {
        this.manifestP = undefined;
        this.emitError(e);
      });
    }
    return this.manifestP;
  }

  /**
   * Rows of a query as precomputed with the dataset (`precomputed.queries` of the manifest: results of the default
   * views' SQL, computed by native DuckDB over the same Parquet files), or undefined. Lets a page paint before DuckDB
   * has started; the live query still runs. A missing or broken seed file only means no seeds.
   */
  async seededRows(sql: string): Promise<Record<string, unknown>[] | undefined> {
    this.seedsP ??= (async () => {
      const path = (await this.manifest()).precomputed?.queries;
      if (!path) return new Map();
      const url = new URL(path, this.url).href;
      const json = (await fetchJson(url, this.name, 'manifest', this.opts.fetch)) as { queries?: Record<string, Record<string, unknown>[]> };
      return new Map(Object.entries(json.queries ?? {}));
    })().catch(() => new Map());
    return (await this.seedsP).get(sql);
  }

  private emitError(e: unknown) {
    if (e instanceof DatasetError) this.emit({ phase: 'error', loaded: 0, total: 0, error: e });
  }

  private connection(): Promise<SqlConnection> {
    this.connP ??= (async () => {
      const conn = await (await this.opts.engine()).connect();
      await conn.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.name)}`);
      // Quoted inside the setting so names with '.' or '-' are one schema (DATASET_NAME allows no quotes).
      await conn.query(`SET search_path = '${quoteIdent(this.name)}'`);
      return conn;
    })();
    return this.connP;
  }

  /** Table names the dataset offers. */
  async tableNames(): Promise<string[]> {
    return Object.keys((await this.manifest()).tables);
  }

  loadedTables(): string[] {
    return [...this.loaded];
  }

  /** Loads the given tables (download, decode, insert) unless already loaded. Unknown names are an error. */
  async ensureTables(names: string[]): Promise<void> {
    const manifest = await this.manifest();
    await Promise.all(
      names.map((table) => {
        const spec = manifest.tables[table];
        if (!spec) throw new DatasetError('manifest', this.name, `没有名为 ${table} 的表`);
        let p = this.tables.get(table);
        if (!p) {
          p = this.loadTable(table, spec);
          this.tables.set(table, p);
          p.catch((e) => {
            this.tables.delete(table);
            this.emitError(e);
          });
        }
        return p;
      })
    );
  }

  private async loadTable(table: string, spec: DatasetTable): Promise<void> {
    const total = spec.files.reduce((s, f) => s + f.bytes, 0);
    const t0 = performance.now();
    // All files download in parallel with each other and with the DuckDB start; decode + insert follow in order.
    const progress = spec.files.map(() => 0);
    const downloads = Promise.all(
      spec.files.map(async (file, i) => {
        const url = new URL(file.path, this.url).href;
        const bytes = await fetchBytes(url, this.name, {
          fetch: this.opts.fetch,
          expectedBytes: file.bytes,
          onProgress: ({ loaded }) => {
            progress[i] = loaded;
            this.emit({ phase: 'download', table, loaded: progress.reduce((a, b) => a + b, 0), total });
          }
        });
        if (bytes.length !== file.bytes)
          throw new DatasetError('integrity', this.name, `文件大小 ${bytes.length} 字节，清单为 ${file.bytes} 字节`, url);
        // Plain-http hosts have no crypto.subtle: the size check above is then the only integrity check.
        if (file.bytes <= this.opts.verifyMaxBytes && canHash() && (await sha256Hex(bytes)) !== file.sha256)
          throw new DatasetError('integrity', this.name, 'sha256 与清单不符', url);
        return { url, bytes };
      })
    );
    const connection = this.connection();
    connection.catch(() => undefined);
    const files = await downloads;
    const conn = await connection;
    const t1 = performance.now();
    const target = `${quoteIdent(this.name)}.${quoteIdent(table)}`;
    await conn.query(`DROP TABLE IF EXISTS ${target}`);
    try {
      let create = true;
      for (const { url, bytes } of files) {
        this.emit({ phase: 'decode', table, loaded: total, total });
        const chunks = this.opts.parquetToIPC(bytes)[Symbol.asyncIterator]();
        for (;;) {
          let next: IteratorResult<Uint8Array>;
          try {
            next = await chunks.next();
          } catch (e) {
            throw new DatasetError('decode', this.name, `Parquet 解码失败：${errorMessage(e)}`, url, { cause: e });
          }
          if (next.done) break;
          this.emit({ phase: 'insert', table, loaded: total, total });
          try {
            await conn.insertIPC(next.value, this.name, table, create);
          } catch (e) {
            throw new DatasetError('insert', this.name, `写入 DuckDB 失败：${errorMessage(e)}`, url, { cause: e });
          }
          create = false;
        }
      }
      const rows = Number((await conn.query(`SELECT count(*)::BIGINT AS n FROM ${target}`)).get(0)?.n);
      if (rows !== spec.rows) throw new DatasetError('integrity', this.name, `表 ${table} 有 ${rows} 行，清单为 ${spec.rows} 行`);
    } catch (e) {
      await conn.query(`DROP TABLE IF EXISTS ${target}`).catch(() => undefined);
      throw e;
    }
    this.loaded.add(table);
    // In the browser's performance timeline (benchmarks read them): whole load, and decode + insert alone.
    performance.measure(`gongkai:load:${this.name}.${table}`, { start: t0 });
    performance.measure(`gongkai:decode-insert:${this.name}.${table}`, { start: t1 });
    this.emit({ phase: 'ready', table, loaded: total, total });
  }

  /** Runs SQL after loading every dataset table it references. Results are cached by SQL string. */
  query(sql: string): Promise<Table> {
    const hit = this.cache.get(sql);
    if (hit) {
      this.cache.delete(sql);
      this.cache.set(sql, hit);
      return hit;
    }
    const p = this.run(sql);
    this.cache.set(sql, p);
    p.catch(() => this.cache.delete(sql));
    while (this.cache.size > this.opts.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    return p;
  }

  private async run(sql: string): Promise<Table> {
    await this.ensureTables(referencedTables(sql, await this.tableNames(), [this.name]));
    const conn = await this.connection();
    try {
      return await conn.query(sql);
    } catch (e) {
      throw new QueryError(errorMessage(e), sql, { cause: e });
    }
  }

  /** Runs SQL and returns plain row objects (BigInt counts become numbers when safe). */
  async queryRows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    return tableRows(await this.query(sql)) as T[];
  }
}

/** Arrow table → plain objects; BIGINT values within the safe range become numbers. */
export function tableRows(table: Table): Record<string, unknown>[] {
  return table.toArray().map((row: { toJSON(): Record<string, unknown> }) => {
    const o = row.toJSON();
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'bigint' && v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER)) o[k] = Number(v);
    }
    return o;
  });
}
