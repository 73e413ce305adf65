/**
 * Ingest throughput: the real corpus (datasets/sources) replicated under distinct file names into a temporary folder
 * until ≥ 10,000 files, then the real `gongkai ingest` run as a child process over it (parse + single-report rules on
 * every file, duplicate agency-years kept once, cross-report rules, Parquet + manifest). Figure = files / wall time.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from '../bench-command';
import { loadAverage } from './machine';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCES = join(ROOT, 'datasets/sources');
const MIN_FILES = 10_000;
const TARGET = 2000;

/** CSV field quoting for the replica's manifest.csv. */
const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

async function sourceFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const dir of ['raw', 'seed']) for (const f of (await readdir(join(SOURCES, dir))).sort()) out.push(`${dir}/${f}`);
  return out;
}

/** Agency metadata rows of datasets/sources/manifest.csv by file (agency_name, region), read with a minimal CSV parser. */
async function sourceMeta(): Promise<Map<string, { agency_name: string; region: string }>> {
  const { parseCsvObjects } = await import('../ingest/csv');
  const rows = parseCsvObjects(await readFile(join(SOURCES, 'manifest.csv'), 'utf8'));
  return new Map(rows.filter((r) => r.file).map((r) => [r.file, { agency_name: r.agency_name ?? '', region: r.region ?? '' }]));
}

export async function replicate(dir: string, minFiles = MIN_FILES): Promise<{ files: number; sources: number }> {
  const files = await sourceFiles();
  const meta = await sourceMeta();
  const copies = Math.ceil(minFiles / files.length);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const csv = ['file,agency_name,region'];
  for (let c = 0; c < copies; c++) {
    await Promise.all(
      files.map(async (f) => {
        const name = `c${String(c).padStart(4, '0')}-${f.replace('/', '-')}`;
        // A hard link is a distinct file name with the same bytes (fast); a copy where the file systems differ.
        await link(join(SOURCES, f), join(dir, name)).catch(() => copyFile(join(SOURCES, f), join(dir, name)));
        const m = meta.get(f);
        if (m) csv.push([name, m.agency_name, m.region].map(q).join(','));
      })
    );
  }
  await writeFile(join(dir, 'manifest.csv'), csv.join('\n') + '\n');
  return { files: copies * files.length, sources: files.length };
}

const TIME = '/usr/bin/time';

/** Runs `gongkai …` as a child; with /usr/bin/time also its CPU seconds (user + system), which load does not inflate. */
function runChild(args: string[]): Promise<{ code: number; stderr: string; ms: number; cpuS: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cmd = [process.execPath, join(ROOT, 'bin/gongkai.mjs'), ...args];
    const timed = existsSync(TIME);
    const child = timed
      ? spawn(TIME, ['-f', 'gongkai-cpu %U %S', ...cmd], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /gongkai-cpu ([\d.]+) ([\d.]+)/.exec(stderr);
      resolve({ code: code ?? 1, stderr, ms: performance.now() - t0, cpuS: m ? Number(m[1]) + Number(m[2]) : null });
    });
  });
}

export async function bench(): Promise<BenchResult> {
  const base = join(tmpdir(), 'gongkai-bench-ingest');
  const input = join(base, 'in');
  const out = join(base, 'out');
  const { files, sources } = await replicate(input);
  const loadBefore = loadAverage()[0];
  const r = await runChild(['ingest', input, '--out', out, '--no-index', '--quiet']);
  r.stderr = r.stderr.replace(/gongkai-cpu .*\n?/, '');
  if (r.code !== 0) throw new Error(`gongkai ingest failed (${r.code}): ${r.stderr}`);
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  const rejects = await readFile(join(out, 'rejects.csv'), 'utf8');
  const duplicates = rejects.split('\n').filter((l) => l.includes('duplicate: same agency and year')).length;
  await rm(base, { recursive: true, force: true });
  const rate = Math.round((files / r.ms) * 1000);
  return {
    part: 'ingest',
    figures: {
      ingest_reports_per_s: rate,
      ingest_files: files,
      ingest_source_files: sources,
      ingest_seconds: +(r.ms / 1000).toFixed(2),
      ingest_cpu_seconds: r.cpuS === null ? null : +r.cpuS.toFixed(2),
      ingest_reports_per_cpu_s: r.cpuS ? Math.round(files / r.cpuS) : null,
      ingest_duplicate_files: duplicates,
      ingest_kept_reports: manifest.parsed ?? null,
      ingest_rejected_files: manifest.rejected ?? null,
      ingest_load_average_1m: loadBefore
    },
    lines: [
      `ingest: ${files} files (${sources} real files × ${files / sources} copies) in ${(r.ms / 1000).toFixed(1)} s = ${rate} reports/s (target ≥ ${TARGET}); ` +
        `${manifest.parsed} unique agency-year reports kept, ${duplicates} duplicates, ${manifest.rejected - duplicates} rejected (load ${loadBefore}); ` +
        `CPU ${r.cpuS?.toFixed(1) ?? '?'} s = ${r.cpuS ? Math.round(files / r.cpuS) : '?'} reports per CPU-second`
    ]
  };
}
