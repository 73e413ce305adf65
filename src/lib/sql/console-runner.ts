/**
 * Runs console queries on a DuckDB connection that can stream and cancel (DuckDB-WASM's `send` +
 * `cancelSent`), timing them and turning every failure into a message, so the page keeps working.
 */
import { Table, type RecordBatch } from 'apache-arrow';
import type { StreamingSqlConnection } from '../data/engine';
import { checkConsoleSql } from './console-guard';

/** The part of the data layer's streaming connection the console needs (stub it in tests). */
export type StreamingConnection = Pick<StreamingSqlConnection, 'send' | 'cancelSent'>;

export type RunOutcome =
  /** `ms`: the query itself; `loadMs`: loading the dataset tables it needed first. */
  | { kind: 'ok'; table: Table; rows: number; ms: number; loadMs: number; truncated: boolean }
  | { kind: 'cancelled'; ms: number }
  | { kind: 'refused'; message: string; messageEn: string }
  | { kind: 'error'; message: string; ms: number };

export interface RunnerOptions {
  connection: () => Promise<StreamingConnection>;
  /** Loads what the query needs (the dataset tables it references) before it runs. */
  prepare?: (sql: string) => Promise<void>;
  /** Rows kept at most; the stream is stopped beyond this. */
  maxRows?: number;
  now?: () => number;
}

export const DEFAULT_MAX_ROWS = 1_000_000;

/** DuckDB's message without the JS wrapper noise ("Error: ", stack). */
export function duckdbMessage(e: unknown): string {
  const raw = e instanceof Error ? (e as Error & { duckdbMessage?: string }).duckdbMessage ?? e.message : String(e);
  return raw.replace(/^Error:\s*/, '').trim() || '未知错误';
}

export class ConsoleRunner {
  private running = false;
  private cancelled = false;
  private conn?: StreamingConnection;

  constructor(private readonly opts: RunnerOptions) {}

  get busy(): boolean {
    return this.running;
  }

  async run(sql: string): Promise<RunOutcome> {
    const guard = checkConsoleSql(sql);
    if (!guard.ok) return { kind: 'refused', message: guard.reason, messageEn: guard.reasonEn };
    if (this.running) return { kind: 'refused', message: '上一条查询仍在运行，请先取消。', messageEn: 'The previous query is still running; cancel it first.' };
    const now = this.opts.now ?? (() => performance.now());
    const max = this.opts.maxRows ?? DEFAULT_MAX_ROWS;
    this.running = true;
    this.cancelled = false;
    const t0 = now();
    try {
      await this.opts.prepare?.(sql);
      this.conn ??= await this.opts.connection();
      if (this.cancelled) return { kind: 'cancelled', ms: Math.round(now() - t0) };
      const t1 = now();
      const reader = await this.conn.send(sql, true);
      const batches: RecordBatch[] = [];
      let rows = 0;
      let truncated = false;
      if (reader) {
        for await (const b of reader) {
          if (this.cancelled) break;
          batches.push(b);
          rows += b.numRows;
          if (rows >= max) {
            truncated = true;
            break;
          }
        }
      }
      if (this.cancelled) return { kind: 'cancelled', ms: Math.round(now() - t0) };
      const table = batches.length ? new Table(batches) : new Table(reader?.schema ?? new Table().schema);
      return { kind: 'ok', table: truncated ? table.slice(0, max) : table, rows: Math.min(rows, max), truncated, ms: Math.round(now() - t1), loadMs: Math.round(t1 - t0) };
    } catch (e) {
      if (this.cancelled) return { kind: 'cancelled', ms: Math.round(now() - t0) };
      return { kind: 'error', message: duckdbMessage(e), ms: Math.round(now() - t0) };
    } finally {
      this.running = false;
    }
  }

  /** Asks DuckDB to stop the running query; `run` then resolves with `cancelled`. */
  async cancel(): Promise<void> {
    if (!this.running) return;
    this.cancelled = true;
    try {
      await this.conn?.cancelSent();
    } catch {
      /* the query may have finished meanwhile */
    }
  }
}
