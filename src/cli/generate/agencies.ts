/**
 * Synthetic agencies: real province names, clearly synthetic city/county names (合成·江苏3号市 …), a government and
 * departments at each level. Deterministic for a seed; `count` agencies exactly.
 */
import { PROVINCES, type Kind, type Level } from '../../lib/dataset/regions';
import { agencyId } from '../../lib/dataset/node/ids';
import type { AgencyRecord } from '../../lib/dataset/rows';

const DEPARTMENTS = [
  '发展和改革委员会', '教育局', '科学技术局', '工业和信息化局', '公安局', '民政局', '司法局', '财政局',
  '人力资源和社会保障局', '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局',
  '商务局', '文化和旅游局', '卫生健康委员会', '退役军人事务局', '应急管理局', '审计局', '市场监督管理局',
  '统计局', '医疗保障局', '林业局', '信访局', '人民政府办公室', '城市管理局', '数据资源管理局', '体育局'
];
/** Departments that attract many requests (land, housing, police) get heavier tails. */
export const HEAVY_DEPARTMENTS = new Set(['自然资源局', '住房和城乡建设局', '公安局', '人力资源和社会保障局', '市场监督管理局']);

export interface SynthAgency extends AgencyRecord {
  /** Department name without the place (for weights), or '' for a government. */
  dept: string;
  /** Index in generation order (drives the per-agency random stream). */
  index: number;
}

const PROVINCE_WEIGHTS = PROVINCES.map((p, i) => 1 + ((i * 7919) % 5)); // fixed uneven shares, not real populations

function provinceShort(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
}

function deptName(level: Level, d: string): string {
  return level === '省' ? d.replace(/局$/, '厅').replace(/^人民政府办公室$/, '人民政府办公厅') : d;
}

/** `seed` is unused today: the hierarchy is fully determined by `count` (names and ids do not depend on it). */
export function generateAgencies(count: number, _seed: number): SynthAgency[] {
  const wsum = PROVINCE_WEIGHTS.reduce((a, b) => a + b, 0);
  const budgets = PROVINCE_WEIGHTS.map((w) => Math.floor((count * w) / wsum));
  for (let i = 0, left = count - budgets.reduce((a, b) => a + b, 0); left > 0; i = (i + 1) % budgets.length, left--) budgets[i]++;
  const out: SynthAgency[] = [];
  PROVINCES.forEach((prov, pi) => {
    const budget = budgets[pi];
    if (budget <= 0) return;
    const depts = Math.min(DEPARTMENTS.length, Math.max(2, Math.floor(budget / 60)));
    const list: Omit<SynthAgency, 'agency_id' | 'index'>[] = [];
    const base = { province: prov.name, province_code: prov.code, city: null, city_code: null, county: null, county_code: null };
    const add = (name: string, region: string, level: Level, kind: Kind, dept: string, extra: Partial<AgencyRecord>) =>
      list.push({ ...base, ...extra, name, region, level, kind, dept });
    const short = provinceShort(prov.name);
    const govSuffix = '人民政府';
    add(prov.name + govSuffix, prov.name, '省', '人民政府', '', {});
    for (let d = 0; d < depts && list.length < budget; d++) add(prov.name + deptName('省', DEPARTMENTS[d]), prov.name, '省', '部门', DEPARTMENTS[d], {});
    for (let c = 1; list.length < budget; c++) {
      const city = `合成·${short}${c}号市`;
      add(city + govSuffix, city, '市', '人民政府', '', { city });
      for (let d = 0; d < depts && list.length < budget; d++) add(city + DEPARTMENTS[d], city, '市', '部门', DEPARTMENTS[d], { city });
      for (let k = 1; k <= 8 && list.length < budget; k++) {
        const county = `${city}${k}号县`;
        add(county + govSuffix, county, '县', '人民政府', '', { city, county });
        for (let d = 0; d < depts && list.length < budget; d++) add(county + DEPARTMENTS[d], county, '县', '部门', DEPARTMENTS[d], { city, county });
        for (let t = 1; t <= 3 && list.length < budget; t++) {
          const town = `${county}${t}号镇`;
          add(town + govSuffix, town, '乡镇', '人民政府', '', { city, county: town });
        }
      }
    }
    for (const a of list) out.push({ ...a, agency_id: agencyId(a.name, a.region), index: 0 } as SynthAgency);
  });
  // Sorted like the dataset (province, agency_id) so writing in generation order keeps row groups skippable.
  out.sort((a, b) => (a.province! < b.province! ? -1 : a.province! > b.province! ? 1 : a.agency_id < b.agency_id ? -1 : 1));
  out.forEach((a, i) => (a.index = i));
  return out;
}

/**
 * Top-up agencies (补足机构): the planted MISSING-REPORT gaps remove `missing` reports from the panel, so that the
 * dataset still holds exactly agencies × years reports, `ceil(missing / years)` extra agencies are added after the
 * hierarchy: provincial 直属局 of the last province in sort order (so the sort by province holds), each reporting
 * every year except the last one, which starts in a later year (a newly set-up agency, not a gap) so that the total
 * comes out exact. Returns each agency with the years it reports.
 */
export function topUpAgencies(missing: number, years: number[], after: SynthAgency | undefined): { agency: SynthAgency; years: number[] }[] {
  if (missing <= 0) return [];
  const prov = PROVINCES.find((p) => p.name === after?.province) ?? PROVINCES[PROVINCES.length - 1];
  const out: { agency: SynthAgency; years: number[] }[] = [];
  let left = missing;
  for (let i = 1; left > 0; i++) {
    const n = Math.min(left, years.length);
    const name = `${prov.name}合成·${i}号直属局`;
    const a: SynthAgency = {
      province: prov.name, province_code: prov.code, city: null, city_code: null, county: null, county_code: null,
      name, region: prov.name, level: '省', kind: '部门', dept: '', agency_id: agencyId(name, prov.name), index: (after?.index ?? -1) + i
    };
    out.push({ agency: a, years: years.slice(years.length - n) });
    left -= n;
  }
  return out;
}
