/** Autocomplete data for @codemirror/lang-sql's `schema` option, built from the loaded tables and columns. */
import type { Lang } from '../format/number';
import { consoleText } from './console-strings';
import type { SchemaTable } from './schema-info';

export interface ColumnCompletion {
  label: string;
  type: 'property';
  detail: string;
}

export interface TableCompletion {
  self: { label: string; type: 'type'; detail: string };
  children: ColumnCompletion[];
}

/** `{ table: { self, children: columns } }`; assignable to lang-sql's SQLNamespace. */
export function completionSchema(tables: SchemaTable[], lang: Lang = 'zh'): Record<string, TableCompletion> {
  const out: Record<string, TableCompletion> = {};
  for (const t of tables) {
    out[t.name] = {
      self: { label: t.name, type: 'type', detail: Number.isFinite(t.rows) ? consoleText(lang, 'completion.rows', { n: t.rows }) : consoleText(lang, 'completion.table') },
      children: t.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type }))
    };
  }
  return out;
}

/** The table whose columns complete at top level (no `table.` prefix): `reports` when present, else the first. */
export function defaultTable(tables: SchemaTable[]): string | undefined {
  return tables.find((t) => t.name === 'reports')?.name ?? tables[0]?.name;
}
