/**
 * One synthetic agency's reports over the years: heavy-tailed request counts with a trend, tables that satisfy every
 * identity, cross-year stocks carried forward, publication dates — then anomalies planted at stated rates, each
 * recorded as ground truth with the cells it involves.
 */
import { T3_APPLICANT_COLUMNS, T4_GROUPS, t3OutcomeRows, t3RowKeys } from '../../lib/report/model';
import type { Flag, Format, RuleId, Severity } from '../../lib/report/types';
import { deadlineFor } from '../../lib/dataset/summary';
import { HEAVY_DEPARTMENTS, type SynthAgency } from './agencies';
import { BODY_FOR_S3, makeNarrative, requestSentence, SPAM_STRINGS, type Narrative, type NarrativeFacts } from './narrative';
import { Rng, hashSeed } from './rng';

export const PLANTED_RULES = [
  'T3-1', 'T3-2', 'T3-3', 'T4-1', 'TEXT-TABLE', 'SPAM', 'REUSE', 'LATE', 'YEAR', 'FORMAT', 'X-1', 'X-2', 'X-3', 'OUTLIER', 'MISSING-REPORT'
] as const satisfies readonly RuleId[];
export type PlantedRule = (typeof PLANTED_RULES)[number];

/** Probability per report that each anomaly is planted (one anomaly at most per report). */
export const DEFAULT_RATES: Record<PlantedRule, number> = {
  'T3-1': 0.006, 'T3-2': 0.006, 'T3-3': 0.006, 'T4-1': 0.004, 'TEXT-TABLE': 0.004, SPAM: 0.002, REUSE: 0.004,
  LATE: 0.03, YEAR: 0.003, FORMAT: 0.002, 'X-1': 0.005, 'X-2': 0.004, 'X-3': 0.004, OUTLIER: 0.002, 'MISSING-REPORT': 0.005
};

export const SEVERITY: Record<PlantedRule, Severity> = {
  'T3-1': 'error', 'T3-2': 'error', 'T3-3': 'error', 'T4-1': 'error', 'TEXT-TABLE': 'warning', SPAM: 'error',
  REUSE: 'warning', LATE: 'warning', YEAR: 'warning', FORMAT: 'info', 'X-1': 'warning', 'X-2': 'warning', 'X-3': 'warning',
  OUTLIER: 'info', 'MISSING-REPORT': 'warning'
};

export interface Planted { rule: PlantedRule; cells: string[]; note: string }

export interface SynthReport {
  agency: SynthAgency;
  year: number;
  /** Template the tables follow (differs from the year's template for a FORMAT anomaly). */
  format: Format;
  published: string;
  /** Year written in the title (differs from `year` for a YEAR anomaly). */
  title_year: number;
  title: string;
  t2: Record<string, number>;
  t3: Record<string, Record<string, number>>;
  t4: Record<string, Record<string, number>>;
  /** Section 三's sentence on requests (as printed: contradicts the table for a TEXT-TABLE anomaly). */
  s3: string;
  planted: Planted[];
  narrativeSeed: number;
  facts: NarrativeFacts;
  /** REUSE: the earlier report whose narrative is copied. */
  reuseOf?: SynthReport;
  /** SPAM: the injected string. */
  spam?: string;
  narrative?: Narrative;
}

/** The report's narrative sections (built on demand from their own random stream, then cached). */
export function narrativeOf(r: SynthReport): Narrative {
  if (r.narrative) return r.narrative;
  const rng = new Rng(r.narrativeSeed);
  const f = { ...r.facts, published_items: rng.poisson(r.agency.kind === '人民政府' ? 2000 : 120), interpretations: rng.poisson(r.agency.kind === '人民政府' ? 40 : 3) };
  let n = { ...makeNarrative(rng, f), s3: r.s3 + rng.pick(BODY_FOR_S3) };
  if (r.reuseOf) {
    const prev = narrativeOf(r.reuseOf);
    const py = r.reuseOf.year;
    const swap = (s: string) => s.split(String(py + 1)).join(String(r.year + 1)).split(String(py)).join(String(r.year));
    n = { ...n, s1: swap(prev.s1), s2: swap(prev.s2), s5: swap(prev.s5) };
  }
  if (r.spam) {
    const at = n.s1.indexOf('，') + 1;
    n = { ...n, s1: n.s1.slice(0, at) + r.spam + n.s1.slice(at) };
  }
  r.narrative = n;
  return n;
}

