/**
 * Cross-year continuity (format-spec §6): X-1 carry-over, X-2 documents in force (2021 format), X-3 item counts
 * (2019 format), and MISSING-REPORT. Flags go to the later report; its own cells are named, the earlier report's
 * value is the expected one.
 */
import type { Flag } from '../report/types';
import { T3_COLUMNS } from '../report/model';
import { t2Path, t3Path } from './cells';
import { flag, num } from './flag';
import { t2Zh, t3ColEn, t3ColZh } from './labels';
import { byAgency, type PanelReport } from './panel';
import { canBalance, cellValues, hasCandidates } from './options';

const ANY_SPLIT_ZH = '（相关单元格数字连写，无论如何拆分均不成立）';
const ANY_SPLIT_EN = ' (digits of the cells run together; no way of splitting them satisfies it)';

/**
 * For an identity with null cells whose digit runs split several ways: true when no reading satisfies
 * sum(plus) = sum(minus). Terms are [report, cell path].
 */
function failsEveryReading(plus: [PanelReport, string][], minus: [PanelReport, string][]): boolean {
  const all = [...plus, ...minus];
  if (!all.some(([p, path]) => hasCandidates(p.report, [path]))) return false;
  const vals = (ts: [PanelReport, string][]) => ts.map(([p, path]) => cellValues(p.report, path));
  return canBalance(vals(plus), vals(minus)) === false;
}

const n = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const EPS = 1e-6;

function x1(prev: PanelReport, cur: PanelReport): Flag[] {
  const out: Flag[] = [];
  for (const c of T3_COLUMNS) {
    const cf = n(prev.report.t3?.carried_forward?.[c]);
    const co = n(cur.report.t3?.carried_over?.[c]);
    if (cf === null || co === null) {
      if (failsEveryReading([[prev, t3Path('carried_forward', c)]], [[cur, t3Path('carried_over', c)]])) {
        out.push(flag('X-1', [t3Path('carried_over', c)], null, null,
          `表三“${t3ColZh(c)}”列：上年结转不等于${prev.year}年报告的结转下年度继续办理${ANY_SPLIT_ZH}`,
          `Table 3, ${t3ColEn(c)} column: carried over ≠ carried forward in the ${prev.year} report${ANY_SPLIT_EN}`));
      }
      continue;
    }
    if (Math.abs(cf - co) < EPS) continue;
    out.push(flag('X-1', [t3Path('carried_over', c)], cf, co,
      `表三“${t3ColZh(c)}”列：上年结转（${num(co)}）不等于${prev.year}年报告的结转下年度继续办理（${num(cf)}）`,
      `Table 3, ${t3ColEn(c)} column: carried over (${num(co)}) ≠ carried forward in the ${prev.year} report (${num(cf)})`));
  }
  return out;
}

function x2(prev: PanelReport, cur: PanelReport): Flag[] {
  const out: Flag[] = [];
  for (const row of ['regulations', 'normative_docs']) {
    const k = (col: string) => `a20_1.${row}.${col}`;
    const before = n(prev.report.t2?.[k('in_force')]);
    const now = n(cur.report.t2?.[k('in_force')]);
    const issued = n(cur.report.t2?.[k('issued')]);
    const repealed = n(cur.report.t2?.[k('repealed')]);
    if (before === null || now === null || issued === null || repealed === null) {
      if (failsEveryReading([[prev, t2Path(k('in_force'))], [cur, t2Path(k('issued'))]], [[cur, t2Path(k('repealed'))], [cur, t2Path(k('in_force'))]])) {
        out.push(flag('X-2', [t2Path(k('in_force')), t2Path(k('issued')), t2Path(k('repealed'))], null, null,
          `${t2Zh(k('in_force'))}不等于${prev.year}年现行有效件数加本年制发减本年废止${ANY_SPLIT_ZH}`,
          `${row === 'regulations' ? 'Regulations' : 'Normative documents'} in force ≠ ${prev.year} in force + issued − repealed${ANY_SPLIT_EN}`));
      }
      continue;
    }
    const expected = before + issued - repealed;
    if (Math.abs(expected - now) < EPS) continue;
    out.push(flag('X-2', [t2Path(k('in_force')), t2Path(k('issued')), t2Path(k('repealed'))], expected, now,
      `${t2Zh(k('in_force'))}（${num(now)}）不等于${prev.year}年现行有效件数（${num(before)}）加本年制发（${num(issued)}）减本年废止（${num(repealed)}）＝${num(expected)}`,
      `${row === 'regulations' ? 'Regulations' : 'Normative documents'} in force (${num(now)}) ≠ ${prev.year} in force (${num(before)}) + issued (${num(issued)}) − repealed (${num(repealed)}) = ${num(expected)}`));
  }
  return out;
}

