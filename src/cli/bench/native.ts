/** Native DuckDB (@duckdb/node-api) over the national dataset's Parquet files: reference timings and filter values. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import type { DatasetManifest } from '../../lib/dataset/manifest';
import { NATIONAL_DIR } from './national';
import { median } from './stats';

/** The GROUP BY both engines run over the 1M-row reports table. */
export const GROUPBY_SQL = `SELECT province, year, level, count(*) AS reports, sum(new_received) AS new_received,
  sum(total_processed) AS total_processed, sum(granted) AS granted, avg(days_late) AS days_late
FROM reports GROUP BY province, year, level ORDER BY province, year, level`;

const files = (m: DatasetManifest, table: string) =>
  `[${m.tables[table].files.map((f) => `'${join(NATIONAL_DIR, f.path).replaceAll("'", "''")}'`).join(', ')}]`;

export async function openNative(m: DatasetManifest, threads: number): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const conn = await db.connect();
  return { conn, close: () => { conn.closeSync(); db.closeSync(); } };
}

async function timeRuns(conn: DuckDBConnection, sql: string, runs: number): Promise<{ ms: number[]; rows: number }> {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await conn.runAndReadAll(sql);
    ms.push(performance.now() - t0);
    rows = r.currentRowCount;
  }
  return { ms, rows };
}

/**
 * Median of 5 warm runs of GROUPBY_SQL on an in-memory `reports` table loaded from the Parquet files (what the browser
 * does too), with all CPUs and with 1 thread (DuckDB-WASM runs single-threaded), plus straight over read_parquet.
 */
export async function nativeGroupBy(m: DatasetManifest, cpus: number) {
  const out: Record<string, number> = {};
  for (const threads of [...new Set([cpus, 1])]) {
    const { conn, close } = await openNative(m, threads);
    try {
      const t0 = performance.now();
      await conn.run(`CREATE TABLE reports AS SELECT * FROM read_parquet(${files(m, 'reports')})`);
      if (threads === cpus) out.load_ms = performance.now() - t0;
      await conn.runAndReadAll(GROUPBY_SQL);
      const r = await timeRuns(conn, GROUPBY_SQL, 5);
      out[`threads_${threads}_ms`] = median(r.ms) ?? NaN;
      out.rows = r.rows;
      if (threads === cpus) {
        const direct = await timeRuns(conn, GROUPBY_SQL.replace('FROM reports', `FROM read_parquet(${files(m, 'reports')})`), 5);
        out.parquet_direct_ms = median(direct.ms) ?? NaN;
      }
    } finally {
      close();
    }
  }
  return out;
}

/** Filter values present in the data: the provinces with most reports, the levels and kinds. */
export async function filterValues(m: DatasetManifest): Promise<{ provinces: string[]; levels: string[]; kinds: string[]; years: number[] }> {
  const { conn, close } = await openNative(m, 2);
  try {
    const col = async (c: string, limit = 50) =>
      (await conn.runAndReadAll(`SELECT ${c} AS v, count(*) AS n FROM read_parquet(${files(m, 'reports')}) WHERE ${c} IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT ${limit}`))
        .getRowObjectsJS()
        .map((r) => r.v);
    return {
      provinces: (await col('province', 8)).map(String),
      levels: (await col('level')).map(String),
      kinds: (await col('kind')).map(String),
      years: (await col('year')).map(Number).sort()
    };
  } finally {
    close();
  }
}
