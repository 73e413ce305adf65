/**
 * Writes `embed/data.json` (the form is described in src/lib/embed/embed-data.ts) from a dataset's Parquet files:
 * one row per report while that stays small, else the grouped form (sums per year × place × level × kind × format,
 * plus per agency-year rows of the top agencies by volume and by decisions; county and then city are left out of
 * the groups while there would be too many) so a 1,000,000-report dataset still fits an embed's byte budget.
 * 表四 sums ride along as `t4_*` columns (per report, pivoted from `t4_cells`), flag counts per agency × rule × year ×
 * place in the `flags` section (top agencies by flag count in the grouped form), and the agency list in the
 * per-report form. Called by `gongkai ingest`/`generate` after the Parquet files are written, and by
 * scripts/build-embed-data.mjs.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  EMBED_AGENCY_COLUMNS, EMBED_AGENCY_LIST_COLUMNS, EMBED_DATA_PATH, EMBED_DATA_VERSION, EMBED_FLAG_COLUMNS, EMBED_GROUP_COUNTS, EMBED_GROUP_DIMS,
  EMBED_GROUP_SUMS, EMBED_INDEX_COLUMNS, EMBED_REPORT_COLUMNS, EMBED_SHARD_AGENCIES, EMBED_SHARD_COLUMNS, EMBED_SHARD_DIR, EMBED_T4_KEYS,
  agencyShardSql, type Cell, type EmbedData, type EmbedSection
} from '../../embed/embed-data';
import { METRICS } from '../../dashboard/metrics';

/** Above this many reports the grouped form is written. */
export const EMBED_MAX_REPORT_ROWS = 5000;
/** The grouped form drops `county`, then `city`, while it would have more groups than this. */
export const EMBED_MAX_GROUPS = 2000;
/** Agencies kept per ranking (volume, decisions, flag count) in the grouped form. */
export const EMBED_TOP_AGENCIES = 100;

export interface EmbedLimits {
  maxRows?: number;
  maxGroups?: number;
  topAgencies?: number;
  /** Agencies per shard file of the grouped form. */
  shardAgencies?: number;
}

/** SQL relations of the dataset's tables (the optional ones when present). */
export interface EmbedSources {
  /** `reports` or the lite `reports_index`. */
  reports: string;
  table: 'reports' | 'reports_index';
  /** 表四 cells: report_id, grp, outcome, value. */
  t4Cells?: string;
  /** `summary_t4` (表四 sums per year × province × city × level × kind × format), read when it suffices. */
  summaryT4?: string;
  flags?: string;
  agencies?: string;
}

type Query = (sql: string) => Promise<Cell[][]>;

