import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableToCsv, tableToJson, tableToParquet, exportFileName } from './export-formats';
import { cellText, resultColumns } from './arrow-values';

// A table with the awkward values an export must survive, written by native DuckDB and decoded by parquet-wasm
// exactly as the browser decodes dataset files.
const SOURCE_SQL = `SELECT * FROM (VALUES
  (1::INTEGER, '北京市人民政府'::VARCHAR, 9007199254740993::BIGINT, DATE '2024-01-31', 12.5::DOUBLE, 3.25::DECIMAL(9,2), true),
  (2, 'comma, "quote"' || chr(10) || 'newline', -5, NULL, NULL, -0.5, false),
  (3, NULL, 42, DATE '1999-12-31', -1e-3, 100, NULL)
) t(id, name, big, day, x, dec, flag)`;

async function fixture() {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-sql-export-'));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const src = join(dir, 'src.parquet');
  await con.run(`COPY (${SOURCE_SQL}) TO '${src}' (FORMAT parquet)`);
  const pw = await import('parquet-wasm/node');
  const table = tableFromIPC(pw.readParquet(await readFile(src)).intoIPCStream());
  return { dir, con, table, pw, src };
}

describe('console exports', () => {
  it('CSV has a BOM and reads back in native DuckDB with the same values', async () => {
    const { dir, con, table } = await fixture();
    const csv = tableToCsv(table);
    expect(csv.startsWith('\uFEFFid,name,big,day,x,dec,flag\r\n')).toBe(true);
    const file = join(dir, 'out.csv');
    await writeFile(file, csv.slice(1));
    const back = (await con.runAndReadAll(`SELECT * FROM read_csv('${file}', header=true, all_varchar=true) ORDER BY id::INT`)).getRowObjectsJS();
    expect(back).toEqual([
      { id: '1', name: '北京市人民政府', big: '9007199254740993', day: '2024-01-31', x: '12.5', dec: '3.25', flag: 'true' },
      { id: '2', name: 'comma, "quote"\nnewline', big: '-5', day: null, x: null, dec: '-0.5', flag: 'false' },
      { id: '3', name: null, big: '42', day: '1999-12-31', x: '-0.001', dec: '100', flag: null }
    ]);
  });

  it('JSON is an array of row objects; unsafe BIGINT as string, dates ISO', async () => {
    const { table } = await fixture();
    const rows = JSON.parse(tableToJson(table));
    expect(rows).toEqual([
      { id: 1, name: '北京市人民政府', big: '9007199254740993', day: '2024-01-31', x: 12.5, dec: 3.25, flag: true },
      { id: 2, name: 'comma, "quote"\nnewline', big: -5, day: null, x: null, dec: -0.5, flag: false },
      { id: 3, name: null, big: 42, day: '1999-12-31', x: -0.001, dec: 100, flag: null }
    ]);
  });

  it('Parquet reads back in native DuckDB equal to the source', async () => {
    const { dir, con, table, pw } = await fixture();
    const file = join(dir, 'out.parquet');
    await writeFile(file, tableToParquet(table, pw));
    const diff = await con.runAndReadAll(
      `SELECT count(*) AS n FROM ((SELECT * FROM '${file}' EXCEPT ALL (${SOURCE_SQL})) UNION ALL ((${SOURCE_SQL}) EXCEPT ALL SELECT * FROM '${file}'))`
    );
    expect(Number(diff.getRowObjectsJS()[0].n)).toBe(0);
    const n = await con.runAndReadAll(`SELECT count(*) AS n FROM '${file}'`);
    expect(Number(n.getRowObjectsJS()[0].n)).toBe(3);
  });

  it('grid cells read column vectors directly; column types are named as DuckDB names them', async () => {
    const { table, con, src } = await fixture();
    const described = (await con.runAndReadAll(`DESCRIBE SELECT * FROM '${src}'`)).getRowObjectsJS().map((r) => r.column_type);
    const cols = resultColumns(table);
    expect(cols.map((c) => c.numeric)).toEqual([true, false, true, false, true, true, false]);
    expect(cols.map((c) => c.typeName)).toEqual(described);
    expect(cellText(cols[3], 0)).toBe('2024-01-31');
    expect(cellText(cols[2], 0)).toBe('9007199254740993');
    expect(cellText(cols[1], 2)).toBe('');
  });

  it('names export files by time', () => {
    expect(exportFileName('parquet', new Date(2026, 10, 27, 4, 5, 6))).toBe('gongkai-query-20261127-040506.parquet');
  });
});
