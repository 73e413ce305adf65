/**
 * REUSE (info): a department's 表二 figure equal to the same figure of its region's government report for the
 * same year — e.g. a 财政金融局 reporting the whole region's 行政事业性收费 (013: 5949.09 万元, the 平潭 2023
 * report's 5949.088667). Chosen as REUSE rather than OUTLIER: the evidence is identity with another report's
 * number, not a statistical deviation, and a copied figure is reuse of another agency's content.
 */
import type { Flag } from '../report/types';
import { t2Path } from './cells';
import { flag, num } from './flag';
import { isGovernment } from './agency';
import { t2Zh } from './labels';
import type { PanelReport } from './panel';

/** Only figures this large are distinctive enough to call copied (small counts coincide by chance). */
export const FIGURE_MIN = 100;
/** Same figure: equal after rounding the longer to the shorter one's decimals (5949.088667 ≈ 5949.09). */
function same(a: number, b: number): boolean {
  const dec = (x: number) => (String(x).split('.')[1] ?? '').length;
  const d = Math.min(dec(a), dec(b));
  const f = 10 ** d;
  return Math.round(a * f) === Math.round(b * f);
}

const isGov = (p: PanelReport) => isGovernment(p.agency, p.kind);

/** The government report a department belongs to: the government whose name (less 人民政府/管委会) starts the
 * department's name; else the only government of the same region that year. */
function regionOf(dept: PanelReport, govs: PanelReport[]): PanelReport | undefined {
  const sameYear = govs.filter((g) => g.year === dept.year);
  const byName = sameYear.find((g) => {
    const stem = g.agency.replace(/(?:人民政府|管委会|管理委员会)$/, '');
    return stem.length >= 2 && dept.agency.startsWith(stem);
  });
  if (byName) return byName;
  const byRegion = dept.region ? sameYear.filter((g) => g.region === dept.region) : [];
  return byRegion.length === 1 ? byRegion[0] : undefined;
}

export function regionFigureFlags(panel: PanelReport[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  const live = panel.filter((p) => p.report.status === 'parsed');
  const govs = live.filter(isGov);
  for (const d of live) {
    if (isGov(d)) continue;
    const g = regionOf(d, govs);
    if (!g) continue;
    for (const [key, v] of Object.entries(d.report.t2 ?? {})) {
      const gv = g.report.t2?.[key];
      if (typeof v !== 'number' || typeof gv !== 'number' || Math.abs(v) < FIGURE_MIN || !same(v, gv)) continue;
      const f = flag('REUSE', [t2Path(key)], null, v,
        `${t2Zh(key)}（${num(v)}）与${g.agency}${g.year}年报告的同项数字（${num(gv)}）相同，疑似填报了全区数字而非本单位数字`,
        `${key} (${num(v)}) equals the same figure of ${g.agency}'s ${g.year} report (${num(gv)}): likely the region's figure, not the department's`,
        'info');
      out.set(d.report_id, [...(out.get(d.report_id) ?? []), f]);
    }
  }
  return out;
}
