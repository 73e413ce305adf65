#!/usr/bin/env node
// npm start: build datasets/sample if missing or stale, build the app, serve build/ at http://localhost:4173.
//   --no-build   serve the existing build/ (still refreshes the sample dataset)
//   --no-serve   prepare only (dataset + build), then exit
// PORT and HOST env override the address.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleLite, registerDataset } from './build-sample-lite.mjs';
import { serveBuild } from './serve-build.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'datasets/sample');
const INPUTS = ['src/lib/report', 'src/lib/rules', 'src/lib/dataset', 'datasets/sources'].map((p) => join(ROOT, p));
const GONGKAI = join(ROOT, 'bin/gongkai.mjs');
const log = (msg) => console.log(`[start] ${msg}`);

async function newestMtime(path) {
  let s;
  try {
    s = await stat(path);
  } catch {
    return 0;
  }
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const e of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, e)));
  return newest;
}

/** Why datasets/sample must be (re)built, or null when it is fresh. */
export async function sampleStaleness() {
  const manifest = join(SAMPLE, 'manifest.json');
  if (!existsSync(manifest)) return 'missing';
  const built = (await stat(manifest)).mtimeMs;
  for (const input of INPUTS) if ((await newestMtime(input)) > built) return `older than ${input.slice(ROOT.length + 1)}`;
  return null;
}

function ingestAvailable() {
  if (!existsSync(GONGKAI)) return false;
  const r = spawnSync(process.execPath, [GONGKAI, 'ingest', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 && /gongkai ingest/.test(r.stdout + r.stderr);
}

async function buildSample() {
  if (ingestAvailable()) {
    log('building datasets/sample with gongkai ingest datasets/sources');
    const r = spawnSync(process.execPath, [GONGKAI, 'ingest', 'datasets/sources', '--out', 'datasets/sample'], { cwd: ROOT, stdio: 'inherit' });
    const m = r.status === 0 && existsSync(join(SAMPLE, 'manifest.json')) ? JSON.parse(await readFile(join(SAMPLE, 'manifest.json'), 'utf8')) : null;
    if (m && (m.parsed ?? 1) > 0) {
      await registerDataset(join(ROOT, 'datasets'), { name: 'sample', title: m.title, label: m.label });
      return;
    }
    log(m ? 'gongkai ingest parsed no reports; falling back to scripts/build-sample-lite.mjs' : `gongkai ingest failed (exit ${r.status}); falling back to scripts/build-sample-lite.mjs`);
  }
  const m = await buildSampleLite();
  log(`datasets/sample: ${m.inputs} real report files indexed by scripts/build-sample-lite.mjs`);
}

export async function ensureSample() {
  const why = await sampleStaleness();
  if (why) {
    log(`datasets/sample is ${why}`);
    await buildSample();
  } else {
    log('datasets/sample is up to date');
    const m = JSON.parse(await readFile(join(SAMPLE, 'manifest.json'), 'utf8'));
    await registerDataset(join(ROOT, 'datasets'), { name: 'sample', title: m.title, label: m.label });
  }
}

function build() {
  log('npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  try {
    await ensureSample();
    if (!args.has('--no-build') || !existsSync(join(ROOT, 'build/index.html'))) build();
    if (!args.has('--no-serve')) {
      const port = Number(process.env.PORT ?? 4173);
      const host = process.env.HOST ?? '127.0.0.1';
      const server = await serveBuild({ host, port });
      console.log(`\nGongkai Lens is running at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/  (Ctrl+C to stop)\n`);
      const stop = () => server.close(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }
  } catch (e) {
    console.error(`[start] ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
