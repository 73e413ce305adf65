import { tokenize } from './sql-tokens';

/**
 * Names of known tables an SQL string may reference. Scans identifier tokens outside string literals and
 * comments; over-inclusion (a column named like a table) only loads a table early, so it is harmless.
 */
export function referencedTables(sql: string, known: Iterable<string>): string[] {
  const byLower = new Map<string, string>();
  for (const name of known) byLower.set(name.toLowerCase(), name);
  const found = new Set<string>();
  for (const id of identifiers(sql)) {
    const name = byLower.get(id.toLowerCase());
    if (name) found.add(name);
  }
  return [...found];
}

/** Identifier tokens of an SQL string (bare words and "quoted" names), skipping literals and comments. */
export function identifiers(sql: string): string[] {
  return tokenize(sql)
    .filter((t) => t.kind === 'word' || t.kind === 'quoted')
    .map((t) => t.text);
}

/** Quotes an SQL identifier. */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
