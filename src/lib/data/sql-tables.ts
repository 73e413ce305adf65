import { tokenize } from './sql-tokens';

/**
 * Names of known tables an SQL string may reference. Scans identifier tokens outside string literals and
 * comments, skipping the ones that cannot be a table: a qualified column (`r.reports`, unless qualified by one of
 * `schemas`) and an output name (`AS reports`). Over-inclusion (an unqualified column named like a table) only
 * loads a table early; at national scale that is a large download, hence the skips.
 */
export function referencedTables(sql: string, known: Iterable<string>, schemas: Iterable<string> = []): string[] {
  const byLower = new Map<string, string>();
  for (const name of known) byLower.set(name.toLowerCase(), name);
  const schemaSet = new Set([...schemas].map((x) => x.toLowerCase()));
  const found = new Set<string>();
  const tokens = tokenize(sql);
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'word' && t.kind !== 'quoted') continue;
    const name = byLower.get(t.text.toLowerCase());
    if (!name) continue;
    const prev = tokens[i - 1];
    if (prev?.kind === 'word' && prev.text.toLowerCase() === 'as') continue;
    if (prev?.kind === 'punct' && prev.text === '.' && !schemaSet.has((tokens[i - 2]?.text ?? '').toLowerCase())) continue;
    found.add(name);
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
