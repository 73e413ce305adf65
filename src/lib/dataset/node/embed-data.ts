/**
 * Writes `embed/data.json` (the form is described in src/lib/embed/embed-data.ts) from a dataset's reports:
 * one row per report while that stays small, else the grouped form (sums per year × place × level × kind × format,
 * plus per agency-year rows of the top agencies by volume and by decisions; county and then city are left out of
 * the groups while there would be too many) so a 1,000,000-report dataset still fits an embed's byte budget. Called by `gongkai ingest`/`generate` on the staging tables and by
 * scripts/build-embed-data.mjs on the Parquet files.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  EMBED_AGENCY_COLUMNS, EMBED_DATA_PATH, EMBED_DATA_VERSION, EMBED_GROUP_COUNTS, EMBED_GROUP_DIMS, EMBED_GROUP_SUMS,
  EMBED_INDEX_COLUMNS, EMBED_REPORT_COLUMNS, type Cell, type EmbedData
} from '../../embed/embed-data';

/** Above this many reports the grouped form is written. */
export const EMBED_MAX_REPORT_ROWS = 5000;
/** The grouped form drops `county`, then `city`, while it would have more groups than this. */
export const EMBED_MAX_GROUPS = 2000;
/** Agencies kept per ranking (volume, decisions) in the grouped form. */
export const EMBED_TOP_AGENCIES = 100;

type Query = (sql: string) => Promise<Cell[][]>;

export interface EmbedMeta {
  dataset: string;
  title: string;
  label: 'real' | 'synthetic';
  built_at: string;
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const NUMERIC = /^(new_|total|granted|partial|denied|unable|not_processed|other|license|penalty|coercion|flags)/;
const cast = (c: string) => (c === 'year' ? 'year::INTEGER AS year' : NUMERIC.test(c) ? `${ident(c)}::DOUBLE AS ${ident(c)}` : `${ident(c)}::VARCHAR AS ${ident(c)}`);

/** The embed data of `source` (a SQL relation over reports or reports_index), computed with `query`. */
export async function computeEmbedData(query: Query, source: string, table: 'reports' | 'reports_index', meta: EmbedMeta, maxRows = EMBED_MAX_REPORT_ROWS): Promise<EmbedData> {
  const present = new Set((await query(`SELECT column_name FROM (DESCRIBE SELECT * FROM ${source})`)).map((r) => String(r[0])));
  const head = { version: EMBED_DATA_VERSION, ...meta, table };
  const [[n]] = await query(`SELECT count(*)::DOUBLE FROM ${source}`);
  if (table === 'reports_index' || Number(n) <= maxRows) {
    const columns = (table === 'reports' ? EMBED_REPORT_COLUMNS : EMBED_INDEX_COLUMNS).filter((c) => present.has(c));
    const order = columns.includes('agency_id' as never) ? 'year, agency_id' : 'year, agency_name';
    const rows = await query(`SELECT ${columns.map(cast).join(', ')} FROM ${source} ORDER BY ${order}`);
    return { ...head, form: 'reports', columns: [...columns], rows };
  }
  let dims: string[] = EMBED_GROUP_DIMS.filter((c) => present.has(c));
  for (const drop of ['county', 'city']) {
    const [[groups]] = await query(`SELECT count(*)::DOUBLE FROM (SELECT DISTINCT ${dims.map(ident).join(', ')} FROM ${source})`);
    if (Number(groups) <= EMBED_MAX_GROUPS) break;
    dims = dims.filter((c) => c !== drop);
  }
  const sums = EMBED_GROUP_SUMS.filter((c) => present.has(c));
  const dimSql = dims.map(cast).join(', ');
  const rows = await query(`SELECT ${dimSql}, count(*)::DOUBLE AS reports, count(DISTINCT agency_id)::DOUBLE AS agencies,
      (count(*) FILTER (WHERE flags_error > 0))::DOUBLE AS reports_with_errors,
      ${sums.map((c) => `sum(${ident(c)})::DOUBLE AS ${ident(c)}`).join(', ')}
    FROM ${source} GROUP BY ALL ORDER BY ALL`);
  const acols = EMBED_AGENCY_COLUMNS.filter((c) => present.has(c));
  const k = EMBED_TOP_AGENCIES;
  const agencyRows = await query(`WITH a AS (
      SELECT agency_id, sum(new_received) AS v, sum(coalesce(license_decisions, 0) + coalesce(penalty_decisions, 0) + coalesce(coercion_decisions, 0)) AS d
      FROM ${source} GROUP BY agency_id),
    top AS (SELECT agency_id FROM (SELECT agency_id FROM a ORDER BY v DESC NULLS LAST, agency_id LIMIT ${k})
      UNION SELECT agency_id FROM (SELECT agency_id FROM a ORDER BY d DESC, agency_id LIMIT ${k}))
    SELECT ${acols.map(cast).join(', ')} FROM ${source} WHERE agency_id IN (SELECT agency_id FROM top) ORDER BY agency_id, year`);
  return {
    ...head, form: 'groups', columns: [...dims, ...EMBED_GROUP_COUNTS, ...sums], rows,
    agency_columns: [...acols], agency_rows: agencyRows, top_agencies: k
  };
}

export async function writeEmbedData(dir: string, data: EmbedData): Promise<{ path: string; rows: number; bytes: number }> {
  const text = JSON.stringify(data) + '\n';
  await mkdir(join(dir, 'embed'), { recursive: true });
  const path = join(dir, EMBED_DATA_PATH);
  await writeFile(path, text);
  return { path, rows: data.rows.length, bytes: Buffer.byteLength(text) };
}

/** Rows of a node-api result as plain JS cells (BIGINT → number). */
export function plainRows(rows: unknown[][]): Cell[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : ((v ?? null) as Cell))));
}

/** Builds `<out>/embed/data.json` from the Parquet files of the dataset folder `dir` (default out: `dir`). */
export async function buildEmbedData(dir: string, out = dir, maxRows = EMBED_MAX_REPORT_ROWS): Promise<{ path: string; rows: number; bytes: number; form: string }> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const table = manifest.tables.reports ? 'reports' : manifest.tables.reports_index ? 'reports_index' : null;
  if (!table) throw new Error(`${dir}: no reports or reports_index table`);
  const files: string[] = manifest.tables[table].files.map((f: { path: string }) => join(dir, f.path));
  const db = await DuckDBInstance.create(':memory:', { memory_limit: '512MB', threads: '2' });
  const con = await db.connect();
  try {
    const query: Query = async (sql) => plainRows((await con.runAndReadAll(sql)).getRowsJS());
    const data = await computeEmbedData(query, `read_parquet([${files.map(lit).join(', ')}])`, table, {
      dataset: manifest.name, title: manifest.title, label: manifest.label, built_at: manifest.built_at
    }, maxRows);
    return { ...(await writeEmbedData(out, data)), form: data.form ?? 'reports' };
  } finally {
    con.closeSync();
    db.closeSync();
  }
}
