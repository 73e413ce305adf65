/**
 * Table identities (format-spec §4.3, §5): T3-1, T3-2, T3-3 per column/row, T3-4 domain, T4-1 per group.
 * A null cell is never read as 0: an identity with a null operand is "not assessable" (neither pass nor fail) —
 * unless the null cells' digits run together (ParsedReport.candidates) and no split of them satisfies it: then it
 * fails, with expected/actual null.
 */
import type { Flag, Format, ParsedReport } from '../report/types';
import { T3_APPLICANT_COLUMNS, T3_COLUMNS, T4_GROUPS, t3RowKeys } from '../report/model';
import { t3Path, t4Path } from './cells';
import { flag, num } from './flag';
import { canBalance, cellValues, hasCandidates } from './options';
import { t3ColEn, t3ColZh, t3RowEn, t3RowZh, t4GroupEn, t4GroupZh } from './labels';

export type IdentityRule = 'T3-1' | 'T3-2' | 'T3-3' | 'T4-1';
export type IdentityStatus = 'pass' | 'fail' | 'not_assessable';

export interface IdentityCheck {
  rule: IdentityRule;
  /** Column (T3-1, T3-2), row (T3-3) or group (T4-1) the identity was evaluated on. */
  scope: string;
  status: IdentityStatus;
  cells: string[];
  /** Left side / expected sum and right side / stated value; null when not assessable. */
  expected: number | null;
  actual: number | null;
}

const EPS = 1e-9;
const HEAD_ROWS = ['new_received', 'carried_over', 'total_processed', 'carried_forward'];
const OTHER_2021 = ['other.no_correction', 'other.fee_unpaid', 'other.other'];
const ORG_COLUMNS = T3_APPLICANT_COLUMNS.slice(1);

/** The format whose 表三 rows the report actually holds (a 2021 report may still use the 2019 table). */
export function t3Format(report: ParsedReport): Format | null {
  const t3 = report.t3 ?? {};
  if (OTHER_2021.some((k) => k in t3)) return '2021';
  if ('other.total' in t3) return '2019';
  return report.format;
}

const OUTCOME_ROWS: Record<Format, string[]> = {
  '2019': t3RowKeys('2019').filter((k) => !HEAD_ROWS.includes(k)),
  '2021': t3RowKeys('2021').filter((k) => !HEAD_ROWS.includes(k))
};

/** Rows summing to （七）总计 for this report (template rows of the detected format). */
export function outcomeRows(report: ParsedReport): string[] {
  return OUTCOME_ROWS[t3Format(report) ?? '2021'];
}

function cell(report: ParsedReport, row: string, col: string): number | null {
  const v = report.t3?.[row]?.[col];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function sum(values: (number | null)[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null) return null;
    s += v;
  }
  return s;
}

/** The identity as cell paths: sum(plus) = sum(minus). */
type Sides = () => [string[], string[]];
type Check = (rule: IdentityRule, scope: string, cells: () => string[], expected: number | null, actual: number | null, sides?: Sides) => IdentityCheck;

/**
 * `allCells` false: cell paths only for failures (path strings cost more than the arithmetic). An identity with
 * null cells fails (expected/actual null) when those cells' digit runs allow no reading that satisfies it.
 */
function checker(report: ParsedReport, allCells: boolean): Check {
  return (rule, scope, cells, expected, actual, sides) => {
    let status: IdentityStatus =
      expected === null || actual === null ? 'not_assessable' : Math.abs(expected - actual) < EPS ? 'pass' : 'fail';
    if (status === 'not_assessable' && sides && report.candidates) {
      const [plus, minus] = sides();
      if (hasCandidates(report, [...plus, ...minus]) &&
        canBalance(plus.map((p) => cellValues(report, p)), minus.map((p) => cellValues(report, p))) === false) status = 'fail';
    }
    return { rule, scope, status, cells: status === 'fail' || allCells ? cells() : [], expected, actual };
  };
}