export interface SynthMissing { agency: SynthAgency; year: number; planted: Planted }

interface T2State {
  regs: number; docs: number; // in force / published totals
  lic: number; oms: number; pen: number; coe: number; fee: number; // 2019 item counts (prev_items base)
}

const OUTCOME_WEIGHTS: Record<string, number> = {
  granted: 0.34, partial: 0.1, 'deny.state_secret': 0.005, 'deny.law_prohibited': 0.005, 'deny.security_stability': 0.003,
  'deny.third_party': 0.01, 'deny.internal_affairs': 0.02, 'deny.process_info': 0.02, 'deny.enforcement_file': 0.005,
  'deny.admin_query': 0.01, 'unable.not_held': 0.3, 'unable.needs_creation': 0.03, 'unable.unclear_after_correction': 0.02,
  'not_processed.petition': 0.02, 'not_processed.repeat': 0.02, 'not_processed.publication': 0.003,
  'not_processed.mass_repeat': 0.005, 'not_processed.confirm_reissue': 0.005,
  'other.total': 0.05, 'other.no_correction': 0.035, 'other.fee_unpaid': 0.002, 'other.other': 0.013
};
const APPLICANT_WEIGHTS = [0.9, 0.07, 0.004, 0.006, 0.01, 0.01];

const fmtDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, d: number) => fmtDate(Date.parse(iso + 'T00:00:00Z') + d * 86400000);

function baseRate(a: SynthAgency, rng: Rng): number {
  if (a.kind === '人民政府') {
    const mu = { 省: Math.log(700), 市: Math.log(160), 县: Math.log(30), 乡镇: Math.log(0.7) }[a.level ?? '县'];
    return rng.lognormal(mu, 0.6);
  }
  const scale = { 省: 3, 市: 1.5, 县: 0.5, 乡镇: 0.2 }[a.level ?? '县'];
  if (HEAVY_DEPARTMENTS.has(a.dept)) return scale * rng.lognormal(Math.log(12), 1.3);
  const u = rng.next();
  if (u < 0.7) return scale * rng.lognormal(Math.log(0.8), 1.0);
  if (u < 0.96) return scale * rng.lognormal(Math.log(6), 0.8);
  return Math.min(20000, scale * rng.lognormal(Math.log(80), 1.4));
}

export function formatForYear(year: number): Format {
  return year <= 2020 ? '2019' : '2021';
}

const ROW_KEYS: Record<Format, string[]> = { '2019': t3RowKeys('2019'), '2021': t3RowKeys('2021') };
const OUTCOME_ROWS: Record<Format, string[]> = { '2019': t3OutcomeRows('2019'), '2021': t3OutcomeRows('2021') };
const zeroRow = (): Record<string, number> =>
  ({ natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 0 });

function emptyT3(format: Format): Record<string, Record<string, number>> {
  const t3: Record<string, Record<string, number>> = {};
  for (const r of ROW_KEYS[format]) t3[r] = zeroRow();
  return t3;
}

function pickRule(rng: Rng, rates: Record<PlantedRule, number>): PlantedRule | null {
  let u = rng.next();
  for (const r of PLANTED_RULES) {
    if (u < rates[r]) return r;
    u -= rates[r];
  }
  return null;
}

