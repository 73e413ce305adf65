/**
 * REUSE (info, single report): words that belong to another agency — a self-reference (我办 in a 局's report)
 * the agency's name does not license, or another sector's "X系统" (应急管理系统 in a 商务局 report).
 */
import type { Flag, ParsedReport } from '../report/types';
import { textPath } from './cells';
import { flag } from './flag';
import { allowedSelf, isGovernment } from './agency';

/** 我办理 / 我会同 / 我部门 / 我处理 are not self-references. */
const SELF_RE = /我(局|委|办|厅|院|部|中心|署|会)(?!理|事|结|件|好|法|公|同|门|议|计|商|员|长|的?工作人员)/g;

/** Sector → words of an agency name that make "<sector>系统" its own. */
const SECTORS: [string, string[]][] = [
  ['应急管理', ['应急']], ['公安', ['公安']], ['教育', ['教育', '社会事业']], ['卫生健康', ['卫生', '卫健', '社会事业']],
  ['交通运输', ['交通']], ['税务', ['税务']], ['市场监管', ['市场监督', '市场监管']], ['自然资源', ['自然资源']],
  ['民政', ['民政', '社会事业']], ['人力资源和社会保障', ['人力资源', '人社']], ['财政', ['财政']], ['商务', ['商务']],
  ['生态环境', ['生态环境', '环保', '环境']], ['住房和城乡建设', ['住房', '住建', '建设']], ['农业农村', ['农业']],
  ['水利', ['水利']], ['文化和旅游', ['文化', '旅游']], ['统计', ['统计']], ['司法行政', ['司法']], ['审计', ['审计']],
  ['林业', ['林业']], ['医疗保障', ['医疗保障', '医保']], ['退役军人事务', ['退役军人']], ['消防救援', ['消防', '应急']]
];
const SECTOR_RE = new RegExp(`(${SECTORS.map(([s]) => s).join('|')})系统`, 'g');

export function foreignWordFlags(report: ParsedReport): Flag[] {
  const text = report.text;
  const agency = report.agency?.trim();
  if (!text || !agency) return [];
  const out: Flag[] = [];
  const allowed = allowedSelf(agency);
  if (allowed) {
    const bad = new Map<string, [number, number][]>();
    SELF_RE.lastIndex = 0;
    for (let m = SELF_RE.exec(text); m; m = SELF_RE.exec(text)) {
      const w = `我${m[1]}`;
      if (allowed.includes(w)) continue;
      if (!bad.has(w)) bad.set(w, []);
      bad.get(w)!.push([m.index, m.index + w.length]);
    }
    for (const [w, ranges] of bad) {
      out.push(flag('REUSE', ranges.map(([s, e]) => textPath(s, e)), allowed[0], w,
        `正文以“${w}”自称（${ranges.length}处），与单位名称“${agency}”不符，疑似沿用其他单位的文字`,
        `The text calls the author "${w}" (${ranges.length}×), which does not fit the agency "${agency}": likely text reused from another agency`,
        'info'));
    }
  }
  if (!isGovernment(agency)) {
    SECTOR_RE.lastIndex = 0;
    for (let m = SECTOR_RE.exec(text); m; m = SECTOR_RE.exec(text)) {
      const sector = m[1];
      const own = SECTORS.find(([s]) => s === sector)![1];
      if (own.some((k) => agency.includes(k))) continue;
      out.push(flag('REUSE', [textPath(m.index, m.index + m[0].length)], null, m[0],
        `正文提到“${m[0]}”，与“${agency}”的职能不符，疑似沿用其他单位的文字`,
        `The text mentions "${m[0]}", outside the remit of "${agency}": likely text reused from another agency`,
        'info'));
    }
  }
  return out;
}
