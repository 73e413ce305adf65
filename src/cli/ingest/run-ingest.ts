/**
 * `gongkai ingest`: parse every report under the given paths, run the cross-report rules, write the Parquet
 * dataset + manifest.json + rejects.csv + precomputed JSON into a temporary sibling folder, then swap it into place.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { parseReport, PARSER_VERSION } from '../../lib/report/parse';
import type { Flag, ParsedReport } from '../../lib/report/types';
import { runPanelRules, type PanelReport } from '../../lib/rules/index';
import { AGENCIES, FLAGS, REPORTS, T2_CELLS, T3_CELLS, T4_CELLS, TEXTS } from '../../lib/dataset/schema';
import { DATASET_SCHEMA_VERSION, type DatasetManifest } from '../../lib/dataset/manifest';
import { flagRows, reportRow, t2Rows, t3Rows, t4Rows, textRows, toRow, reportId, type AgencyRecord } from '../../lib/dataset/rows';
import { DatasetWriter } from '../../lib/dataset/node/dataset-writer';
import { atomicDir } from '../../lib/dataset/node/atomic-dir';
import { writePrecomputed } from '../../lib/dataset/node/precompute';
import { buildEmbedData } from '../../lib/dataset/node/embed-data';
import { EMBED_DATA_PATH } from '../../lib/embed/embed-data';
import { addSummaryTables } from '../../lib/dataset/node/summaries';
import { upsertIndex, writeManifest } from '../../lib/dataset/node/dataset-files';
import { sha256Hex } from '../../lib/dataset/node/ids';
import { listInputs } from './walk';
import { loadAgencyMeta, resolveAgency } from './agency-meta';
import { Progress } from './progress';
import { toCsv } from './csv';

export interface IngestOptions {
  paths: string[];
  out: string;
  agenciesFile?: string;
  title?: string;
  label?: 'real' | 'synthetic';
  description?: string;
  /** Upsert the dataset into `<parent of out>/index.json` (default true). */
  index?: boolean;
  quiet?: boolean;
  /** Test hook: called after the Parquet files are written, before the swap into place. */
  beforeCommit?: () => Promise<void>;
}

export interface IngestResult { manifest: DatasetManifest; missing: string[]; rejects: [string, string][] }

interface Item {
  file: string;
  display: string;
  sha256: string;
  report: ParsedReport;
  agency: AgencyRecord;
  id: string;
}

const INPUT_PREFERENCE: Record<string, number> = { html: 0, docx: 1, pdf: 2, text: 3, markdown: 4 };
const cmp = (a: string | number | null | undefined, b: string | number | null | undefined) =>
  a === b ? 0 : a === null || a === undefined ? 1 : b === null || b === undefined ? -1 : a < b ? -1 : 1;
const errors = (r: ParsedReport) => r.flags.filter((f) => f.severity === 'error').length;