function hasT3(report: ParsedReport): boolean {
  return Object.keys(report.t3 ?? {}).length > 0;
}
function hasT4(report: ParsedReport): boolean {
  return Object.keys(report.t4 ?? {}).length > 0;
}

/** Columns the report's 表三 holds: the seven template columns, plus `org_subtotal` for the 8-column variant. */
function t3Columns(report: ParsedReport): string[] {
  const cols: string[] = [...T3_COLUMNS];
  if (Object.values(report.t3 ?? {}).some((r) => r && 'org_subtotal' in r)) cols.splice(6, 0, 'org_subtotal');
  return cols;
}

/** Evaluate every identity of the report, including the not-assessable ones (for the UI's counts). */
export function assessIdentities(report: ParsedReport, allCells = true): IdentityCheck[] {
  const check = checker(report, allCells);
  const out: IdentityCheck[] = [];
  if (hasT3(report)) {
    const outcomes = outcomeRows(report);
    for (const col of t3Columns(report)) {
      const nr = cell(report, 'new_received', col);
      const co = cell(report, 'carried_over', col);
      const tp = cell(report, 'total_processed', col);
      const cf = cell(report, 'carried_forward', col);
      out.push(check('T3-1', col, () => HEAD_ROWS.map((r) => t3Path(r, col)), sum([nr, co]), sum([tp, cf]),
        () => [[t3Path('new_received', col), t3Path('carried_over', col)], [t3Path('total_processed', col), t3Path('carried_forward', col)]]));
      out.push(
        check('T3-2', col, () => [t3Path('total_processed', col), ...outcomes.map((r) => t3Path(r, col))],
          sum(outcomes.map((r) => cell(report, r, col))), tp, () => [outcomes.map((r) => t3Path(r, col)), [t3Path('total_processed', col)]])
      );
    }
    const withSubtotal = t3Columns(report).includes('org_subtotal');
    for (const row of Object.keys(report.t3)) {
      const appl = T3_APPLICANT_COLUMNS.map((c) => cell(report, row, c));
      out.push(
        check('T3-3', row, () => [...T3_APPLICANT_COLUMNS, 'total'].map((c) => t3Path(row, c)), sum(appl), cell(report, row, 'total'),
          () => [T3_APPLICANT_COLUMNS.map((c) => t3Path(row, c)), [t3Path(row, 'total')]])
      );
      if (withSubtotal) {
        out.push(
          check('T3-3', `${row}#org_subtotal`, () => [...ORG_COLUMNS, 'org_subtotal'].map((c) => t3Path(row, c)),
            sum(ORG_COLUMNS.map((c) => cell(report, row, c))), cell(report, row, 'org_subtotal'))
        );
      }
    }
  }
  if (hasT4(report)) {
    for (const g of T4_GROUPS) {
      const grp = report.t4[g];
      if (!grp) continue;
      const val = (o: string): number | null => (typeof grp[o] === 'number' && Number.isFinite(grp[o]) ? grp[o] : null);
      const parts = ['upheld', 'corrected', 'other', 'pending'];
      out.push(check('T4-1', g, () => [...parts, 'total'].map((o) => t4Path(g, o)), sum(parts.map(val)), val('total'),
        () => [parts.map((o) => t4Path(g, o)), [t4Path(g, 'total')]]));
    }
  }
  return out;
}

/** Pass / fail / not-assessable counts per identity rule. */
export function identityCounts(report: ParsedReport): Record<IdentityRule, Record<IdentityStatus, number>> {
  const counts = {} as Record<IdentityRule, Record<IdentityStatus, number>>;
  for (const r of ['T3-1', 'T3-2', 'T3-3', 'T4-1'] as IdentityRule[]) counts[r] = { pass: 0, fail: 0, not_assessable: 0 };
  for (const c of assessIdentities(report)) counts[c.rule][c.status]++;
  return counts;
}

const ANY_SPLIT_ZH = '（单元格数字连写，无论如何拆分均不相等）';
const ANY_SPLIT_EN = ' (the cells\' digits run together; no way of splitting them makes the sides equal)';

