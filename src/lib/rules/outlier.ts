/**
 * OUTLIER (info): a value far from the agency's own history or from its peer cohort (same level and kind, same
 * year). Robust z on a log scale: z = 0.6745 · (log(1+x) − median) / MAD (Iglewicz–Hoaglin), flagged at |z| > 3.5,
 * with a MAD floor of 0.25 (≈ ±28%) so that a flat history does not make every change infinite, and only when the
 * value differs from the median by at least 10 (counts) — small numbers are noise.
 * A reference sample that is mostly zeros (≥ half) has no spread to measure against (MAD 0: every non-zero value
 * would be "infinitely" far): then only a non-zero value is tested, against the non-zero part of the sample
 * (median/MAD of the non-zero values, at least as many as the minimum sample size); with fewer non-zero values
 * than that, only a value at least 10 times the sample's largest (and 10 above it) is flagged. The message says which.
 */
import type { Flag } from '../report/types';
import { t2Path, t3Path, t4Path } from './cells';
import { flag, num } from './flag';
import { byAgency, type PanelReport } from './panel';

export const OUTLIER_Z = 3.5;
const MAD_FLOOR = 0.25;
const MIN_ABS_DIFF = 10;
const MIN_HISTORY = 4;
const MIN_PEERS = 8;
/** Mostly-zero sample with too few non-zero values: flagged at ≥ this multiple of the sample's largest value. */
export const OUTLIER_MAX_RATIO = 10;

interface Metric { key: string; zh: string; en: string; cells: string[]; get: (p: PanelReport) => number | null }

const n = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

