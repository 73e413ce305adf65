// Parquet → Arrow IPC row group by row group, with the Node build of parquet-wasm (the browser's has the same API),
// on files written by DuckDB as the dataset writer writes them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { rowGroupsToIPC } from './parquet-row-groups';

let dir: string;
let groups = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongkai-rowgroups-'));
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  await con.run(`COPY (SELECT i::INTEGER AS i, '第' || i || '号' AS name FROM range(20000) t(i) ORDER BY i)
    TO '${join(dir, 'many.parquet')}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`);
  await con.run(`COPY (SELECT 1::INTEGER AS i, 'x' AS name WHERE false) TO '${join(dir, 'empty.parquet')}' (FORMAT parquet)`);
  const [g] = (await con.runAndReadAll(`SELECT count(DISTINCT row_group_id)::INTEGER AS n FROM parquet_metadata('${join(dir, 'many.parquet')}')`)).getRowObjectsJS();
  groups = Number(g.n);
  expect(groups).toBeGreaterThan(4);
  con.closeSync();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const collect = async (bytes: Uint8Array) => {
  const out: Uint8Array[] = [];
  for await (const ipc of rowGroupsToIPC(await import('parquet-wasm/node'), bytes)) out.push(ipc);
  return out;
};

describe('rowGroupsToIPC', () => {
  it('yields one IPC stream per two row groups; together they are the whole table, in order', async () => {
    const chunks = await collect(new Uint8Array(await readFile(join(dir, 'many.parquet'))));
    expect(chunks.length).toBe(Math.ceil(groups / 2));
    expect(chunks.length).toBeGreaterThan(1);
    const tables = chunks.map((c) => tableFromIPC(c));
    expect(tables.reduce((s, t) => s + t.numRows, 0)).toBe(20000);
    const ids = tables.flatMap((t) => [...t.getChild('i')!].map(Number));
    expect(ids).toEqual([...Array(20000).keys()]);
    expect(String(tables.at(-1)!.getChild('name')!.get(tables.at(-1)!.numRows - 1))).toBe('第19999号');
  });

  it('an empty table still gives its schema', async () => {
    const chunks = await collect(new Uint8Array(await readFile(join(dir, 'empty.parquet'))));
    expect(chunks).toHaveLength(1);
    const t = tableFromIPC(chunks[0]);
    expect(t.numRows).toBe(0);
    expect(t.schema.fields.map((f) => f.name)).toEqual(['i', 'name']);
  });
});
