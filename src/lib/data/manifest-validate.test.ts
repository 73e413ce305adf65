import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleLite } from '../../../scripts/build-sample-lite.mjs';
import { DatasetError } from './errors';
import { isSafeRelativePath, validateIndex, validateManifest } from './manifest-validate';

let dir: string;
let real: Record<string, unknown>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gk-manifest-'));
  await buildSampleLite({ out: join(dir, 'sample') });
  real = JSON.parse(await readFile(join(dir, 'sample', 'manifest.json'), 'utf8'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const mutate = (fn: (m: any) => void) => {
  const m = structuredClone(real);
  fn(m);
  return m;
};
const reject = (m: unknown) => {
  try {
    validateManifest(m, 'sample');
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    expect((e as DatasetError).kind).toBe('manifest');
    return (e as DatasetError).message;
  }
  throw new Error('manifest was accepted');
};

describe('validateManifest', () => {
  it('accepts the manifest the sample builder writes from the real sources', () => {
    const m = validateManifest(real, 'sample');
    expect(m.label).toBe('real');
    expect(Object.keys(m.tables)).toEqual(['reports_index']);
  });

  it('rejects non-objects, a wrong label and empty tables', () => {
    expect(reject(null)).toMatch('不是 JSON 对象');
    expect(reject(mutate((m) => (m.label = 'fake')))).toMatch('label');
    expect(reject(mutate((m) => (m.tables = {})))).toMatch('tables 为空');
  });

  it('rejects a schema_version newer than the app', () => {
    expect(reject(mutate((m) => (m.schema_version = 99)))).toMatch('schema_version 99');
  });

  it('rejects file paths that leave the dataset folder or origin', () => {
    expect(reject(mutate((m) => (m.tables.reports_index.files[0].path = '../other/x.parquet')))).toMatch('不安全');
    expect(reject(mutate((m) => (m.tables.reports_index.files[0].path = 'https://cdn.example/x.parquet')))).toMatch('不安全');
  });

  it('rejects row counts that do not add up and bad hashes', () => {
    expect(reject(mutate((m) => (m.tables.reports_index.rows += 1)))).toMatch('行数之和');
    expect(reject(mutate((m) => (m.tables.reports_index.files[0].sha256 = 'abc')))).toMatch('sha256');
  });
});

describe('isSafeRelativePath', () => {
  it('allows nested relative paths only', () => {
    expect(isSafeRelativePath('reports/year=2024.parquet')).toBe(true);
    for (const p of ['', '/abs.parquet', 'a/../b', './a', 'a//b', 'data:x', 'C:\\x', 'a\\b']) expect(isSafeRelativePath(p)).toBe(false);
  });
});

describe('validateIndex', () => {
  it('reads {datasets: [...]} and a bare array', () => {
    const e = { name: 'sample', title: '样本', label: 'real' };
    expect(validateIndex({ datasets: [e] })).toEqual([e]);
    expect(validateIndex([e])).toEqual([e]);
  });
  it('rejects entries without a usable name or label', () => {
    expect(() => validateIndex({ datasets: [{ name: '../x', label: 'real' }] })).toThrow(DatasetError);
    expect(() => validateIndex({ datasets: [{ name: 'x', label: 'maybe' }] })).toThrow(/label/);
    expect(() => validateIndex({})).toThrow(/datasets/);
  });
});
