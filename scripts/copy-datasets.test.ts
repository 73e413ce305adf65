import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleLite } from './build-sample-lite.mjs';
import { copyDatasets, listedDatasets, publishedFile } from './copy-datasets.mjs';

let dir: string;
const datasets = () => join(dir, 'datasets');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gk-copy-'));
  await buildSampleLite({ out: join(datasets(), 'sample') }); // also writes datasets/index.json
  await mkdir(join(datasets(), 'unlisted'));
  await writeFile(join(datasets(), 'unlisted/manifest.json'), '{}');
  await mkdir(join(datasets(), 'sources'));
  await writeFile(join(datasets(), 'sources/manifest.csv'), 'file\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('copy-datasets', () => {
  it('lists the datasets of index.json', async () => {
    expect(await listedDatasets(datasets())).toEqual(['sample']);
  });

  it('copies index.json and listed datasets only', async () => {
    const out = join(dir, 'build/datasets');
    expect(await copyDatasets({ from: datasets(), to: out })).toEqual(['sample']);
    expect((await readdir(out)).sort()).toEqual(['index.json', 'sample']);
    expect((await readdir(join(out, 'sample'))).sort()).toEqual(['manifest.json', 'reports_index.parquet']);
    expect(await readFile(join(out, 'sample/reports_index.parquet'))).toEqual(await readFile(join(datasets(), 'sample/reports_index.parquet')));
  });

  it('publishes (for vite dev) listed files only, never sources, unlisted folders or paths outside', async () => {
    expect(await publishedFile(datasets(), '/index.json')).toBe(join(datasets(), 'index.json'));
    expect(await publishedFile(datasets(), '/sample/manifest.json')).toBe(join(datasets(), 'sample/manifest.json'));
    for (const p of ['/sources/manifest.csv', '/unlisted/manifest.json', '/sample/../../package.json', '/sample/%2E%2E/%2E%2E/x', '/sample/missing.parquet', '/sample'])
      expect(await publishedFile(datasets(), p)).toBeNull();
  });
});
