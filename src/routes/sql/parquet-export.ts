// Parquet export for the console: parquet-wasm (already used by the data layer to read) loaded on demand.
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { Table } from 'apache-arrow';
import { tableToParquet, type ParquetWriter } from '$lib/sql/export-formats';

let pwP: Promise<ParquetWriter> | undefined;

export async function parquetBytes(table: Table): Promise<Uint8Array<ArrayBuffer>> {
  pwP ??= import('parquet-wasm/esm').then(async (pw) => {
    await pw.default({ module_or_path: parquetWasmUrl });
    return pw as unknown as ParquetWriter;
  });
  return tableToParquet(table, await pwP) as Uint8Array<ArrayBuffer>;
}