export interface EmbedMeta {
  dataset: string;
  title: string;
  label: 'real' | 'synthetic';
  built_at: string;
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const NUMERIC = /^(new_|total|granted|partial|denied|unable|not_processed|other|license|penalty|coercion|flags|review|litigation|days_late|t4_|n$)/;
const cast = (c: string) => (c === 'year' ? 'year::INTEGER AS year' : NUMERIC.test(c) ? `${ident(c)}::DOUBLE AS ${ident(c)}` : `${ident(c)}::VARCHAR AS ${ident(c)}`);

/** `reports` with one `t4_<group>_<outcome>` column per 表四 outcome (the report's cell; NULL when not read). */
function withT4(reports: string, t4Cells: string): string {
  const cols = EMBED_T4_KEYS.map(([g, o, c]) => `sum(value) FILTER (WHERE grp = ${lit(g)} AND outcome = ${lit(o)})::DOUBLE AS ${ident(c)}`);
  return `(SELECT r.*, ${EMBED_T4_KEYS.map(([, , c]) => `t.${ident(c)}`).join(', ')} FROM ${reports} r
    LEFT JOIN (SELECT report_id, ${cols.join(', ')} FROM ${t4Cells} GROUP BY report_id) t ON t.report_id = r.report_id)`;
}

/**
 * Flag counts per agency × name × year × rule × place (the flags heatmap's `flagsCte`: place from the report, else
 * from the agency; format from the report). With `top`, only the agencies the heatmap would show first: most flags,
 * then by name (the overview's cut), so its unfiltered top 25 are exact.
 */
function flagsSql(flags: string, reports: string, agencies: string | undefined, top?: number): string {
  const a = (c: string) => (agencies ? `a.${c}` : 'NULL');
  const keep = top
    ? `WHERE agency_id IN (SELECT agency_id FROM (SELECT agency_id, count(*) AS n, arg_max(agency_name, year) AS name FROM fl GROUP BY agency_id)
        ORDER BY n DESC, name, agency_id LIMIT ${top})`
    : '';
  return `WITH fl AS (
    SELECT f.agency_id::VARCHAR AS agency_id, coalesce(r.agency_name, ${a('name')})::VARCHAR AS agency_name, f.year::INTEGER AS year,
      f.rule::VARCHAR AS rule, ${['province', 'city', 'county', 'level', 'kind'].map((c) => `coalesce(r.${c}, ${a(c)})::VARCHAR AS ${c}`).join(', ')},
      r.format::VARCHAR AS format
    FROM ${flags} f
    LEFT JOIN ${reports} r ON r.report_id = f.report_id
    ${agencies ? `LEFT JOIN ${agencies} a ON a.agency_id = f.agency_id` : ''})
  SELECT *, count(*)::DOUBLE AS n FROM fl ${keep}
  GROUP BY ALL ORDER BY ALL`;
}

/** The embed data of a dataset (its tables given as SQL relations), computed with `query`. */
export async function computeEmbedData(query: Query, src: EmbedSources, meta: EmbedMeta, limits: EmbedLimits = {}): Promise<EmbedData> {
  const maxRows = limits.maxRows ?? EMBED_MAX_REPORT_ROWS;
  const maxGroups = limits.maxGroups ?? EMBED_MAX_GROUPS;
  const k = limits.topAgencies ?? EMBED_TOP_AGENCIES;
  const table = src.table;
  const source = table === 'reports' && src.t4Cells ? withT4(src.reports, src.t4Cells) : src.reports;
  const present = new Set((await query(`SELECT column_name FROM (DESCRIBE SELECT * FROM ${source})`)).map((r) => String(r[0])));
  const head = { version: EMBED_DATA_VERSION, ...meta, table };
  /** Queries that need no 表四 column read the plain relation (no join). */
  const plain = src.reports;
  const [[n]] = await query(`SELECT count(*)::DOUBLE FROM ${plain}`);
  const grouped = table === 'reports' && Number(n) > maxRows;
  const flags = table === 'reports' && src.flags
    ? { flags: { columns: [...EMBED_FLAG_COLUMNS], rows: await query(flagsSql(src.flags, src.reports, src.agencies, grouped ? k : undefined)), ...(grouped ? { top_agencies: k } : {}) } }
    : {};
  if (!grouped) {
    const columns = (table === 'reports' ? EMBED_REPORT_COLUMNS : EMBED_INDEX_COLUMNS).filter((c) => present.has(c));
    const order = columns.includes('agency_id' as never) ? 'year, agency_id' : 'year, agency_name';
    const rows = await query(`SELECT ${columns.map(cast).join(', ')} FROM ${source} ORDER BY ${order}`);
    const agencies = table === 'reports' && src.agencies
      ? { agencies: { columns: [...EMBED_AGENCY_LIST_COLUMNS], rows: await query(`SELECT ${EMBED_AGENCY_LIST_COLUMNS.map(cast).join(', ')} FROM ${src.agencies} ORDER BY agency_id`) } }
      : {};
    return { ...head, form: 'reports', columns: [...columns], rows, ...flags, ...agencies };
  }
  let dims: string[] = EMBED_GROUP_DIMS.filter((c) => present.has(c));
  for (const drop of ['county', 'city']) {
    const [[groups]] = await query(`SELECT count(*)::DOUBLE FROM (SELECT DISTINCT ${dims.map(ident).join(', ')} FROM ${plain})`);
    if (Number(groups) <= maxGroups) break;
    dims = dims.filter((c) => c !== drop);
  }
  const sums = EMBED_GROUP_SUMS.filter((c) => present.has(c));
  const plainSums = sums.filter((c) => !c.startsWith('t4_'));
  const t4Sums = sums.filter((c) => c.startsWith('t4_'));
  const dimSql = dims.map(cast).join(', ');
  const groupsSql = `SELECT ${dimSql}, count(*)::DOUBLE AS reports, count(DISTINCT agency_id)::DOUBLE AS agencies,
      (count(*) FILTER (WHERE flags_error > 0))::DOUBLE AS reports_with_errors,
      ${plainSums.map((c) => `sum(${ident(c)})::DOUBLE AS ${ident(c)}`).join(', ')}
    FROM ${plain} GROUP BY ALL`;
  // 表四 sums per group: from summary_t4 when it has every group column (no county), else t4_cells × reports.
  const t4Rel = src.summaryT4 && !dims.includes('county')
    ? src.summaryT4
    : `(SELECT ${dims.map((d) => `r.${ident(d)}`).join(', ')}, c.grp, c.outcome, c.value FROM ${src.t4Cells} c JOIN ${plain} r ON r.report_id = c.report_id)`;
  const t4Sql = `SELECT ${dimSql}, ${EMBED_T4_KEYS.filter(([, , c]) => t4Sums.includes(c))
    .map(([g, o, c]) => `sum(value) FILTER (WHERE grp = ${lit(g)} AND outcome = ${lit(o)})::DOUBLE AS ${ident(c)}`).join(', ')}
    FROM ${t4Rel} GROUP BY ALL`;
  const on = dims.map((d) => `g.${ident(d)} IS NOT DISTINCT FROM t.${ident(d)}`).join(' AND ');
  const rows = await query(t4Sums.length
    ? `WITH g AS (${groupsSql}), t AS (${t4Sql}) SELECT g.*, ${t4Sums.map((c) => `t.${ident(c)}`).join(', ')} FROM g LEFT JOIN t ON ${on} ORDER BY ALL`
    : `${groupsSql} ORDER BY ALL`);
  const acols = EMBED_AGENCY_COLUMNS.filter((c) => present.has(c));
  const [[agencyCount]] = await query(`SELECT count(DISTINCT agency_id)::DOUBLE FROM ${plain}`);
  const shardColumns = EMBED_SHARD_COLUMNS.filter((c) => present.has(c));
  const medianColumns = METRICS.map((m) => m.key);
  const medians = await query(`SELECT level::VARCHAR AS level, kind::VARCHAR AS kind, year::INTEGER AS year,
      ${METRICS.map((m) => `median(${m.sql})::DOUBLE AS ${ident(m.key)}`).join(', ')}
    FROM ${plain} r GROUP BY ALL ORDER BY ALL`);
  const agencyRows = await query(`WITH a AS (
      SELECT agency_id, sum(new_received) AS v, sum(coalesce(license_decisions, 0) + coalesce(penalty_decisions, 0) + coalesce(coercion_decisions, 0)) AS d
      FROM ${plain} GROUP BY agency_id),
    top AS (SELECT agency_id FROM (SELECT agency_id FROM a ORDER BY v DESC NULLS LAST, agency_id LIMIT ${k})
      UNION SELECT agency_id FROM (SELECT agency_id FROM a ORDER BY d DESC, agency_id LIMIT ${k}))
    SELECT ${acols.map(cast).join(', ')} FROM ${plain} WHERE agency_id IN (SELECT agency_id FROM top) ORDER BY agency_id, year`);
  return {
    ...head, form: 'groups', columns: [...dims, ...EMBED_GROUP_COUNTS, ...plainSums, ...t4Sums], rows,
    agency_columns: [...acols], agency_rows: agencyRows, top_agencies: k, ...flags,
    agency_shards: { count: Math.max(1, Math.ceil(Number(agencyCount) / (limits.shardAgencies ?? EMBED_SHARD_AGENCIES))), columns: [...shardColumns] },
    cohort_medians: { columns: ['level', 'kind', 'year', ...medianColumns], rows: medians }
  };
}

/**
 * Writes the grouped form's agency shards `<out>/embed/agencies/<n>.json` from `reports`: DuckDB renders each
 * shard's rows as JSON text (one streamed pass); every shard from 0 to count - 1 exists, empty when no agency
 * hashes to it.
 */
export async function writeAgencyShards(stream: (sql: string) => AsyncIterable<Cell[][]>, reports: string, out: string, spec: { count: number; columns: string[] }): Promise<number> {
  const dir = join(out, EMBED_SHARD_DIR);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const head = `{"columns":${JSON.stringify(spec.columns)},"rows":[`;
  const sql = `SELECT _shard, string_agg(json_array(${spec.columns.map(ident).join(', ')})::VARCHAR, ',' ORDER BY agency_id, year, report_id) AS rows
    FROM (SELECT ${agencyShardSql('agency_id::VARCHAR', spec.count)}::INTEGER AS _shard, ${spec.columns.map(cast).join(', ')} FROM ${reports})
    GROUP BY _shard ORDER BY _shard`;
  let next = 0;
  for await (const chunk of stream(sql)) {
    for (const [shard, rows] of chunk) {
      for (; next < Number(shard); next++) await writeFile(join(dir, `${next}.json`), `${head}]}`);
      await writeFile(join(dir, `${next}.json`), `${head}${rows ?? ''}]}`);
      next++;
    }
  }
  for (; next < spec.count; next++) await writeFile(join(dir, `${next}.json`), `${head}]}`);
  return spec.count;
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
export async function buildEmbedData(dir: string, out = dir, limits: EmbedLimits | number = {}): Promise<{ path: string; rows: number; bytes: number; form: string }> {
  const lim = typeof limits === 'number' ? { maxRows: limits } : limits;
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const table = manifest.tables.reports ? 'reports' : manifest.tables.reports_index ? 'reports_index' : null;
  if (!table) throw new Error(`${dir}: no reports or reports_index table`);
  const rel = (name: string): string | undefined => {
    const files: { path: string }[] | undefined = manifest.tables[name]?.files;
    return files?.length ? `read_parquet([${files.map((f) => lit(join(dir, f.path))).join(', ')}])` : undefined;
  };
  // 1M reports need more than 512 MB for the per-agency shards; spill to disk beyond the limit.
  const db = await DuckDBInstance.create(':memory:', { memory_limit: '2GB', threads: '2', temp_directory: join(out, '.embed.tmp') });
  const con = await db.connect();
  try {
    const query: Query = async (sql) => plainRows((await con.runAndReadAll(sql)).getRowsJS());
    const data = await computeEmbedData(query, { reports: rel(table)!, table, t4Cells: rel('t4_cells'), summaryT4: rel('summary_t4'), flags: rel('flags'), agencies: rel('agencies') }, {
      dataset: manifest.name, title: manifest.title, label: manifest.label, built_at: manifest.built_at
    }, lim);
    if (data.agency_shards) {
      const stream = async function* (sql: string) {
        const result = await con.stream(sql);
        for await (const rows of result.yieldRowsJs()) yield plainRows(rows as unknown[][]);
      };
      await writeAgencyShards(stream, rel(table)!, out, data.agency_shards);
    } else await rm(join(out, EMBED_SHARD_DIR), { recursive: true, force: true });
    return { ...(await writeEmbedData(out, data)), form: data.form ?? 'reports' };
  } finally {
    con.closeSync();
    db.closeSync();
    await rm(join(out, '.embed.tmp'), { recursive: true, force: true });
  }
}
