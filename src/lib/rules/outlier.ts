/**
 * OUTLIER (info): a value far from the agency's own history or from its peer cohort (same level and kind, same
 * year). Robust z on a log scale: z = 0.6745 · (log(1+x) − median) / MAD (Iglewicz–Hoaglin), flagged at |z| > 3.5,
 * with a MAD floor of 0.25 (≈ ±28%) so that a flat history does not make every change infinite, and only when the
 * value differs from the median by at least 10 (counts) — small numbers are noise.
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

export interface RobustZ { z: number; median: number; mad: number; n: number }

/** Robust z of x against a reference sample, on log(1+x). */
export function robustZ(x: number, sample: number[]): RobustZ {
  const logs = sample.map((v) => Math.log1p(Math.max(0, v)));
  const med = median(logs);
  const mad = Math.max(MAD_FLOOR, median(logs.map((v) => Math.abs(v - med))));
  return { z: (0.6745 * (Math.log1p(Math.max(0, x)) - med)) / mad, median: Math.expm1(med), mad, n: sample.length };
}

function push(out: Map<string, Flag[]>, id: string, f: Flag) {
  const l = out.get(id);
  if (l) l.push(f); else out.set(id, [f]);
}

function outlierFlag(m: Metric, x: number, r: RobustZ, against: 'history' | 'peers', label: string, labelEn: string): Flag {
  const dir = r.z > 0 ? '高' : '低';
  const dirEn = r.z > 0 ? 'above' : 'below';
  return flag('OUTLIER', m.cells, Math.round(r.median * 100) / 100, x,
    `${m.zh}（${num(x)}）远${dir}于${label}（n=${r.n}，中位数${num(Math.round(r.median * 100) / 100)}）：对数尺度稳健Z值${r.z.toFixed(1)}（中位数/MAD法，阈值±${OUTLIER_Z}）`,
    `${m.en} (${num(x)}) far ${dirEn} ${labelEn} (n=${r.n}, median ${num(Math.round(r.median * 100) / 100)}): robust z on log scale ${r.z.toFixed(1)} (median/MAD, threshold ±${OUTLIER_Z})`);
}

function isOut(x: number, r: RobustZ): boolean {
  return Math.abs(r.z) > OUTLIER_Z && Math.abs(x - r.median) >= MIN_ABS_DIFF;
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
        const r = robustZ(x, hist);
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
        const r = robustZ(x, peers);
        const lbl = `同级同类单位（${p.level ?? ''}${p.kind ?? ''}，${p.year}年）`;
        if (isOut(x, r)) push(out, p.report_id, outlierFlag(m, x, r, 'peers', lbl, `peers of the same level and kind (${p.year})`));
      }
    }
  }
  return out;
}
