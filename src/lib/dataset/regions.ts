/**
 * Region names and GB/T 2260 codes for the provinces and the regions of our corpus, and the inference of an
 * agency's region, level and kind from its name. Codes not in this table are left null, never guessed.
 */

export type Level = '省' | '市' | '县' | '乡镇';
export type Kind = '人民政府' | '部门' | '其他';

export interface Region {
  name: string;
  code: string;
  level: Level;
  /** Name of the parent region (city → province, county → city). */
  parent?: string;
}

/** The 31 mainland province-level divisions (GB/T 2260). */
export const PROVINCES: Region[] = [
  ['北京市', '110000'], ['天津市', '120000'], ['河北省', '130000'], ['山西省', '140000'], ['内蒙古自治区', '150000'],
  ['辽宁省', '210000'], ['吉林省', '220000'], ['黑龙江省', '230000'], ['上海市', '310000'], ['江苏省', '320000'],
  ['浙江省', '330000'], ['安徽省', '340000'], ['福建省', '350000'], ['江西省', '360000'], ['山东省', '370000'],
  ['河南省', '410000'], ['湖北省', '420000'], ['湖南省', '430000'], ['广东省', '440000'], ['广西壮族自治区', '450000'],
  ['海南省', '460000'], ['重庆市', '500000'], ['四川省', '510000'], ['贵州省', '520000'], ['云南省', '530000'],
  ['西藏自治区', '540000'], ['陕西省', '610000'], ['甘肃省', '620000'], ['青海省', '630000'], ['宁夏回族自治区', '640000'],
  ['新疆维吾尔自治区', '650000']
].map(([name, code]) => ({ name, code, level: '省' as Level }));

/** Prefecture- and county-level regions that occur in the real corpus. */
export const CORPUS_REGIONS: Region[] = [
  { name: '福州市', code: '350100', level: '市', parent: '福建省' },
  // 平潭综合实验区 is administered at prefecture level; its GB/T 2260 code is that of 平潭县 (under 福州市).
  { name: '平潭综合实验区', code: '350128', level: '市', parent: '福建省' },
  { name: '双鸭山市', code: '230500', level: '市', parent: '黑龙江省' },
  { name: '淮安市', code: '320800', level: '市', parent: '江苏省' },
  { name: '宿迁市', code: '321300', level: '市', parent: '江苏省' },
  { name: '沭阳县', code: '321322', level: '县', parent: '宿迁市' }
];

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const BY_NAME = new Map<string, Region>([...PROVINCES, ...CORPUS_REGIONS].map((r) => [r.name, r]));

export function regionByName(name: string): Region | undefined {
  return BY_NAME.get(name);
}

/** Short province names (福建, 内蒙古 …) → full name. */
const PROVINCE_SHORT = new Map<string, string>(
  PROVINCES.map((p) => [p.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, ''), p.name])
);

export interface RegionPlacement {
  province: string | null; province_code: string | null;
  city: string | null; city_code: string | null;
  county: string | null; county_code: string | null;
  region: string | null;
  level: Level | null;
}

const EMPTY: RegionPlacement = {
  province: null, province_code: null, city: null, city_code: null, county: null, county_code: null, region: null, level: null
};

function levelOfName(name: string): Level | null {
  const known = BY_NAME.get(name);
  if (known) return known.level;
  if (MUNICIPALITIES.has(name) || /(省|自治区)$/.test(name)) return '省';
  if (/(市|自治州|州|地区|盟)$/.test(name)) return '市';
  if (/(县|自治县|区|旗|自治旗)$/.test(name)) return '县';
  if (/(乡|镇|街道|苏木)$/.test(name)) return '乡镇';
  return null;
}

