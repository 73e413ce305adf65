/**
 * End-to-end measurement on rendered synthetic reports: the dataset `ingest` made from render/ against the
 * generator's truth (render-truth.json): cell accuracy, and flag recall/precision for the planted rule families.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { T3_COLUMNS, T4_GROUPS, T4_OUTCOMES, t2Keys, t3RowKeys } from '../../lib/report/model';
import { DatasetReader } from '../../lib/dataset/node/read-dataset';
import { PLANTED_RULES } from './simulate';
import type { RenderTruthFile } from './run-generate';

export interface Evaluation {
  reports: { truth: number; found: number; missing: string[] };
  cells: {
    total: number; correct: number; accuracy: number;
    /** Cells read as null (the parser declined: e.g. an ambiguous digit run) and cells read with a wrong value. */
    unread: number; wrong: number;
    /** Per rendered form and table (t2/t3/t4): total, correct, wrong (the rest unread). */
    byForm: Record<string, { total: number; correct: number; wrong: number }>;
    mismatches: string[];
  };
  flags: {
    /** Over every planted family; precision leaves OUTLIER out (see outlierUnplanted). */
    tp: number; fp: number; fn: number; recall: number; precision: number;
    /** OUTLIER flags on values that were not planted: statistical outliers of the simulated heavy tails themselves. */
    outlierUnplanted: number;
    /** Recall by the rendered form of the flagged report (MISSING-REPORT gaps under 'gap'). */
    byForm: Record<string, { tp: number; fn: number }>;
    perRule: Record<string, { tp: number; fp: number; fn: number }>;
    falseNegatives: string[]; falsePositives: string[];
  };
}

export async function evaluateRendered(generatedDir: string, ingestedDir: string): Promise<Evaluation> {
  const truth = JSON.parse(await readFile(join(generatedDir, 'render-truth.json'), 'utf8')) as RenderTruthFile;
  const ds = await DatasetReader.open(ingestedDir);
  try {
    const cellMap = new Map<string, number | null>();
    for (const r of await ds.query<{ report_id: string; row: string; col: string; value: number | null }>('SELECT report_id, "row", col, value FROM t3_cells')) cellMap.set(`${r.report_id}|t3.${r.row}.${r.col}`, r.value);
    for (const r of await ds.query<{ report_id: string; grp: string; outcome: string; value: number | null }>('SELECT report_id, grp, outcome, value FROM t4_cells')) cellMap.set(`${r.report_id}|t4.${r.grp}.${r.outcome}`, r.value);
    for (const r of await ds.query<{ report_id: string; key: string; value: number | null }>('SELECT report_id, "key", value FROM t2_cells')) cellMap.set(`${r.report_id}|t2.${r.key}`, r.value);
    const ids = new Set((await ds.query<{ report_id: string }>('SELECT report_id FROM reports')).map((r) => r.report_id));
    const cells = { total: 0, correct: 0, accuracy: 0, unread: 0, wrong: 0, byForm: {} as Record<string, { total: number; correct: number; wrong: number }>, mismatches: [] as string[] };
    const missingReports: string[] = [];
    for (const t of truth.reports) {
      if (!ids.has(t.report_id)) missingReports.push(`${t.file} (${t.report_id})`);
      const expect: [string, number][] = [];
      for (const row of t3RowKeys(t.format)) for (const c of T3_COLUMNS) expect.push([`t3.${row}.${c}`, t.t3[row][c]]);
      for (const g of T4_GROUPS) for (const o of T4_OUTCOMES) expect.push([`t4.${g}.${o}`, t.t4[g][o]]);
      for (const k of t2Keys(t.format)) expect.push([`t2.${k}`, t.t2[k]]);
      for (const [path, v] of expect) {
        cells.total++;
        const bucket = (cells.byForm[`${t.form} ${path.slice(0, 2)}`] ??= { total: 0, correct: 0, wrong: 0 });
        bucket.total++;
        const got = cellMap.get(`${t.report_id}|${path}`);
        if (got !== undefined && got !== null && Math.abs(got - v) < 1e-6) { cells.correct++; bucket.correct++; continue; }
        if (got === undefined || got === null) cells.unread++; else { cells.wrong++; bucket.wrong++; }
        if (cells.mismatches.length < 40) cells.mismatches.push(`${t.file} (${t.form}) ${path}: expected ${v}, got ${got === undefined ? 'absent' : got}`);
      }
    }
    cells.accuracy = cells.total ? cells.correct / cells.total : 1;

    const planted = new Set<string>(PLANTED_RULES);
    const key = (agency: string, year: number | string, rule: string) => (rule === 'MISSING-REPORT' ? `${agency}|*|${rule}` : `${agency}|${year}|${rule}`);
    const expected = new Set<string>();
    for (const t of truth.reports) for (const p of t.planted) expected.add(key(t.agency_id, t.year, p.rule));
    for (const m of truth.missing) expected.add(key(m.agency_id, m.year, 'MISSING-REPORT'));
    const got = new Set<string>();
    for (const f of await ds.query<{ agency_id: string; year: number; rule: string }>('SELECT DISTINCT agency_id, year, rule FROM flags')) {
      if (planted.has(f.rule)) got.add(key(f.agency_id, f.year, f.rule));
    }
    const perRule: Record<string, { tp: number; fp: number; fn: number }> = {};
    const bump = (k: string, what: 'tp' | 'fp' | 'fn') => {
      const rule = k.split('|')[2];
      (perRule[rule] ??= { tp: 0, fp: 0, fn: 0 })[what]++;
    };
    const falseNegatives: string[] = [];
    const falsePositives: string[] = [];
    let tp = 0;
    for (const k of expected) {
      if (got.has(k)) { tp++; bump(k, 'tp'); } else { bump(k, 'fn'); falseNegatives.push(k); }
    }
    let outlierUnplanted = 0;
    for (const k of got) {
      if (expected.has(k)) continue;
      bump(k, 'fp');
      if (k.endsWith('|OUTLIER')) outlierUnplanted++; else falsePositives.push(k);
    }
    const formOf = new Map(truth.reports.map((t) => [`${t.agency_id}|${t.year}`, t.form]));
    const byForm: Record<string, { tp: number; fn: number }> = {};
    for (const k of expected) {
      const [agency, year] = k.split('|');
      const b = (byForm[year === '*' ? 'gap' : formOf.get(`${agency}|${year}`) ?? '?'] ??= { tp: 0, fn: 0 });
      if (got.has(k)) b.tp++; else b.fn++;
    }
    const fn = expected.size - tp;
    const fp = got.size - tp - outlierUnplanted;
    return {
      reports: { truth: truth.reports.length, found: truth.reports.length - missingReports.length, missing: missingReports.slice(0, 40) },
      cells,
      flags: {
        tp, fp, fn, recall: expected.size ? tp / expected.size : 1, precision: tp + fp ? tp / (tp + fp) : 1, outlierUnplanted, byForm,
        perRule, falseNegatives: falseNegatives.slice(0, 40), falsePositives: falsePositives.slice(0, 40)
      }
    };
  } finally {
    ds.close();
  }
}
