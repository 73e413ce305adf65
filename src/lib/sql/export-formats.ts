/** Full-result exports of the SQL console: CSV (UTF-8 with BOM, for Excel), JSON and Parquet. */
import { tableToIPC, type Table } from 'apache-arrow';
import { csvField, UTF8_BOM } from '../export/csv';
import { displayValue, jsonValue, resultColumns } from './arrow-values';

/** CSV text of the whole table, column by column access per row (no row objects). Starts with a BOM. */
export function tableToCsv(table: Table): string {
  const cols = resultColumns(table);
  const parts: string[] = [UTF8_BOM + cols.map((c) => csvField(c.name)).join(',')];
  for (let r = 0; r < table.numRows; r++) {
    parts.push(cols.map((c) => csvField(displayValue(c.type, c.vector.get(r)))).join(','));
  }
  return parts.join('\r\n') + '\r\n';
}

/** JSON array of row objects (BIGINT as number when safe, else string; dates as ISO strings). */
export function tableToJson(table: Table): string {
  const cols = resultColumns(table);
  const rows: string[] = [];
  for (let r = 0; r < table.numRows; r++) {
    const o: Record<string, unknown> = {};
    for (const c of cols) o[c.name] = jsonValue(c.type, c.vector.get(r));
    rows.push(JSON.stringify(o));
  }
  return `[${rows.join(',\n')}]\n`;
}

/** The subset of parquet-wasm the Parquet export needs (injected: the wasm module is loaded lazily). */
export interface ParquetWriter {
  Table: { fromIPCStream(buf: Uint8Array): unknown };
  writeParquet(table: never): Uint8Array;
}

/** Parquet bytes of an Arrow table via parquet-wasm. */
export function tableToParquet(table: Table, pw: ParquetWriter): Uint8Array {
  const wasmTable = pw.Table.fromIPCStream(tableToIPC(table, 'stream'));
  return pw.writeParquet(wasmTable as never);
}

/** A file name for an export: `gongkai-query-<yyyymmdd-hhmmss>.<ext>`. */
export function exportFileName(ext: 'csv' | 'json' | 'parquet', now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `gongkai-query-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.${ext}`;
}