/** Place a chain of region names (outermost first, e.g. ['江苏省','宿迁市','沭阳县']) in the hierarchy. */
export function placeRegions(chain: string[]): RegionPlacement {
  if (chain.length === 0) return { ...EMPTY };
  const out: RegionPlacement = { ...EMPTY };
  // Fill parents from the table when only the innermost region is given.
  const full = [...chain];
  for (let r = BY_NAME.get(full[0]); r?.parent && !full.includes(r.parent); r = BY_NAME.get(r.parent)) full.unshift(r.parent);
  for (const name of full) {
    const level = levelOfName(name);
    const code = BY_NAME.get(name)?.code ?? null;
    if (level === '省' && !out.province) { out.province = name; out.province_code = code; }
    else if (level === '市' && !out.city) { out.city = name; out.city_code = code; }
    else if ((level === '县' || level === '乡镇') && !out.county) { out.county = name; out.county_code = code; }
  }
  if (!out.province) {
    const first = full[0];
    for (const [short, fullName] of PROVINCE_SHORT) {
      if (first.startsWith(short)) { out.province = fullName; out.province_code = BY_NAME.get(fullName)!.code; break; }
    }
  }
  const inner = full[full.length - 1];
  out.region = inner;
  out.level = levelOfName(inner);
  return out;
}

/** Split a region string such as 江苏省宿迁市沭阳县 or 福建省平潭综合实验区 into its parts. */
export function splitRegionString(s: string): string[] {
  const parts: string[] = [];
  let rest = s.trim();
  while (rest) {
    let hit: string | undefined;
    for (const name of BY_NAME.keys()) if (rest.startsWith(name) && (!hit || name.length > hit.length)) hit = name;
    if (!hit) {
      const m = /^(.+?(?:自治区|自治州|自治县|特别行政区|实验区|新区|省|市|州|地区|盟|县|区|旗|乡|镇|街道))/.exec(rest);
      if (!m) { parts.push(rest); break; }
      hit = m[1];
    }
    parts.push(hit);
    rest = rest.slice(hit.length);
  }
  return parts;
}

const GOV_SUFFIX = /^(人民政府|政府|管委会|管理委员会|行政公署|人民政府\(本级\)|人民政府（本级）)$/;
const DEPT_SUFFIX = /(局|委员会|委|办公室|办公厅|办|厅|署|中心|院|处|所|站|队|部|会|司|馆)$/;

/** The region prefix of an agency name, e.g. 平潭综合实验区财政金融局 → ['平潭综合实验区'], 宿迁市沭阳县人民政府 → ['宿迁市','沭阳县']. */
export function regionPrefix(name: string): { chain: string[]; rest: string } {
  const chain: string[] = [];
  let rest = name.replace(/\s+/g, '');
  for (;;) {
    let hit: string | undefined;
    for (const n of BY_NAME.keys()) if (rest.startsWith(n) && (!hit || n.length > hit.length)) hit = n;
    if (!hit) {
      const m = /^(.{2,8}?(?:自治区|自治州|自治县|实验区|省|市|州|县|旗|镇|乡))/.exec(rest);
      if (m && rest.length > m[1].length) hit = m[1];
    }
    if (!hit || rest.length === hit.length) break;
    chain.push(hit);
    rest = rest.slice(hit.length);
  }
  return { chain, rest };
}

export function kindOfRest(rest: string): Kind {
  if (GOV_SUFFIX.test(rest)) return '人民政府';
  if (DEPT_SUFFIX.test(rest)) return '部门';
  return '其他';
}

export interface AgencyPlacement extends RegionPlacement {
  name: string;
  kind: Kind | null;
}

/**
 * Region, level and kind of an agency from its name, optionally helped by a region string from metadata
 * (e.g. manifest.csv `region` 江苏省宿迁市沭阳县).
 */
export function placeAgency(name: string, regionHint?: string | null): AgencyPlacement {
  const { chain, rest } = regionPrefix(name);
  const hintChain = regionHint ? splitRegionString(regionHint) : [];
  const useChain = hintChain.length >= chain.length ? hintChain : chain;
  const placed = placeRegions(useChain);
  const kind = chain.length === 0 && !regionHint ? (rest ? kindOfRest(rest) : null) : kindOfRest(rest);
  return { name, ...placed, kind };
}
