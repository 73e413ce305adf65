#!/usr/bin/env node
// Copies datasets/index.json and every dataset it lists (datasets/<name>/) into build/datasets/.
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = /^[a-z0-9][a-z0-9._-]*$/i;

/** Dataset names listed in datasets/index.json (`{datasets:[{name}]}` or a bare array). */
export async function listedDatasets(datasetsDir) {
  const path = join(datasetsDir, 'index.json');
  if (!existsSync(path)) return [];
  const json = JSON.parse(await readFile(path, 'utf8'));
  const list = Array.isArray(json) ? json : json.datasets ?? [];
  return list.map((d) => d.name).filter((n) => typeof n === 'string' && NAME.test(n) && n !== 'sources');
}

/** Resolves a URL path below /datasets/ to a published file, or null (not listed, traversal, missing). */
export async function publishedFile(datasetsDir, urlPath) {
  const rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const abs = resolve(datasetsDir, rel);
  if (!abs.startsWith(resolve(datasetsDir) + sep)) return null;
  if (rel !== 'index.json' && !(await listedDatasets(datasetsDir)).includes(rel.split('/')[0])) return null;
  try {
    return (await stat(abs)).isFile() ? abs : null;
  } catch {
    return null;
  }
}

export async function copyDatasets({ from = join(ROOT, 'datasets'), to = join(ROOT, 'build/datasets') } = {}) {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  const names = await listedDatasets(from);
  if (existsSync(join(from, 'index.json'))) await cp(join(from, 'index.json'), join(to, 'index.json'));
  const copied = [];
  for (const name of names) {
    if (!existsSync(join(from, name, 'manifest.json'))) {
      console.warn(`copy-datasets: ${name} is listed in index.json but datasets/${name}/manifest.json is missing; skipped`);
      continue;
    }
    await cp(join(from, name), join(to, name), { recursive: true });
    copied.push(name);
  }
  return copied;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const copied = await copyDatasets();
  console.log(`copy-datasets: build/datasets/ ← ${copied.length ? copied.join(', ') : '(none: run npm start or build a dataset first)'}`);
}
