/** What the SQL console knows about the loaded dataset: tables, their columns, types and row counts. */
import type { DatasetManifest } from '../dataset/manifest';
import { TABLES } from '../dataset/schema';

export interface SchemaColumn {
  name: string;
  type: string;
}

export interface SchemaTable {
  name: string;
  rows: number;
  columns: SchemaColumn[];
  /** Table comes with the dataset (true) or was found only by introspection. */
  fromManifest: boolean;
}

/**
 * Tables of a manifest. Columns come from the manifest; when it omits them, from the Parquet schema contract
 * (src/lib/dataset/schema.ts); otherwise they are left empty until introspection fills them.
 */
export function schemaFromManifest(m: DatasetManifest): SchemaTable[] {
  return Object.entries(m.tables)
    .map(([name, t]) => ({
      name,
      rows: t.rows,
      columns: t.columns?.map((c) => ({ name: c.name, type: c.type })) ?? TABLES[name]?.map(([n, ty]) => ({ name: n, type: ty })) ?? [],
      fromManifest: true
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** SQL listing every column of the tables in `schema` (DuckDB information_schema). */
export function introspectionSql(schema: string): string {
  return `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = '${schema.replaceAll("'", "''")}' ORDER BY table_name, ordinal_position`;
}

/** Merges introspected columns into the manifest's tables (introspection wins: it is what DuckDB really holds). */
export function mergeIntrospection(
  tables: SchemaTable[],
  rows: { table_name: string; column_name: string; data_type: string }[]
): SchemaTable[] {
  const byTable = new Map<string, SchemaColumn[]>();
  for (const r of rows) {
    const cols = byTable.get(r.table_name) ?? [];
    cols.push({ name: r.column_name, type: r.data_type });
    byTable.set(r.table_name, cols);
  }
  const out = tables.map((t) => (byTable.has(t.name) ? { ...t, columns: byTable.get(t.name)! } : t));
  for (const [name, columns] of byTable) if (!tables.some((t) => t.name === name)) out.push({ name, rows: NaN, columns, fromManifest: false });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
