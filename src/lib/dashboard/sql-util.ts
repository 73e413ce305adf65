/** Small helpers to build DuckDB SQL from user-chosen values without injection. */
import type { Filters } from './filters';

/** A string literal: single quotes doubled. */
export const lit = (v: string): string => `'${v.replaceAll("'", "''")}'`;

export const litList = (vs: readonly string[]): string => vs.map(lit).join(', ');

/** An integer literal; throws on anything else so a bad value never reaches SQL. */
export function int(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
}

/** Conditions of the global filters on a table with the `reports` columns, under `alias`. */
export function filterConditions(f: Filters, alias = 'r'): string[] {
  const c: string[] = [];
  const col = (name: string) => `${alias}.${name}`;
  if (f.years) c.push(`${col('year')} BETWEEN ${int(f.years[0])} AND ${int(f.years[1])}`);
  if (f.province) c.push(`${col('province')} = ${lit(f.province)}`);
  if (f.city) c.push(`${col('city')} = ${lit(f.city)}`);
  if (f.county) c.push(`${col('county')} = ${lit(f.county)}`);
  if (f.level) c.push(`${col('level')} = ${lit(f.level)}`);
  if (f.kind) c.push(`${col('kind')} = ${lit(f.kind)}`);
  if (f.format) c.push(`${col('format')} = ${lit(f.format)}`);
  return c;
}

/** `WHERE a AND b` or '' when there is nothing to filter. */
export function where(conds: string[]): string {
  return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
}

/** Filter conditions for the `agencies` table (no year, no format). */
export function agencyConditions(f: Filters, alias = 'a'): string[] {
  return filterConditions({ ...f, years: null, format: null }, alias);
}
