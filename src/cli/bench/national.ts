/**
 * The 1,000,000-report synthetic dataset (datasets/national): generated when missing, with the time it took;
 * its size by table. `gongkai generate --agencies 200000 --years 2020-2024 --seed 1` (labelled synthetic).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetManifest } from '../../lib/dataset/manifest';
import type { BenchResult } from '../bench-command';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const NATIONAL = 'national';
export const NATIONAL_DIR = join(ROOT, 'datasets', NATIONAL);
export const GENERATE_ARGS = ['generate', '--agencies', '200000', '--years', '2020-2024', '--out', `datasets/${NATIONAL}`, '--seed', '1', '--no-index', '--quiet'];

let ensured: Promise<{ manifest: DatasetManifest; generatedNow: boolean; ms: number }> | undefined;

function run(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/gongkai.mjs'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** datasets/national, generated if missing (once per process). */
export function ensureNational(): Promise<{ manifest: DatasetManifest; generatedNow: boolean; ms: number }> {
  ensured ??= (async () => {
    const path = join(NATIONAL_DIR, 'manifest.json');
    let generatedNow = false;
    let ms = 0;
    if (!existsSync(path)) {
      process.stdout.write(`bench: generating datasets/${NATIONAL} (1,000,000 synthetic reports; takes minutes)…\n`);
      const t0 = performance.now();
      const code = await run(GENERATE_ARGS);
      ms = performance.now() - t0;
      if (code !== 0) throw new Error(`gongkai generate failed with exit code ${code}`);
      generatedNow = true;
    }
    const manifest = JSON.parse(await readFile(path, 'utf8')) as DatasetManifest;
    return { manifest, generatedNow, ms: generatedNow ? ms : manifest.build_ms ?? NaN };
  })();
  return ensured;
}

export async function bench(): Promise<BenchResult> {
  const { manifest, generatedNow, ms } = await ensureNational();
  const bytes = (t: string) => manifest.tables[t]?.files.reduce((s, f) => s + f.bytes, 0) ?? 0;
  const total = Object.keys(manifest.tables).reduce((s, t) => s + bytes(t), 0);
  const figures: Record<string, number | string> = {
    national_reports: manifest.tables.reports?.rows ?? 0,
    national_agencies: manifest.tables.agencies?.rows ?? 0,
    national_generate_seconds: +(ms / 1000).toFixed(1),
    national_generated_this_run: generatedNow ? 'yes' : 'no (existing dataset; time from its manifest build_ms)',
    national_parquet_bytes: total,
    national_reports_parquet_bytes: bytes('reports')
  };
  for (const t of Object.keys(manifest.tables)) figures[`national_table_${t}_rows`] = manifest.tables[t].rows;
  for (const t of Object.keys(manifest.tables)) figures[`national_table_${t}_bytes`] = bytes(t);
  return {
    part: 'national',
    figures,
    lines: [
      `national: ${figures.national_reports} reports, ${figures.national_agencies} agencies, ${(total / 2 ** 20).toFixed(1)} MB Parquet ` +
        `(reports ${(bytes('reports') / 2 ** 20).toFixed(1)} MB); generate ${figures.national_generate_seconds} s${generatedNow ? '' : ' (earlier run)'}`,
      `  tables: ${Object.entries(manifest.tables).map(([t, s]) => `${t} ${s.rows} rows ${(bytes(t) / 2 ** 20).toFixed(1)} MB`).join(', ')}`
    ]
  };
}
