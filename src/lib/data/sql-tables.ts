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
  const out: string[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (ch === "'") {
      i = skipQuoted(sql, i, "'");
    } else if (ch === '"') {
      const end = skipQuoted(sql, i, '"');
      out.push(sql.slice(i + 1, end - 1).replaceAll('""', '"'));
      i = end;
    } else if (/[\p{L}_]/u.test(ch)) {
      let j = i + 1;
      while (j < sql.length && /[\p{L}\p{N}_$]/u.test(sql[j])) j++;
      out.push(sql.slice(i, j));
      i = j;
    } else i++;
  }
  return out;
}

function skipQuoted(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

/** Quotes an SQL identifier. */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