export function simulateAgency(a: SynthAgency, years: number[], seed: number, rates: Record<PlantedRule, number>): { reports: SynthReport[]; missing: SynthMissing[] } {
  const rng = new Rng(hashSeed(seed, 'agency', a.agency_id));
  const lambda = baseRate(a, rng);
  const growth = 1 + 0.06 + 0.08 * rng.normal();
  const gov = a.kind === '人民政府';
  const hasRegs = gov && (a.level === '省' || a.level === '市');
  const st: T2State = {
    regs: hasRegs ? rng.int(5, 60) : 0, docs: rng.int(0, gov ? 300 : 40),
    lic: rng.int(0, 40), oms: rng.int(0, 10), pen: rng.int(0, 60), coe: rng.int(0, 10), fee: rng.int(0, 8)
  };
  // Per-agency scale of the 表二 figures: steady over the years (small noise), so history outliers are planted ones.
  const base = {
    license: gov ? rng.lognormal(Math.log(150), 0.8) : rng.lognormal(Math.log(20), 1),
    oms: rng.lognormal(Math.log(2), 0.8),
    penalty: gov ? rng.lognormal(Math.log(100), 0.8) : rng.lognormal(Math.log(15), 1),
    coercion: gov ? rng.lognormal(Math.log(10), 0.8) : rng.lognormal(Math.log(2), 1),
    fees: rng.chance(0.4) ? rng.lognormal(Math.log(50), 1) : 0
  };
  const steady = (scale: number) => Math.round(scale * rng.lognormal(0, 0.08));
  let carried = Object.fromEntries(T3_APPLICANT_COLUMNS.map((c) => [c, 0])) as Record<string, number>;
  const reports: SynthReport[] = [];
  const missing: SynthMissing[] = [];
  let prev: SynthReport | null = null;
  let prevMissing = false;
  for (let yi = 0; yi < years.length; yi++) {
    const year = years[yi];
    let rule = pickRule(rng, rates);
    const first = yi === 0;
    const last = yi === years.length - 1;
    const yearFormat = formatForYear(year);
    // Eligibility: an anomaly that cannot be planted here is skipped (the truth only lists what was planted).
    if (rule === 'MISSING-REPORT' && (first || last || prevMissing)) rule = null;
    if ((rule === 'X-1' || rule === 'REUSE') && (!prev || prevMissing)) rule = null;
    if (rule === 'X-2' && (!prev || prevMissing || yearFormat !== '2021' || prev.format !== '2021')) rule = null;
    if (rule === 'X-3' && (!prev || prevMissing || yearFormat !== '2019' || prev.format !== '2019')) rule = null;
    if (rule === 'FORMAT' && yearFormat !== '2021') rule = null;
    if (rule === 'OUTLIER' && yi < 2) rule = null;
    const format: Format = rule === 'FORMAT' ? '2019' : yearFormat;

    // 表三
    let lam = lambda * Math.pow(Math.max(0.5, growth), yi) * rng.lognormal(0, 0.12);
    if (rule === 'OUTLIER') lam = Math.max(lam * 60, 400 + lambda * 60);
    const newTotal = rng.poisson(lam);
    const newBy = rng.multinomial(newTotal, APPLICANT_WEIGHTS);
    if (first) carried = Object.fromEntries(T3_APPLICANT_COLUMNS.map((c, i) => [c, rng.binomial(newBy[i], 0.02)]));
    const t3 = emptyT3(format);
    const outcomeRows = OUTCOME_ROWS[format];
    const weights = outcomeRows.map((r) => OUTCOME_WEIGHTS[r] ?? 0.01);
    const forward: Record<string, number> = {};
    T3_APPLICANT_COLUMNS.forEach((c, i) => {
      const avail = newBy[i] + carried[c];
      const cf = rng.binomial(avail, 0.03);
      const done = avail - cf;
      t3.new_received[c] = newBy[i];
      t3.carried_over[c] = carried[c];
      t3.carried_forward[c] = cf;
      t3.total_processed[c] = done;
      const split = rng.multinomial(done, weights);
      outcomeRows.forEach((r, j) => (t3[r][c] = split[j]));
      forward[c] = cf;
    });
    for (const r of Object.keys(t3)) t3[r].total = T3_APPLICANT_COLUMNS.reduce((s, c) => s + t3[r][c], 0);
    carried = forward;

    // 表四
    const t4: Record<string, Record<string, number>> = {};
    const tp = t3.total_processed.total;
    for (const [g, p] of [['review', 0.03], ['lit_direct', 0.012], ['lit_after_review', 0.008]] as const) {
      const n = rng.binomial(tp, p);
      const [upheld, corrected, other, pending] = rng.multinomial(n, [0.6, 0.12, 0.18, 0.1]);
      t4[g] = { upheld, corrected, other, pending, total: n };
    }

    // 表二 (stocks carried in `st`; keep following the reported numbers)
    const t2: Record<string, number> = {};
    if (format === '2019') {
      const made = hasRegs ? rng.poisson(1) : 0;
      t2['a20_1.regulations.new_made'] = made;
      t2['a20_1.regulations.new_published'] = made;
      t2['a20_1.regulations.total_published'] = st.regs + made;
      const docs = rng.poisson(gov ? 8 : 1);
      t2['a20_1.normative_docs.new_made'] = docs;
      t2['a20_1.normative_docs.new_published'] = docs;
      t2['a20_1.normative_docs.total_published'] = st.docs + docs;
      st.regs += made;
      st.docs += docs;
      for (const [key, item, name, dec] of [
        ['lic', 'a20_5', 'admin_license', base.license], ['oms', 'a20_5', 'other_mgmt_services', base.oms],
        ['pen', 'a20_6', 'admin_penalty', base.penalty], ['coe', 'a20_6', 'admin_coercion', base.coercion]
      ] as const) {
        const delta = Math.max(-st[key], rng.int(-2, 3));
        t2[`${item}.${name}.prev_items`] = st[key];
        t2[`${item}.${name}.delta_items`] = delta;
        t2[`${item}.${name}.decisions`] = steady(dec);
        st[key] += delta;
      }
      const fd = Math.max(-st.fee, rng.int(-1, 1));
      t2['a20_8.admin_fees.prev_items'] = st.fee;
      t2['a20_8.admin_fees.delta_items'] = fd;
      st.fee += fd;
      const items = rng.poisson(gov ? 6 : 1);
      t2['a20_9.central_procurement.items'] = items;
      t2['a20_9.central_procurement.amount'] = items === 0 ? 0 : Math.round(rng.lognormal(Math.log(80), 1) * items * 100) / 100;
    } else {
      const issued = hasRegs ? rng.poisson(1) : 0;
      const repealed = Math.min(st.regs, hasRegs ? rng.poisson(0.5) : 0);
      t2['a20_1.regulations.issued'] = issued;
      t2['a20_1.regulations.repealed'] = repealed;
      t2['a20_1.regulations.in_force'] = st.regs + issued - repealed;
      const di = rng.poisson(gov ? 8 : 1);
      const dr = Math.min(st.docs, rng.poisson(gov ? 4 : 0.5));
      t2['a20_1.normative_docs.issued'] = di;
      t2['a20_1.normative_docs.repealed'] = dr;
      t2['a20_1.normative_docs.in_force'] = st.docs + di - dr;
      t2['a20_5.admin_license.decisions'] = steady(base.license);
      t2['a20_6.admin_penalty.decisions'] = steady(base.penalty);
      t2['a20_6.admin_coercion.decisions'] = steady(base.coercion);
      t2['a20_8.admin_fees.amount_wan'] = base.fees === 0 ? 0 : Math.round(base.fees * Math.pow(Math.max(0.5, growth), yi) * rng.lognormal(0, 0.08) * 100) / 100;
      st.regs = t2['a20_1.regulations.in_force'];
      st.docs = t2['a20_1.normative_docs.in_force'];
    }

    const deadline = deadlineFor(year, a.kind)!;
    let published = addDays(deadline, -rng.int(1, gov ? 50 : 25));
    let titleYear = year;
    const planted: Planted[] = [];
    const plant = (r: PlantedRule, cells: string[], note: string) => planted.push({ rule: r, cells, note });
    const nonzeroCol = (row: string) => T3_APPLICANT_COLUMNS.find((c) => t3[row][c] > 0);

    switch (rule) {
      case 'MISSING-REPORT':
        missing.push({ agency: a, year, planted: { rule, cells: [], note: `${year}年度报告缺失` } });
        prevMissing = true;
        continue;
      case 'T3-1': {
        const c = rng.pick(T3_APPLICANT_COLUMNS);
        const k = rng.int(1, 3);
        t3.new_received[c] += k;
        t3.new_received.total += k;
        plant(rule, [`t3.new_received.${c}`, `t3.new_received.total`], `本年新收 ${c} 多计 ${k}`);
        break;
      }
      case 'T3-2': {
        // Only where requests were handled: on an empty table the added count would also contradict "没有收到申请".
        if (t3.total_processed.total === 0) break;
        const c = rng.pick(T3_APPLICANT_COLUMNS);
        const k = rng.int(1, 3);
        t3.granted[c] += k;
        t3.granted.total += k;
        plant(rule, [`t3.granted.${c}`, `t3.granted.total`], `予以公开 ${c} 多计 ${k}`);
        break;
      }
      case 'T3-3': {
        const from = outcomeRows.find((r) => t3[r].total > 0);
        if (!from) break;
        const to = outcomeRows.find((r) => r !== from)!;
        t3[from].total -= 1;
        t3[to].total += 1;
        plant(rule, [`t3.${from}.total`, `t3.${to}.total`], `总计列 ${from} 少 1、${to} 多 1`);
        break;
      }
      case 'T4-1': {
        const g = rng.pick(T4_GROUPS);
        const k = rng.int(1, 3);
        t4[g].total += k;
        plant(rule, [`t4.${g}.total`], `${g} 总计多计 ${k}`);
        break;
      }
      case 'X-1': {
        const c = nonzeroCol('new_received');
        if (!c) break;
        t3.carried_over[c] += 1;
        t3.carried_over.total += 1;
        t3.new_received[c] -= 1;
        t3.new_received.total -= 1;
        plant(rule, [`t3.carried_over.${c}`, 't3.carried_over.total'], `上年结转 ${c} 与上年结转下年度不符`);
        break;
      }
      case 'X-2': {
        const k = rng.pick([-3, -2, -1, 1, 2, 3, 5]);
        const v = Math.max(0, t2['a20_1.normative_docs.in_force'] + k);
        if (v === t2['a20_1.normative_docs.in_force']) break;
        t2['a20_1.normative_docs.in_force'] = v;
        st.docs = v;
        plant(rule, ['t2.a20_1.normative_docs.in_force'], '现行有效件数与上年及本年增减不符');
        break;
      }
      case 'X-3': {
        const k = rng.int(1, 4);
        t2['a20_5.admin_license.prev_items'] += k;
        st.lic += k;
        plant(rule, ['t2.a20_5.admin_license.prev_items'], '上一年项目数量与上年报告不符');
        break;
      }
      case 'LATE':
        published = addDays(deadline, rng.int(3, 120));
        plant(rule, [], `发布于 ${published}，晚于 ${deadline}`);
        break;
      case 'YEAR':
        titleYear = year - 1;
        plant(rule, [], `标题年份 ${titleYear} 与统计期限 ${year} 不符`);
        break;
      case 'FORMAT':
        plant(rule, [], `${year} 年度报告使用 2019 年版表格`);
        break;
      case 'OUTLIER':
        plant(rule, ['t3.new_received.total'], `本年新收 ${t3.new_received.total} 远超本机关历史`);
        break;
      default:
        break;
    }

    const facts = {
      agency: a.name, year, published_items: 0, interpretations: 0,
      new_received: t3.new_received.total, carried_over: t3.carried_over.total, total_processed: t3.total_processed.total,
      carried_forward: t3.carried_forward.total, review: t4.review.total,
      litigation: t4.lit_direct.total + t4.lit_after_review.total
    };
    const s3 = rule === 'TEXT-TABLE' && t3.new_received.total > 0 ? `${year}年，本机关没有收到政府信息公开申请。` : requestSentence(facts);
    if (rule === 'TEXT-TABLE' && t3.new_received.total > 0) plant(rule, ['t3.new_received.total'], '正文称未收到申请，表格新收大于 0');
    if (rule === 'REUSE' && prev) plant(rule, [], `总体情况等部分与 ${prev.year} 年度报告雷同`);
    let spam: string | undefined;
    if (rule === 'SPAM') {
      spam = SPAM_STRINGS[rng.int(0, SPAM_STRINGS.length - 1)];
      plant(rule, [], `正文注入 “${spam}”`);
    }
    const title = `${a.name}${titleYear}年度政府信息公开工作年度报告`;
    const report: SynthReport = {
      agency: a, year, format, published, title_year: titleYear, title, t2, t3, t4, s3, planted,
      narrativeSeed: hashSeed(seed, 'narrative', a.agency_id, year), facts, reuseOf: rule === 'REUSE' ? prev ?? undefined : undefined, spam
    };
    reports.push(report);
    prev = report;
    prevMissing = false;
  }
  return { reports, missing };
}

/** The planted anomalies of a report as flags (national mode writes these straight into `flags`). */
export function plantedFlags(r: SynthReport | SynthMissing): Flag[] {
  const list = 'planted' in r && Array.isArray(r.planted) ? r.planted : [(r as SynthMissing).planted];
  return list.map((p) => ({
    rule: p.rule, severity: SEVERITY[p.rule], cells: p.cells, expected: null, actual: null,
    message: `合成数据植入异常：${p.note}`, message_en: `Synthetic planted anomaly (${p.rule})`
  }));
}
