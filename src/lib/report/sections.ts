/** The six narrative sections (format-spec §2), found by their titles with the variants seen in the wild. */
import { Locator } from './linear/locate';

const ORD = '[一二三四五六七八九十]{1,2}[,.]';
export const SECTION_TITLES: [string, RegExp][] = [
  ['s1', new RegExp(`${ORD}(?:总体情况|概述|概况|基本情况)`)],
  ['s2', new RegExp(`${ORD}主动公开政府信息`)],
  ['s3', new RegExp(`${ORD}收到和处理政府信息公开申请`)],
  ['s4', new RegExp(`${ORD}(?:因)?政府信息公开(?:工作)?(?:被申请)?行政(?:法)?复议[^。]{0,24}?诉讼`)],
  ['s5', new RegExp(`${ORD}(?:政府信息公开(?:工作)?)?(?:当前)?存在(?:的)?(?:主要|突出)?问题`)],
  ['s6', new RegExp(`${ORD}(?:其他需要?(?:报告|说明)的?事项|需要?说明的其他事项)`)]
];

/** Section key → [start, end) in text. Titles are searched in order, each after the previous one found. */
export function findSections(text: string, loc: Locator = new Locator(text)): Record<string, [number, number]> {
  const found: [string, number][] = [];
  let from = 0;
  const key = loc.key;
  for (const [name, re] of SECTION_TITLES) {
    const hit = loc.findRegex(re, from, key.length);
    if (!hit) continue;
    found.push([name, hit.cStart]);
    from = hit.cEnd;
  }
  if (found.length && found[0][0] === 's2') {
    // s1 under an unusual title (e.g. 一、年度工作核心成效): the first 一、 heading before s2
    const one = loc.findRegex(/一[,.][\u4e00-\u9fff]/, 0, found[0][1]);
    if (one) found.unshift(['s1', one.cStart]);
  }
  const out: Record<string, [number, number]> = {};
  for (let i = 0; i < found.length; i++) {
    const start = loc.toText(found[i][1]);
    const end = i + 1 < found.length ? loc.toText(found[i + 1][1]) : text.length;
    out[found[i][0]] = [start, end];
  }
  return out;
}
