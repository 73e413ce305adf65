#!/usr/bin/env node
// Writes datasets/<name>/embed/data.json for an existing dataset (`gongkai ingest`/`generate` write it with the
// dataset; the logic is src/lib/dataset/node/embed-data.ts):
//   node scripts/build-embed-data.mjs datasets/sample [datasets/other ...]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

async function load() {
  const url = new URL('../src/lib/dataset/node/embed-data.ts', import.meta.url).href;
  try {
    return await import(url);
  } catch {
    // Plain Node: load the TypeScript through tsx (test runners transform it themselves).
    const { tsImport } = await import('tsx/esm/api');
    return await tsImport(url, import.meta.url);
  }
}

/**
 * Builds `<out>/embed/data.json` (default out: the dataset folder `dir`); returns { path, rows, bytes, form }.
 * `limits`: { maxRows, maxGroups, topAgencies } (or a number = maxRows), to force the grouped form in tests.
 */
export async function buildEmbedData(dir, out = dir, limits) {
  return (await load()).buildEmbedData(dir, out, limits);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (!dirs.length) {
    console.error('usage: node scripts/build-embed-data.mjs datasets/<name> [...]');
    process.exit(2);
  }
  for (const d of dirs) {
    const r = await buildEmbedData(resolve(d));
    console.log(`embed data: ${r.path} (${r.form}, ${r.rows} rows, ${r.bytes} bytes)`);
  }
}
