/** Report metadata read from linear text: title, agency, reporting year, statistics period, publication date. */

export interface Metadata {
  title: string | null;
  agency: string | null;
  year: number | null;
  published: string | null;
  period: { start: string; end: string } | null;
}

export interface MetadataHints {
  title?: string;
  published?: string;
  fileName?: string;
}

const HEAD_CHARS = 3000;
const PERIOD = /统计期限\s*(?:为|是|自|从|:)?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|-|—|~)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const REPORT_WORDS = /政府信息公开(?:工作)?(?:年度)?(?:报告|年报)|信息公开(?:工作)?年度报告/;
const AGENCY_SUFFIX = /(?:局|委员会|委|办公室|办|政府|院|厅|部|署|所|室|处|站|队|中心|管委会|管理局|公司|集团|大学|学院|医院|街道|镇|乡|县|区|市|省|法院|检察院|会)$/;
const pad = (n: string | number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** ISO date from `2021-01-20 16:33`, `2021/1/20`, `2021年1月20日`, `2021.01.20`; null otherwise. */
export function parseDate(s: string): string | null {
  const m = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})/.exec(s);
  return m ? isoDate(+m[1], +m[2], +m[3]) : null;
}

const headerRes = new Map<string, RegExp>();
function headerValue(head: string, names: string[]): string | null {
  for (const name of names) {
    if (!head.includes(name.replace(/\s/g, '').slice(0, 2))) continue;
    let re = headerRes.get(name);
    if (!re) { re = new RegExp(`(?:^|\\n)[ \\t]*${name}[ \\t]*[:：][ \\t]*([^\\n]*)`); headerRes.set(name, re); }
    const m = re.exec(head);
    if (m && m[1].trim()) return m[1].trim();
  }
  return null;
}

export function agencyFromTitle(title: string): string | null {
  const t = title.replace(/\s+/g, '').replace(/^#+/, '');
  const m = /^(.*?)(?:关于(?:报送|印发|公布|发布)?)?(?:\d{4}年度?|二〇[〇一二三四五六七八九零]{2}年度?)?(?:年度)?(?:政府)?信息公开/.exec(t);
  if (!m) return null;
  const name = m[1].replace(/[(（].*$/, '').replace(/[:：,，、]+$/, '');
  return name.length >= 2 && name.length <= 40 && !/\d{4}/.test(name) ? name : null;
}

function plausibleAgency(s: string | null): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, '');
  return t.length >= 2 && t.length <= 40 && AGENCY_SUFFIX.test(t) && !/^\d/.test(t) ? t : null;
}

export function extractMetadata(text: string, hints: MetadataHints = {}): Metadata {
  const head = text.slice(0, HEAD_CHARS);
  const lines = head.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 12);
  const headerTitle = headerValue(head, ['标题', '题名', '标 题']);
  let title: string | null = hints.title?.trim() || headerTitle;
  if (!title) {
    const line = lines.find((l) => REPORT_WORDS.test(l) && l.length <= 80);
    title = line ? line.replace(/^#+\s*/, '') : null;
  }
  if (title && title.length > 120) title = title.slice(0, 120);

  let agency = title ? agencyFromTitle(title) : null;
  if (!agency) agency = plausibleAgency(headerValue(head, ['发布机构', '发文机关', '来源', '信息来源']));
  if (!agency) {
    // e.g. seed: a line with the agency name alone right before "2020年政府信息公开工作年度报告"
    for (let i = 0; i + 1 < lines.length; i++) {
      if (/^\d{4}年度?(?:政府)?信息公开/.test(lines[i + 1].replace(/\s+/g, '')) && plausibleAgency(lines[i])) { agency = plausibleAgency(lines[i]); break; }
    }
  }

  let period: Metadata['period'] = null;
  let year: number | null = null;
  const pm = PERIOD.exec(text.length > 20000 ? text.slice(0, 20000) : text);
  if (pm) {
    const start = isoDate(+pm[1], +pm[2], +pm[3]);
    const end = isoDate(+pm[4], +pm[5], +pm[6]);
    if (start && end) { period = { start, end }; year = +pm[4]; }
  }
  if (year == null && title) {
    const ty = /(\d{4})\s*年/.exec(title);
    if (ty && +ty[1] >= 2000 && +ty[1] <= 2100) year = +ty[1];
  }
  if (year == null) {
    const hy = /(\d{4})\s*年度?\s*(?:政府)?信息公开/.exec(head);
    if (hy && +hy[1] >= 2000 && +hy[1] <= 2100) year = +hy[1];
  }

  let published: string | null = hints.published ? parseDate(hints.published) : null;
  if (!published) {
    const v = headerValue(head, ['发布时间', '发布日期', '发文日期', '成文日期', '日期']);
    if (v) published = parseDate(v);
  }
  if (!published) {
    // a date alone on one of the first lines, e.g. "(2026年1月23日)"
    const line = lines.slice(0, 6).find((l) => /^[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?$/.test(l));
    if (line) published = parseDate(line);
  }
  return { title, agency, year, published, period };
}
