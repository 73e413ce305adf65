/**
 * `gongkai generate`: a synthetic dataset written straight to Parquet in bounded memory (agencies are simulated one
 * at a time and streamed through the DuckDB appender; 表二/三/四 cells are staged packed, one row per report, and
 * expanded to the long tables by DuckDB when writing). Planted anomalies go into `flags` and `truth`.
 * With `render`, some of the reports are also written as report files in the real forms (render/), with the
 * truth for them in render-truth.json, so `ingest` → rules can be measured end to end.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { T3_COLUMNS, T4_GROUPS, T4_OUTCOMES, t2Keys, t3RowKeys } from '../../lib/report/model';
import type { Format, ParsedReport } from '../../lib/report/types';
import { AGENCIES, FLAGS, REPORTS, T2_CELLS, T3_CELLS, T4_CELLS, TEXTS, TRUTH, type TableSchema } from '../../lib/dataset/schema';
import { DATASET_SCHEMA_VERSION, type DatasetManifest } from '../../lib/dataset/manifest';
import { flagRows, reportRow, reportId, toRow } from '../../lib/dataset/rows';
import { DatasetWriter } from '../../lib/dataset/node/dataset-writer';
import { atomicDir } from '../../lib/dataset/node/atomic-dir';
import { writePrecomputed } from '../../lib/dataset/node/precompute';
import { buildEmbedData } from '../../lib/dataset/node/embed-data';
import { EMBED_DATA_PATH } from '../../lib/embed/embed-data';
import { addSummaryTables } from '../../lib/dataset/node/summaries';
import { upsertIndex, writeManifest } from '../../lib/dataset/node/dataset-files';
import { Progress } from '../ingest/progress';
import { toCsv } from '../ingest/csv';
import { generateAgencies, topUpAgencies, type SynthAgency } from './agencies';
import { DEFAULT_RATES, PLANTED_RULES, narrativeOf, plantedFlags, simulateAgency, type PlantedRule, type SynthMissing, type SynthReport } from './simulate';
import { renderHtml } from './render-html';
import { renderCrawl } from './render-crawl';
import { renderLines } from './render-lines';
import { hashSeed } from './rng';

/** Written into the manifest's generator block and the help. */
export const TOP_UP_NOTE =
  'reports = agencies × years exactly: the planted MISSING-REPORT gaps (truth rule MISSING-REPORT) are made up by ' +
  'top-up agencies (…合成·N号直属局 of the last province) that report every year without gaps; the last of them starts ' +
  'in a later year (set up later: not a gap), so the count comes out exact';

export interface GenerateOptions {
  out: string;
  agencies: number;
  years: [number, number];
  seed: number;
  render?: number;
  /** Multiplies every anomaly rate (e.g. 4 for a small rendered test set). */
  anomalyScale?: number;
  title?: string;
  index?: boolean;
  quiet?: boolean;
}

const PACK_T3: TableSchema = [['report_id', 'VARCHAR'], ['year', 'SMALLINT'], ['format', 'VARCHAR'], ['vals', 'VARCHAR']];
const PACK_T2: TableSchema = [['report_id', 'VARCHAR'], ['year', 'SMALLINT'], ['format', 'VARCHAR'], ['vals', 'VARCHAR']];
const PACK_T4: TableSchema = [['report_id', 'VARCHAR'], ['year', 'SMALLINT'], ['vals', 'VARCHAR']];

const sqlList = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

const T3_ROW_KEYS: Record<Format, string[]> = { '2019': t3RowKeys('2019'), '2021': t3RowKeys('2021') };

function t3Pack(r: SynthReport): string {
  let s = '';
  for (const row of T3_ROW_KEYS[r.format]) {
    const v = r.t3[row];
    s += `${v.natural_person},${v.commercial},${v.research},${v.social_welfare},${v.legal_service},${v.other_org},${v.total},`;
  }
  return s.slice(0, -1);
}
const T2_KEYS: Record<Format, string[]> = { '2019': t2Keys('2019'), '2021': t2Keys('2021') };
const T4_KEYS = T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => [g, o] as const));