export async function runIngest(opts: IngestOptions): Promise<IngestResult> {
  const t0 = Date.now();
  const { files, folders, missing } = await listInputs(opts.paths);
  const displayOf = (f: string) => {
    const root = folders.find((d) => !relative(d, f).startsWith('..'));
    return (root ? relative(root, f) : basename(f)).split('\\').join('/');
  };
  const meta = await loadAgencyMeta(folders, opts.agenciesFile);
  const progress = new Progress('ingest', files.length, opts.quiet);
  const rejects: [string, string][] = [];
  const items: Item[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const display = displayOf(file);
    let report: ParsedReport;
    let sha = '';
    try {
      const bytes = new Uint8Array(await readFile(file));
      sha = sha256Hex(bytes);
      report = await parseReport(bytes, display);
    } catch (e) {
      report = { source: display, status: 'rejected', reason: `error: ${(e as Error)?.message ?? String(e)}`, agency: null, year: null, published: null, format: null, t2: {}, t3: {}, t4: {}, flags: [] };
    }
    if (report.status !== 'parsed') rejects.push([display, report.reason ?? 'rejected']);
    else {
      const agency = resolveAgency(meta, file, report.agency);
      items.push({ file, display, sha256: sha, report, agency, id: reportId(agency.agency_id, report.year) });
    }
    progress.tick(i + 1, display);
  }

  // One report per agency and year: the same report saved twice (e.g. page.html and page.txt) is kept once.
  const byId = new Map<string, Item[]>();
  for (const it of items) byId.set(it.id, [...(byId.get(it.id) ?? []), it]);
  const kept: Item[] = [];
  for (const group of byId.values()) {
    group.sort((a, b) =>
      cmp(INPUT_PREFERENCE[a.report.input ?? 'text'] ?? 9, INPUT_PREFERENCE[b.report.input ?? 'text'] ?? 9) ||
      cmp(errors(a.report), errors(b.report)) || cmp(a.display, b.display));
    kept.push(group[0]);
    for (const dup of group.slice(1)) rejects.push([dup.display, `duplicate: same agency and year as ${group[0].display}, which is kept`]);
  }
  kept.sort((a, b) => cmp(a.report.year, b.report.year) || cmp(a.agency.province, b.agency.province) || cmp(a.agency.agency_id, b.agency.agency_id) || cmp(a.id, b.id));
  rejects.sort((a, b) => cmp(a[0], b[0]));

  const panel: PanelReport[] = kept.filter((it) => it.report.year !== null).map((it) => ({
    report_id: it.id, agency_id: it.agency.agency_id, agency: it.agency.name, year: it.report.year as number,
    format: it.report.format, level: it.agency.level ?? undefined, kind: it.agency.kind ?? undefined,
    region: it.agency.region ?? undefined, report: it.report
  }));
  const panelFlags = runPanelRules(panel);

  const dir = await atomicDir(opts.out);
  let w: DatasetWriter | undefined;
  try {
    w = await DatasetWriter.open(dir.path, { threads: 1 });
    await w.addTable('agencies', AGENCIES, { orderBy: 'province NULLS LAST, agency_id' });
    await w.addTable('reports', REPORTS);
    await w.addTable('t2_cells', T2_CELLS);
    await w.addTable('t3_cells', T3_CELLS);
    await w.addTable('t4_cells', T4_CELLS);
    await w.addTable('flags', FLAGS);
    await w.addTable('texts', TEXTS);
    addSummaryTables(w, { t4Cells: 'stage_t4_cells' });
    const agencies = new Map<string, AgencyRecord>();
    for (const it of kept) {
      const flags: Flag[] = [...it.report.flags, ...(panelFlags.get(it.id) ?? [])];
      agencies.set(it.agency.agency_id, it.agency);
      w.append('reports', reportRow(it.id, it.agency, it.report, { source_file: it.display, sha256: it.sha256 }, flags));
      for (const r of t2Rows(it.id, it.report)) w.append('t2_cells', r);
      for (const r of t3Rows(it.id, it.report)) w.append('t3_cells', r);
      for (const r of t4Rows(it.id, it.report)) w.append('t4_cells', r);
      for (const r of flagRows(it.id, it.agency.agency_id, it.report.year, flags)) w.append('flags', r);
      for (const r of textRows(it.id, it.report)) w.append('texts', r);
    }
    // Agencies the panel rules know of but with no kept report (e.g. MISSING-REPORT) are still in `agencies`.
    for (const a of agencies.values()) w.append('agencies', toRow(AGENCIES, a as unknown as Record<string, unknown>));
    const tables = await w.writeParquet();
    const precomputed = await writePrecomputed(w, tables);
    await w.close();
    w = undefined;
    await writeFile(resolve(dir.path, 'rejects.csv'), toCsv([['file', 'reason'], ...rejects]));
    const label = opts.label ?? 'real';
    const title = opts.title ?? defaultTitle(kept, label);
    const manifest: DatasetManifest = {
      schema_version: DATASET_SCHEMA_VERSION,
      name: basename(resolve(opts.out)),
      label,
      title,
      description: opts.description ?? `gongkai ingest of ${opts.paths.map((p) => basename(resolve(p))).join(', ')}: ${kept.length} reports from ${files.length} files`,
      built_at: new Date().toISOString(),
      build_ms: Date.now() - t0,
      parser_version: PARSER_VERSION,
      inputs: files.length,
      parsed: kept.length,
      rejected: rejects.length,
      tables,
      precomputed: { ...precomputed, embed: EMBED_DATA_PATH },
      rejects: 'rejects.csv'
    };
    await writeManifest(dir.path, manifest);
    await buildEmbedData(dir.path);
    if (opts.beforeCommit) await opts.beforeCommit();
    await dir.commit();
    if (opts.index !== false) await upsertIndex(opts.out, { title, label });
    progress.message(`ingest: ${files.length} files → ${kept.length} reports, ${rejects.length} rejected → ${opts.out} (${manifest.build_ms} ms)`);
    return { manifest, missing, rejects };
  } catch (e) {
    if (w) await w.close().catch(() => undefined);
    await dir.abort().catch(() => undefined);
    throw e;
  }
}

function defaultTitle(kept: Item[], label: 'real' | 'synthetic'): string {
  const counts = new Map<string, number>();
  for (const it of kept) if (it.agency.region) counts.set(it.agency.region, (counts.get(it.agency.region) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0];
  const place = top ? top.replace(/综合实验区$/, '') : '';
  if (label === 'synthetic') return `合成数据：${place || '渲染'}年报`;
  return top ? `${place}${counts.size > 1 ? '等地' : ''}真实年报样本` : '真实年报样本';
}