const X3_ROWS = ['a20_5.admin_license', 'a20_5.other_mgmt_services', 'a20_6.admin_penalty', 'a20_6.admin_coercion', 'a20_8.admin_fees'];

function x3(prev: PanelReport, cur: PanelReport): Flag[] {
  const out: Flag[] = [];
  for (const row of X3_ROWS) {
    const pPrev = n(prev.report.t2?.[`${row}.prev_items`]);
    const dPrev = n(prev.report.t2?.[`${row}.delta_items`]);
    const pCur = n(cur.report.t2?.[`${row}.prev_items`]);
    if (pPrev === null || dPrev === null || pCur === null) {
      if (failsEveryReading([[prev, t2Path(`${row}.prev_items`)], [prev, t2Path(`${row}.delta_items`)]], [[cur, t2Path(`${row}.prev_items`)]])) {
        out.push(flag('X-3', [t2Path(`${row}.prev_items`)], null, null,
          `${t2Zh(`${row}.prev_items`)}不等于${prev.year}年报告的上一年项目数量加本年增/减${ANY_SPLIT_ZH}`,
          `${row}: previous-year items ≠ the ${prev.year} report's previous-year items + change${ANY_SPLIT_EN}`));
      }
      continue;
    }
    const expected = pPrev + dPrev;
    if (Math.abs(expected - pCur) < EPS) continue;
    out.push(flag('X-3', [t2Path(`${row}.prev_items`)], expected, pCur,
      `${t2Zh(`${row}.prev_items`)}（${num(pCur)}）不等于${prev.year}年报告的上一年项目数量（${num(pPrev)}）加本年增/减（${num(dPrev)}）＝${num(expected)}`,
      `${row}: previous-year items (${num(pCur)}) ≠ ${prev.year} report's previous-year items (${num(pPrev)}) + change (${num(dPrev)}) = ${num(expected)}`));
  }
  return out;
}

const has2021 = (p: PanelReport) => Object.keys(p.report.t2 ?? {}).some((k) => k.endsWith('.in_force'));
const has2019 = (p: PanelReport) => Object.keys(p.report.t2 ?? {}).some((k) => k.endsWith('.prev_items'));

/** X-1, X-2, X-3 for every consecutive-year pair of each agency. */
export function crossYearFlags(panel: PanelReport[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  for (const list of byAgency(panel).values()) {
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const cur = list[i];
      if (cur.year !== prev.year + 1) continue;
      const flags = [...x1(prev, cur)];
      if (has2021(prev) && has2021(cur)) flags.push(...x2(prev, cur));
      if (has2019(prev) && has2019(cur)) flags.push(...x3(prev, cur));
      if (flags.length) out.set(cur.report_id, [...(out.get(cur.report_id) ?? []), ...flags]);
    }
  }
  return out;
}

/**
 * MISSING-REPORT: after an agency's first report, every year up to the last year collected for its region (the
 * dataset's last year when the region is unknown) should have one. Per region, so that one report from a place the
 * collection does not follow does not make every later year a gap.
 * The flag goes to the report after the gap (or the agency's last report when the gap runs to the end).
 */
export function missingReportFlags(panel: PanelReport[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  const parsed = panel.filter((p) => p.report.status === 'parsed');
  if (!parsed.length) return out;
  const datasetLast = Math.max(...parsed.map((p) => p.year));
  const regionLast = new Map<string, number>();
  for (const p of parsed) if (p.region) regionLast.set(p.region, Math.max(regionLast.get(p.region) ?? p.year, p.year));
  for (const list of byAgency(panel).values()) {
    const region = list.find((p) => p.region)?.region;
    const last = region ? (regionLast.get(region) ?? datasetLast) : datasetLast;
    const scope = region ? `${region}的报告收集至${last}年` : `数据集截至${last}年`;
    const scopeEn = region ? `reports of ${region} are collected up to ${last}` : `the dataset runs to ${last}`;
    const have = new Set(list.map((p) => p.year));
    for (let y = list[0].year + 1; y <= last; y++) {
      if (have.has(y)) continue;
      const next = list.find((p) => p.year > y) ?? list[list.length - 1];
      const f = flag('MISSING-REPORT', [], y, null,
        `${next.agency}缺少${y}年度报告（该单位首份报告为${list[0].year}年，${scope}）`,
        `${next.agency} has no report for ${y} (first report ${list[0].year}; ${scopeEn})`);
      out.set(next.report_id, [...(out.get(next.report_id) ?? []), f]);
    }
  }
  return out;
}