function derivedQueries(): { t2: string; t3: string; t4: string } {
  const t3Keys = (f: Format) => t3RowKeys(f).flatMap((row) => T3_COLUMNS.map(() => row));
  const t3Cols = (f: Format) => t3RowKeys(f).flatMap(() => [...T3_COLUMNS]);
  const t3 = `SELECT report_id, year,
      unnest(CASE WHEN format = '2019' THEN ${sqlList(t3Keys('2019'))} ELSE ${sqlList(t3Keys('2021'))} END) AS "row",
      unnest(CASE WHEN format = '2019' THEN ${sqlList(t3Cols('2019'))} ELSE ${sqlList(t3Cols('2021'))} END) AS col,
      unnest(string_split(vals, ','))::INTEGER AS value, NULL::VARCHAR AS provenance FROM stage_t3pack`;
  const t2 = `SELECT report_id, year,
      unnest(CASE WHEN format = '2019' THEN ${sqlList(t2Keys('2019'))} ELSE ${sqlList(t2Keys('2021'))} END) AS "key",
      unnest(string_split(vals, ','))::DOUBLE AS value, NULL::VARCHAR AS provenance FROM stage_t2pack`;
  const t4 = `SELECT report_id, year, unnest(${sqlList(T4_KEYS.map(([g]) => g))}) AS grp, unnest(${sqlList(T4_KEYS.map(([, o]) => o))}) AS outcome,
      unnest(string_split(vals, ','))::INTEGER AS value, NULL::VARCHAR AS provenance FROM stage_t4pack`;
  return { t2, t3, t4 };
}

export function asParsed(r: SynthReport, source = ''): ParsedReport {
  return {
    source, status: 'parsed', reason: null, agency: r.agency.name, year: r.year, published: r.published, format: r.format,
    t2: r.t2, t3: r.t3, t4: r.t4, flags: plantedFlags(r), title: r.title
  };
}

export interface RenderTruth {
  file: string;
  report_id: string;
  agency_id: string;
  agency: string;
  year: number;
  format: Format;
  /** Rendered form: html | crawl-spaced | lines | crawl-concat. */
  form: RenderForm;
  t2: Record<string, number>;
  t3: Record<string, Record<string, number>>;
  t4: Record<string, Record<string, number>>;
  planted: { rule: PlantedRule; cells: string[] }[];
}

export interface RenderTruthFile {
  reports: RenderTruth[];
  missing: { agency_id: string; agency: string; year: number; report_id: string }[];
}

export type RenderForm = 'html' | 'crawl-spaced' | 'lines' | 'crawl-concat';

function renderFile(r: SynthReport, id: string, n: number): { name: string; text: string; form: RenderForm } {
  const form = n % 4;
  if (form === 0) return { name: `${id}.html`, text: renderHtml(r, id), form: 'html' };
  if (form === 1) return { name: `${id}.txt`, text: renderCrawl(r, id, 'spaced'), form: 'crawl-spaced' };
  if (form === 2) return { name: `${id}.txt`, text: renderLines(r), form: 'lines' };
  return { name: `${id}.txt`, text: renderCrawl(r, id, 'concat'), form: 'crawl-concat' };
}

