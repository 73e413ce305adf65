/** What an agency's name says about it: a government's own report, or a department; its self-reference. */

const GOVERNMENT_RE = /(?:人民政府|管委会|管理委员会|行政公署|综合实验区|自治州|自治县|[省市县区州旗])$/;

/** A government's own report (deadline 3-31): name ends with 人民政府/管委会, or the dataset says kind 人民政府. */
export function isGovernment(agency: string | null | undefined, kind?: string): boolean {
  if (kind && /人民政府|政府|管委会/.test(kind) && !/部门/.test(kind)) return true;
  return !!agency && GOVERNMENT_RE.test(agency.trim());
}

/** Region words any agency may use of its region (我区政务公开工作 in a 局's report is ordinary). */
export const REGION_SELF = ['我市', '我区', '我县', '我省', '我镇', '我乡', '我州', '我旗'];

/** Organisation self-references (我局 …) and the name endings that license each. */
const ORG_SELF: [string, RegExp][] = [
  ['我局', /局$/],
  ['我委', /(?:委员会|委|管委会|管理委员会)$/],
  ['我办', /(?:办公室|办公厅|办|人民政府|管委会|管理委员会)$/],
  ['我厅', /厅$/],
  ['我院', /院$/],
  ['我部', /部$/],
  ['我中心', /中心$/],
  ['我署', /署$/],
  ['我会', /(?:会|委员会)$/]
];
export const ORG_SELF_WORDS = ORG_SELF.map(([w]) => w);

/** Self-references the agency's name licenses; null when the name's ending is not one we know. */
export function allowedSelf(agency: string): string[] | null {
  const name = agency.trim().replace(/[（(][^）)]*[）)]$/, '');
  const ok = ORG_SELF.filter(([, re]) => re.test(name)).map(([w]) => w);
  return ok.length ? ok : null;
}
