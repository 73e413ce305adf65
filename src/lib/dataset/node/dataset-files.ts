/** manifest.json and datasets/index.json writing. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { DatasetIndexEntry, DatasetManifest } from '../manifest';

export async function writeManifest(dir: string, manifest: DatasetManifest): Promise<void> {
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
}

/** Insert or replace `entry` in `<parent of datasetDir>/index.json` (read, upsert, write: others' entries kept). */
export async function upsertIndex(datasetDir: string, entry: Omit<DatasetIndexEntry, 'name'>): Promise<void> {
  const path = join(dirname(resolve(datasetDir)), 'index.json');
  let index: { datasets: DatasetIndexEntry[] } = { datasets: [] };
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8'));
    if (parsed && Array.isArray(parsed.datasets)) index = parsed;
  } catch { /* missing or unreadable: start afresh */ }
  const name = basename(resolve(datasetDir));
  const full: DatasetIndexEntry = { name, ...entry };
  const at = index.datasets.findIndex((d) => d.name === name);
  if (at >= 0) index.datasets[at] = { ...index.datasets[at], ...full };
  else index.datasets.push(full);
  await writeFile(path, JSON.stringify(index, null, 2) + '\n');
}
