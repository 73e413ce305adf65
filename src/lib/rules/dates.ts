/**
 * LATE, YEAR, FORMAT (format-spec §1, §6 X-6): statutory publication date, the report's years agreeing with
 * each other, and the national template matching the reporting year.
 */
import type { Flag, ParsedReport } from '../report/types';
import { t2Path, t3Path, textPath } from './cells';
import { flag } from './flag';
import { isGovernment } from './agency';
import { t3Format } from './identities';

/** Statutory deadline (ISO date) for a report on `year`: 1-31 (departments) or 3-31 (a government's own report)
 * of year+1 under the 2019 regulation (reports from 2019 on); 3-31 for everyone before. */
export function deadline(year: number, government: boolean): string {
  const md = year >= 2019 && !government ? '01-31' : '03-31';
  return `${year + 1}-${md}`;
}

function isoDate(s: string | null | undefined): string | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Find where a date is written in the text (2021-01-20 / 2021年1月20日 / 2021/1/20); a text cell or none. */
function dateCells(text: string | undefined, iso: string): string[] {
  if (!text) return [];
  const [y, m, d] = iso.split('-');
  const re = new RegExp(`${y}\\s*(?:-|/|\\.|年)\\s*0?${Number(m)}\\s*(?:-|/|\\.|月)\\s*0?${Number(d)}(?!\\d)\\s*日?`);
  const hit = re.exec(text);
  return hit ? [textPath(hit.index, hit.index + hit[0].length)] : [];
}

export function lateFlags(report: ParsedReport, kind?: string): Flag[] {
  const pub = isoDate(report.published);
  if (!pub || report.year === null) return [];
  const gov = isGovernment(report.agency, kind);
  const due = deadline(report.year, gov);
  if (pub <= due) return [];
  const days = Math.round((Date.parse(pub) - Date.parse(due)) / 86_400_000);
  return [flag('LATE', dateCells(report.text, pub), due, pub,
    `发布日期${pub}晚于法定期限${due}（${gov ? '本级人民政府年报为3月31日' : '政府部门年报为1月31日'}）${days}天`,
    `Published ${pub}, ${days} days after the statutory date ${due} (${gov ? "a government's own report: 31 March" : 'departments: 31 January'})`)];
}

const TITLE_YEAR_RE = /(20\d\d|19\d\d)\s*年(?:度)?[^。\n]{0,12}?(?:政府信息公开|政务公开|信息公开)[^。\n]{0,8}?(?:年度)?报告/;
const PERIOD_RE = /统计(?:期限|时限|期间|时间|区间|周期)[^。\n\d]{0,12}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?[^。\n\d]{0,8}?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The reporting year stated in the title (report.title, else the first line of the text), with its text range. */
export function titleYear(report: ParsedReport): { year: number; cells: string[] } | null {
  const text = report.text ?? '';
  const head = text.slice(0, 400);
  const m = TITLE_YEAR_RE.exec(head);
  if (m) return { year: Number(m[1]), cells: [textPath(m.index, m.index + m[1].length)] };
  const t = report.title ? TITLE_YEAR_RE.exec(report.title) : null;
  return t ? { year: Number(t[1]), cells: [] } : null;
}

/** The statistics period as stated: report.period, else read from the text. */
export function statedPeriod(report: ParsedReport): { startYear: number; endYear: number; cells: string[] } | null {
  const text = report.text ?? '';
  const m = PERIOD_RE.exec(text);
  const cells = m ? [textPath(m.index, m.index + m[0].length)] : [];
  if (report.period?.start && report.period?.end) {
    return { startYear: Number(report.period.start.slice(0, 4)), endYear: Number(report.period.end.slice(0, 4)), cells };
  }
  if (!m) return null;
  return { startYear: Number(m[1]), endYear: Number(m[4] ?? m[1]), cells };
}

export function yearFlags(report: ParsedReport): Flag[] {
  const out: Flag[] = [];
  const ty = titleYear(report);
  const per = statedPeriod(report);
  const pub = isoDate(report.published);
  if (ty && per && (per.startYear !== ty.year || per.endYear !== ty.year)) {
    const py = per.startYear === per.endYear ? String(per.startYear) : `${per.startYear}–${per.endYear}`;
    out.push(flag('YEAR', [...ty.cells, ...per.cells], ty.year, py,
      `标题年份${ty.year}与统计期限${py}年不一致`,
      `Title year ${ty.year} and statistics period ${py} disagree`));
  } else if (per && per.startYear !== per.endYear) {
    out.push(flag('YEAR', per.cells, per.startYear, per.endYear,
      `统计期限跨年（${per.startYear}年至${per.endYear}年）`,
      `The statistics period spans years (${per.startYear} to ${per.endYear})`));
  }
  const year = report.year ?? ty?.year ?? per?.endYear ?? null;
  if (pub && year !== null) {
    const py = Number(pub.slice(0, 4));
    if (py <= year) {
      out.push(flag('YEAR', dateCells(report.text, pub), `${year + 1}`, pub,
        `发布日期${pub}不晚于报告年度${year}年，年份有误`,
        `Published ${pub}, not after the reporting year ${year}: a year is wrong`));
    }
  }
  return out;
}

/** 2019 template for reports on 2019–2020, 2021 template from 2021 (国办公开办函〔2021〕30号). */
export function formatFlags(report: ParsedReport): Flag[] {
  const year = report.year;
  if (year === null || year < 2019) return [];
  const expected = year >= 2021 ? '2021' : '2019';
  const out: Flag[] = [];
  const keyed2019 = Object.keys(report.t2 ?? {}).find((k) => /new_made|prev_items|central_procurement/.test(k));
  const keyed2021 = Object.keys(report.t2 ?? {}).find((k) => /issued|in_force|amount_wan/.test(k));
  if (report.format && report.format !== expected) {
    const cell = report.format === '2019' ? keyed2019 : keyed2021;
    out.push(flag('FORMAT', cell ? [t2Path(cell)] : [], expected, report.format,
      `${year}年度报告使用了${report.format}年版表格格式，应为${expected}年版`,
      `A ${year} report uses the ${report.format} template; the ${expected} template applies`));
  }
  const t3f = t3Format(report);
  if (t3f && t3f !== expected && t3f !== report.format) {
    const row = t3f === '2019' ? 'other.total' : 'other.no_correction';
    const cell = report.t3?.[row] && 'total' in report.t3[row] ? [t3Path(row, 'total')] : [];
    out.push(flag('FORMAT', cell, expected, t3f,
      `${year}年度报告的表三“（六）其他处理”按${t3f}年版填报，应为${expected}年版`,
      `Table 3 row "other handling" of a ${year} report follows the ${t3f} template; the ${expected} template applies`));
  }
  return out;
}
