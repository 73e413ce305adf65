/**
 * Small JSON results written with a dataset for first paint without DuckDB: `precomputed/overview.json` (headline
 * figures) and `precomputed/queries.json` (the rows of every query of the overview's default view, keyed by SQL).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultFilters } from '../../dashboard/filters';
import { overviewQueries } from '../../dashboard/overview-queries';
import { overviewSource } from '../../dashboard/overview-sql';
import type { DatasetTable } from '../manifest';
import type { DatasetWriter } from './dataset-writer';

export interface Overview {
  kpis: {
    reports: number; agencies: number; year_min: number | null; year_max: number | null;
    new_received: number; total_processed: number; granted: number; review_total: number; litigation_total: number;
    flags_error: number; flags_warning: number; flags_info: number; reports_with_errors: number; reports_late: number;
  };
  by_year: {
    year: number; reports: number; agencies: number; new_received: number; total_processed: number; granted: number;
    partial: number; denied: number; unable: number; review_total: number; litigation_total: number; flags_error: number; reports_late: number;
  }[];
  by_agency_top: { agency_id: string; name: string; region: string | null; reports: number; new_received: number }[];
  flags_by_rule: { rule: string; severity: string; flags: number; reports: number }[];
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export async function computeOverview(w: DatasetWriter): Promise<Overview> {
  const [k] = await w.query(`SELECT count(*) AS reports, count(DISTINCT agency_id) AS agencies, min(year) AS year_min,
      max(year) AS year_max, sum(new_received) AS new_received, sum(total_processed) AS total_processed,
      sum(granted) AS granted, sum(review_total) AS review_total, sum(litigation_total) AS litigation_total,
      sum(flags_error) AS flags_error, sum(flags_warning) AS flags_warning, sum(flags_info) AS flags_info,
      count(*) FILTER (WHERE flags_error > 0) AS reports_with_errors, count(*) FILTER (WHERE days_late > 0) AS reports_late
    FROM stage_reports`);
  const byYear = await w.query(`SELECT year, count(*) AS reports, count(DISTINCT agency_id) AS agencies,
      sum(new_received) AS new_received, sum(total_processed) AS total_processed, sum(granted) AS granted,
      sum(partial) AS partial, sum(denied) AS denied, sum(unable) AS unable, sum(review_total) AS review_total,
      sum(litigation_total) AS litigation_total, sum(flags_error) AS flags_error,
      count(*) FILTER (WHERE days_late > 0) AS reports_late
    FROM stage_reports WHERE year IS NOT NULL GROUP BY year ORDER BY year`);
  const top = await w.query(`SELECT agency_id, any_value(agency_name ORDER BY year DESC) AS name,
      any_value(region ORDER BY year DESC) AS region, count(*) AS reports, coalesce(sum(new_received), 0) AS new_received
    FROM stage_reports GROUP BY agency_id ORDER BY new_received DESC, agency_id LIMIT 20`);
  const rules = await w.query(`SELECT rule, severity, count(*) AS flags, count(DISTINCT report_id) AS reports
    FROM stage_flags GROUP BY rule, severity ORDER BY flags DESC, rule, severity`);
  const year = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    kpis: {
      reports: num(k.reports), agencies: num(k.agencies), year_min: year(k.year_min), year_max: year(k.year_max),
      new_received: num(k.new_received), total_processed: num(k.total_processed), granted: num(k.granted),
      review_total: num(k.review_total), litigation_total: num(k.litigation_total),
      flags_error: num(k.flags_error), flags_warning: num(k.flags_warning), flags_info: num(k.flags_info),
      reports_with_errors: num(k.reports_with_errors), reports_late: num(k.reports_late)
    },
    by_year: byYear.map((r) => ({
      year: num(r.year), reports: num(r.reports), agencies: num(r.agencies), new_received: num(r.new_received),
      total_processed: num(r.total_processed), granted: num(r.granted), partial: num(r.partial), denied: num(r.denied),
      unable: num(r.unable), review_total: num(r.review_total), litigation_total: num(r.litigation_total),
      flags_error: num(r.flags_error), reports_late: num(r.reports_late)
    })),
    by_agency_top: top.map((r) => ({
      agency_id: String(r.agency_id), name: String(r.name), region: r.region === null ? null : String(r.region),
      reports: num(r.reports), new_received: num(r.new_received)
    })),
    flags_by_rule: rules.map((r) => ({ rule: String(r.rule), severity: String(r.severity), flags: num(r.flags), reports: num(r.reports) }))
  };
}

/**
 * The default view's query results, by SQL text, from native DuckDB over the Parquet files just written (the same
 * SQL the page runs, so the page can show them as they are until its own DuckDB answers).
 */
export async function computeSeeds(w: DatasetWriter, tables: Record<string, DatasetTable>): Promise<Record<string, Record<string, unknown>[]>> {
  for (const [name, t] of Object.entries(tables)) {
    const files = t.files.map((f) => `'${join(w.dir, f.path).replaceAll("'", "''")}'`).join(', ');
    await w.conn.run(`CREATE OR REPLACE TEMP VIEW "${name}" AS SELECT * FROM read_parquet([${files}], union_by_name = true)`);
  }
  const queries = overviewQueries(defaultFilters(''), overviewSource(tables));
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const sql of Object.values(queries)) {
    out[sql] = (await w.query(sql)).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))
    );
  }
  return out;
}

/** Writes `precomputed/overview.json` and `queries.json` into the dataset folder; returns the manifest's `precomputed` map. */
export async function writePrecomputed(w: DatasetWriter, tables: Record<string, DatasetTable>): Promise<Record<string, string>> {
  const overview = await computeOverview(w);
  await mkdir(join(w.dir, 'precomputed'), { recursive: true });
  await writeFile(join(w.dir, 'precomputed', 'overview.json'), JSON.stringify(overview, null, 1) + '\n');
  const seeds = { note: 'rows of the overview default view, by SQL (computed by gongkai with native DuckDB)', queries: await computeSeeds(w, tables) };
  await writeFile(join(w.dir, 'precomputed', 'queries.json'), JSON.stringify(seeds) + '\n');
  return { overview: 'precomputed/overview.json', queries: 'precomputed/queries.json' };
}