export async function runGenerate(o: GenerateOptions): Promise<DatasetManifest> {
  const t0 = Date.now();
  const years: number[] = [];
  for (let y = o.years[0]; y <= o.years[1]; y++) years.push(y);
  const scale = o.anomalyScale ?? 1;
  const rates = Object.fromEntries(PLANTED_RULES.map((r) => [r, DEFAULT_RATES[r] * scale])) as Record<PlantedRule, number>;
  const agencies = generateAgencies(o.agencies, o.seed);
  // Rendered agencies: whole histories, spread over the list (a deterministic stride), until `render` reports.
  const renderSet = new Set<string>();
  if (o.render && o.render > 0) {
    const order = [...agencies].sort((a, b) => hashSeed(o.seed, a.agency_id) - hashSeed(o.seed, b.agency_id));
    let budget = Math.ceil(o.render * 1.1); // candidates; rendering stops before `render` would be exceeded
    for (const a of order) {
      if (budget <= 0) break;
      renderSet.add(a.agency_id);
      budget -= years.length;
    }
  }
  const dir = await atomicDir(o.out);
  const progress = new Progress('generate', agencies.length, o.quiet);
  let w: DatasetWriter | undefined;
  try {
    w = await DatasetWriter.open(dir.path, { threads: 2, memoryLimit: '512MB' });
    await w.addTable('agencies', AGENCIES);
    await w.addTable('reports', REPORTS);
    await w.addTable('flags', FLAGS);
    await w.addTable('truth', TRUTH);
    await w.addTable('texts', TEXTS);
    await w.addTable('t3pack', PACK_T3, {}, true);
    await w.addTable('t2pack', PACK_T2, {}, true);
    await w.addTable('t4pack', PACK_T4, {}, true);
    const q = derivedQueries();
    w.addDerived('t2_cells', T2_CELLS, q.t2);
    w.addDerived('t3_cells', T3_CELLS, q.t3, { rowGroupSize: 122880 });
    w.addDerived('t4_cells', T4_CELLS, q.t4);
    addSummaryTables(w, { t4Cells: `(${q.t4})` });
    const renderDir = join(dir.path, 'render');
    const truth: RenderTruthFile = { reports: [], missing: [] };
    const renderedAgencies: SynthAgency[] = [];
    if (renderSet.size) await mkdir(renderDir, { recursive: true });
    let rendered = 0;
    let missingReports = 0;
    const writeAgency = async (a: SynthAgency, reports: SynthReport[], missing: SynthMissing[], render: boolean) => {
      w!.append('agencies', toRow(AGENCIES, a as unknown as Record<string, unknown>));
      const renderedYears: number[] = [];
      // Whole agency histories only (a cut history would itself look like missing reports), up to `render` files.
      const renderThis = render && rendered + reports.length <= (o.render ?? 0);
      for (const r of reports) {
        const id = reportId(a.agency_id, r.year);
        const flags = plantedFlags(r);
        w!.append('reports', reportRow(id, a, asParsed(r), { source_file: 'synthetic', sha256: null }, flags));
        w!.append('t3pack', [id, r.year, r.format, t3Pack(r)]);
        w!.append('t2pack', [id, r.year, r.format, T2_KEYS[r.format].map((k) => r.t2[k]).join(',')]);
        w!.append('t4pack', [id, r.year, T4_KEYS.map(([g, oc]) => r.t4[g][oc]).join(',')]);
        w!.append('texts', [id, 's3', r.s3, r.year]);
        if (r.planted.some((p) => p.rule === 'SPAM' || p.rule === 'REUSE')) w!.append('texts', [id, 's1', narrativeOf(r).s1, r.year]);
        for (const row of flagRows(id, a.agency_id, r.year, flags)) w!.append('flags', row);
        for (const p of r.planted) w!.append('truth', [id, a.agency_id, r.year, p.rule, JSON.stringify(p.cells)]);
        if (renderThis) {
          renderedYears.push(r.year);
          const f = renderFile(r, id, rendered++);
          await writeFile(join(renderDir, f.name), f.text);
          truth.reports.push({ file: `render/${f.name}`, report_id: id, agency_id: a.agency_id, agency: a.name, year: r.year, format: r.format, form: f.form, t2: r.t2, t3: r.t3, t4: r.t4, planted: r.planted.map((p) => ({ rule: p.rule, cells: p.cells })) });
        }
      }
      for (const m of missing) {
        const id = reportId(a.agency_id, m.year);
        for (const row of flagRows(id, a.agency_id, m.year, plantedFlags(m))) w!.append('flags', row);
        w!.append('truth', [id, a.agency_id, m.year, 'MISSING-REPORT', '[]']);
        // A gap counts as a missing report only between two rendered years of the agency.
        if (renderedYears.some((y) => y < m.year) && renderedYears.some((y) => y > m.year)) {
          truth.missing.push({ agency_id: a.agency_id, agency: a.name, year: m.year, report_id: id });
        }
      }
      missingReports += missing.length;
      if (renderedYears.length) renderedAgencies.push(a);
    };
    for (let i = 0; i < agencies.length; i++) {
      const a = agencies[i];
      const { reports, missing } = simulateAgency(a, years, o.seed, rates);
      await writeAgency(a, reports, missing, renderSet.has(a.agency_id));
      if (i % 2000 === 1999) w.flush();
      // Moves the staged rows to the database file, so the buffer pool does not grow with the agency count.
      if (i % 10000 === 9999) await w.conn.run('CHECKPOINT');
      progress.tick(i + 1);
    }
    // Exactly agencies × years reports: the planted gaps are made up by top-up agencies without gaps.
    const topUp = topUpAgencies(missingReports, years, agencies[agencies.length - 1]);
    const noGaps = { ...rates, 'MISSING-REPORT': 0 };
    for (const t of topUp) {
      const { reports } = simulateAgency(t.agency, t.years, o.seed, noGaps);
      await writeAgency(t.agency, reports, [], false);
    }
    progress.tick(agencies.length);
    if (renderSet.size) {
      const cols = ['name', 'agency_id', 'region', 'province', 'province_code', 'city', 'city_code', 'county', 'county_code', 'level', 'kind'] as const;
      await writeFile(join(renderDir, 'agencies.csv'), toCsv([[...cols], ...renderedAgencies.map((a) => cols.map((c) => String(a[c] ?? '')))]));
      await writeFile(join(dir.path, 'render-truth.json'), JSON.stringify(truth));
    }
    progress.message('generate: writing Parquet…');
    // One thread while writing: the Parquet writer's per-thread buffers are not bounded by memory_limit.
    await w.conn.run('SET threads = 1');
    const tables = await w.writeParquet();
    const precomputed = await writePrecomputed(w, tables);
    await w.close();
    w = undefined;
    const title = o.title ?? `合成数据：${o.agencies.toLocaleString('en-US')} 个机构 ${o.years[0]}–${o.years[1]} 年`;
    const manifest: DatasetManifest = {
      schema_version: DATASET_SCHEMA_VERSION,
      name: o.out.split(/[\\/]/).filter(Boolean).pop() ?? 'synthetic',
      label: 'synthetic',
      title,
      description: '合成数据（synthetic, not real reports）: gongkai generate with planted anomalies; ground truth in the truth table.',
      built_at: new Date().toISOString(),
      build_ms: Date.now() - t0,
      tables,
      precomputed: { ...precomputed, embed: EMBED_DATA_PATH },
      generator: {
        seed: o.seed, agencies: o.agencies, years: o.years, rates, render: o.render ?? 0, render_truth: o.render ? 'render-truth.json' : undefined,
        reports: o.agencies * years.length, planted_missing_reports: missingReports, top_up_agencies: topUp.length,
        top_up: TOP_UP_NOTE
      }
    };
    await writeManifest(dir.path, manifest);
    await buildEmbedData(dir.path);
    await dir.commit();
    if (o.index !== false) await upsertIndex(o.out, { title, label: 'synthetic' });
    progress.message(`generate: ${tables.reports.rows} reports, ${tables.truth.rows} planted anomalies → ${o.out} (${manifest.build_ms} ms)`);
    return manifest;
  } catch (e) {
    if (w) await w.close().catch(() => undefined);
    await dir.abort().catch(() => undefined);
    throw e;
  }
}