function identityFlag(c: IdentityCheck): Flag {
  if (c.expected === null || c.actual === null) {
    const f = identityFlag({ ...c, expected: 0, actual: 0 });
    const zh = f.message.replace(/（0）/g, '').replace(/$/, ANY_SPLIT_ZH);
    const en = (f.message_en ?? '').replace(/ \(0\)/g, '') + ANY_SPLIT_EN;
    return { ...f, expected: null, actual: null, message: zh, message_en: en };
  }
  const e = num(c.expected as number);
  const a = num(c.actual as number);
  switch (c.rule) {
    case 'T3-1':
      return flag('T3-1', c.cells, c.expected, c.actual,
        `表三“${t3ColZh(c.scope)}”列：第一项加第二项之和（${e}）不等于第三项加第四项之和（${a}）`,
        `Table 3, ${t3ColEn(c.scope)} column: new + carried over (${e}) ≠ total processed + carried forward (${a})`);
    case 'T3-2':
      return flag('T3-2', c.cells, c.expected, c.actual,
        `表三“${t3ColZh(c.scope)}”列：（七）总计（${a}）不等于各项办理结果之和（${e}）`,
        `Table 3, ${t3ColEn(c.scope)} column: total processed (${a}) ≠ sum of the outcome rows (${e})`);
    case 'T3-3': {
      const [row, sub] = c.scope.split('#');
      return sub
        ? flag('T3-3', c.cells, c.expected, c.actual,
          `表三“${t3RowZh(row)}”行：法人或其他组织小计（${a}）不等于五类组织之和（${e}）`,
          `Table 3, row "${t3RowEn(row)}": organisations subtotal (${a}) ≠ sum of the five organisation columns (${e})`)
        : flag('T3-3', c.cells, c.expected, c.actual,
          `表三“${t3RowZh(row)}”行：总计（${a}）不等于六类申请人之和（${e}）`,
          `Table 3, row "${t3RowEn(row)}": total (${a}) ≠ sum of the six applicant columns (${e})`);
    }
    case 'T4-1':
      return flag('T4-1', c.cells, c.expected, c.actual,
        `表四“${t4GroupZh(c.scope)}”：总计（${a}）不等于结果维持、结果纠正、其他结果、尚未审结之和（${e}）`,
        `Table 4, ${t4GroupEn(c.scope)}: total (${a}) ≠ upheld + corrected + other + pending (${e})`);
  }
}

/** T3-4 (and its 表四 twin): every count must be a non-negative integer. */
export function domainFlags(report: ParsedReport): Flag[] {
  const out: Flag[] = [];
  const bad = (v: unknown): v is number => typeof v === 'number' && (v < 0 || !Number.isInteger(v));
  for (const [row, cols] of Object.entries(report.t3 ?? {})) {
    for (const [col, v] of Object.entries(cols ?? {})) {
      if (bad(v)) {
        out.push(flag('T3-4', [t3Path(row, col)], '≥0 integer', v,
          `表三“${t3RowZh(row)}”行“${t3ColZh(col)}”列为${num(v)}，申请数量应为非负整数`,
          `Table 3, row "${t3RowEn(row)}", ${t3ColEn(col)} column is ${num(v)}; counts must be non-negative integers`));
      }
    }
  }
  for (const [g, outcomes] of Object.entries(report.t4 ?? {})) {
    for (const [o, v] of Object.entries(outcomes ?? {})) {
      if (bad(v)) {
        out.push(flag('T3-4', [t4Path(g, o)], '≥0 integer', v,
          `表四“${t4GroupZh(g)}”${o}为${num(v)}，案件数应为非负整数`,
          `Table 4, ${t4GroupEn(g)} ${o} is ${num(v)}; counts must be non-negative integers`));
      }
    }
  }
  return out;
}

export function identityFlags(report: ParsedReport): Flag[] {
  const flags = assessIdentities(report, false).filter((c) => c.status === 'fail').map(identityFlag);
  return [...flags, ...domainFlags(report)];
}
