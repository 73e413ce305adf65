import { fromArrow } from 'arquero';
import type { Table } from 'apache-arrow';

/**
 * DuckDB result → arquero table for the chart layer. arquero's types name flechette's table, but at run time it
 * reads an apache-arrow 17 table directly (it only needs `getChild`/`Vector.at`).
 */
export function toArquero(table: Table) {
  return fromArrow(table as unknown as Parameters<typeof fromArrow>[0]);
}