export const METRICS: Metric[] = [
  { key: 'new_received', zh: '本年新收申请', en: 'new requests', cells: [t3Path('new_received', 'total')], get: (p) => n(p.report.t3?.new_received?.total) },
  { key: 'total_processed', zh: '办理总数', en: 'requests processed', cells: [t3Path('total_processed', 'total')], get: (p) => n(p.report.t3?.total_processed?.total) },
  { key: 'review', zh: '行政复议', en: 'administrative reviews', cells: [t4Path('review', 'total')], get: (p) => n(p.report.t4?.review?.total) },
  { key: 'license', zh: '行政许可处理决定', en: 'licensing decisions', cells: [t2Path('a20_5.admin_license.decisions')], get: (p) => n(p.report.t2?.['a20_5.admin_license.decisions']) },
  { key: 'penalty', zh: '行政处罚处理决定', en: 'penalty decisions', cells: [t2Path('a20_6.admin_penalty.decisions')], get: (p) => n(p.report.t2?.['a20_6.admin_penalty.decisions']) },
  { key: 'fees', zh: '行政事业性收费（万元）', en: 'administrative fees (10k yuan)', cells: [t2Path('a20_8.admin_fees.amount_wan')], get: (p) => n(p.report.t2?.['a20_8.admin_fees.amount_wan']) }
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface RobustZ {
  z: number; median: number; mad: number; n: number;
  /**
   * `nonzero`: the sample was mostly zeros and x was compared with its non-zero values only (n counts those);
   * `max`: too few of those, so z is x / max(1, largest value of the sample) and `median` is that largest value.
   */
  method: 'all' | 'nonzero' | 'max';
}

/** Robust z of x against a reference sample, on log(1+x); null when x is 0 against a mostly-zero sample. */
export function robustZ(x: number, sample: number[], minN = 1): RobustZ | null {
  let ref = sample;
  let method: RobustZ['method'] = 'all';
  const zeros = sample.filter((v) => v <= 0).length;
  if (zeros * 2 >= sample.length) {
    ref = sample.filter((v) => v > 0);
    method = 'nonzero';
    if (x <= 0) return null;
    if (ref.length < minN || ref.length === 0) {
      const top = Math.max(0, ...sample);
      return { z: x / Math.max(1, top), median: top, mad: 0, n: sample.length, method: 'max' };
    }
  }
  const logs = ref.map((v) => Math.log1p(Math.max(0, v)));
  const med = median(logs);
  const mad = Math.max(MAD_FLOOR, median(logs.map((v) => Math.abs(v - med))));
  return { z: (0.6745 * (Math.log1p(Math.max(0, x)) - med)) / mad, median: Math.expm1(med), mad, n: ref.length, method };
}

function push(out: Map<string, Flag[]>, id: string, f: Flag) {
  const l = out.get(id);
  if (l) l.push(f); else out.set(id, [f]);
}

function outlierFlag(m: Metric, x: number, r: RobustZ, against: 'history' | 'peers', label: string, labelEn: string): Flag {
  const dir = r.z > 0 ? '高' : '低';
  const dirEn = r.z > 0 ? 'above' : 'below';
  const nz = r.method === 'nonzero';
  if (r.method === 'max') {
    return flag('OUTLIER', m.cells, r.median, x,
      `${m.zh}（${num(x)}）远高于${label}（n=${r.n}，过半为零，最大值${num(r.median)}）：为最大值的${r.z.toFixed(1)}倍（非零值过少，按最大值倍数法，阈值${OUTLIER_MAX_RATIO}倍，差值至少${MIN_ABS_DIFF}）`,
      `${m.en} (${num(x)}) far above ${labelEn} (n=${r.n}, mostly zeros, largest ${num(r.median)}): ${r.z.toFixed(1)} times the largest (too few non-zero values: multiple of the largest, threshold ${OUTLIER_MAX_RATIO}×, difference at least ${MIN_ABS_DIFF})`);
  }
  return flag('OUTLIER', m.cells, Math.round(r.median * 100) / 100, x,
    `${m.zh}（${num(x)}）远${dir}于${label}${nz ? '的非零值' : ''}（n=${r.n}，中位数${num(Math.round(r.median * 100) / 100)}）：对数尺度稳健Z值${r.z.toFixed(1)}（中位数/MAD法${nz ? '，参照组过半为零，仅比较非零值' : ''}，阈值±${OUTLIER_Z}，差值至少${MIN_ABS_DIFF}）`,
    `${m.en} (${num(x)}) far ${dirEn} ${labelEn}${nz ? "' non-zero values" : ''} (n=${r.n}, median ${num(Math.round(r.median * 100) / 100)}): robust z on log scale ${r.z.toFixed(1)} (median/MAD${nz ? '; the reference is mostly zeros, so only its non-zero values' : ''}, threshold ±${OUTLIER_Z}, difference at least ${MIN_ABS_DIFF})`);
}

function isOut(x: number, r: RobustZ | null): r is RobustZ {
  if (r === null || Math.abs(x - r.median) < MIN_ABS_DIFF) return false;
  return r.method === 'max' ? r.z >= OUTLIER_MAX_RATIO : Math.abs(r.z) > OUTLIER_Z;
}

export function outlierFlags(panel: PanelReport[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  const live = panel.filter((p) => p.report.status === 'parsed');
  // own history: every other year of the same agency
  for (const list of byAgency(live).values()) {
    if (list.length < MIN_HISTORY + 1) continue;
    for (const m of METRICS) {
      for (const p of list) {
        const x = m.get(p);
        if (x === null) continue;
        const hist = list.filter((q) => q !== p).map(m.get).filter((v): v is number => v !== null);
        if (hist.length < MIN_HISTORY) continue;
        const r = robustZ(x, hist, MIN_HISTORY);
        if (isOut(x, r)) push(out, p.report_id, outlierFlag(m, x, r, 'history', '本单位其他年份', "the agency's other years"));
      }
    }
  }
  // peer cohort: same level, kind and year
  const cohorts = new Map<string, PanelReport[]>();
  for (const p of live) {
    if (!p.level && !p.kind) continue;
    const k = `${p.level ?? ''}|${p.kind ?? ''}|${p.year}`;
    cohorts.set(k, [...(cohorts.get(k) ?? []), p]);
  }
  for (const group of cohorts.values()) {
    if (group.length < MIN_PEERS + 1) continue;
    for (const m of METRICS) {
      for (const p of group) {
        const x = m.get(p);
        if (x === null) continue;
        const peers = group.filter((q) => q.agency_id !== p.agency_id).map(m.get).filter((v): v is number => v !== null);
        if (peers.length < MIN_PEERS) continue;
        const r = robustZ(x, peers, MIN_PEERS);
        const lbl = `同级同类单位（${p.level ?? ''}${p.kind ?? ''}，${p.year}年）`;
        if (isOut(x, r)) push(out, p.report_id, outlierFlag(m, x, r, 'peers', lbl, `peers of the same level and kind (${p.year})`));
      }
    }
  }
  return out;
}
