/** The console's query in the URL (`/sql?q=…`), so a link reproduces it. */

/** Longest query kept in a URL; longer ones stay in the editor and history only. */
export const MAX_URL_SQL = 8000;

export function sqlFromUrl(url: URL): string | null {
  const q = url.searchParams.get('q');
  return q === null ? null : q.slice(0, 100_000);
}

/** `url` with `q` set to the query (or removed when empty or too long). */
export function urlWithSql(url: URL, sql: string): URL {
  const next = new URL(url);
  if (sql.trim() && sql.length <= MAX_URL_SQL) next.searchParams.set('q', sql);
  else next.searchParams.delete('q');
  return next;
}
