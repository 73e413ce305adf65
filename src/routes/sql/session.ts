// Browser wiring of the SQL console: its own DuckDB connection (streaming + cancellable) on the page's shared
// DuckDB-WASM instance, and dataset tables loaded by the shared DatasetClient before a query runs.
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { browserEngine, openDataset } from '$lib/data/browser';
import { CONNECTION_SETTINGS } from '$lib/data/engine';
import { referencedTables, quoteIdent, type DatasetClient } from '$lib/data';
import { ConsoleRunner, type StreamingConnection } from '$lib/sql/console-runner';

/**
 * The raw AsyncDuckDB behind the data layer's engine. The data layer does not export it yet (see the report to
 * the lead: a `browserDuckDB()` export would replace this probe); without it the console falls back to
 * non-cancellable queries through the DatasetClient.
 */
async function rawDuckDB(): Promise<AsyncDuckDB | undefined> {
  const engine = (await browserEngine()) as unknown as { db?: AsyncDuckDB };
  return engine.db && typeof engine.db.connect === 'function' ? engine.db : undefined;
}

async function streamingConnection(client: DatasetClient): Promise<StreamingConnection> {
  const db = await rawDuckDB();
  if (!db) {
    return {
      async send(sql: string) {
        const table: Table = await client.query(sql);
        const batches = (async function* () {
          yield* table.batches;
        })();
        return Object.assign(batches, { schema: table.schema });
      },
      cancelSent: async () => false
    };
  }
  const conn = await db.connect();
  for (const s of CONNECTION_SETTINGS) await conn.query(s);
  await conn.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(client.name)}`);
  await conn.query(`SET search_path = '${client.name.replaceAll("'", "''")}'`);
  return conn as unknown as StreamingConnection;
}

export function consoleRunner(dataset: string): { runner: ConsoleRunner; client: DatasetClient } {
  const client = openDataset(dataset);
  const runner = new ConsoleRunner({
    connection: () => streamingConnection(client),
    prepare: async (sql) => client.ensureTables(referencedTables(sql, await client.tableNames()))
  });
  return { runner, client };
}
