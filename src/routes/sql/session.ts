// Browser wiring of the SQL console: its own streaming, cancellable DuckDB connection (the data layer's
// `browserStreamingConnection`) on the page's shared DuckDB-WASM instance, and dataset tables loaded by the shared
// DatasetClient before a query runs.
import { browserStreamingConnection, openDataset } from '$lib/data/browser';
import { referencedTables, quoteIdent, type DatasetClient } from '$lib/data';
import { ConsoleRunner, type StreamingConnection } from '$lib/sql/console-runner';

async function streamingConnection(client: DatasetClient): Promise<StreamingConnection> {
  const conn = await browserStreamingConnection();
  await conn.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(client.name)}`);
  await conn.query(`SET search_path = '${client.name.replaceAll("'", "''")}'`);
  return conn;
}

export function consoleRunner(dataset: string): { runner: ConsoleRunner; client: DatasetClient } {
  const client = openDataset(dataset);
  const runner = new ConsoleRunner({
    connection: () => streamingConnection(client),
    prepare: async (sql) => client.ensureTables(referencedTables(sql, await client.tableNames()))
  });
  return { runner, client };
}
