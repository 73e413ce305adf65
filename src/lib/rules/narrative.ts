/**
 * Narrative text of a report for similarity: each section's CJK characters with the national template's
 * labels removed (every report prints them), plus a map back to offsets of report.text.
 */
import type { ParsedReport } from '../report/types';
import { T2_ITEMS, T3_COLUMN_LABELS, T3_ROWS, T4_GROUP_LABELS, T4_OUTCOME_LABELS } from '../report/model';

const CJK = /[\u4e00-\u9fff]/;

function cjkOnly(s: string): string {
  let o = '';
  for (const ch of s.normalize('NFKC')) if (CJK.test(ch)) o += ch;
  return o;
}

const TEMPLATE_PHRASES: string[] = (() => {
  const p = new Set<string>();
  for (const rows of Object.values(T3_ROWS)) for (const r of rows) { p.add(cjkOnly(r.label)); if (r.group) p.add(cjkOnly(r.group)); }
  for (const l of Object.values(T3_COLUMN_LABELS)) p.add(cjkOnly(l));
  for (const l of [...Object.values(T4_GROUP_LABELS), ...Object.values(T4_OUTCOME_LABELS)]) p.add(cjkOnly(l));
  for (const items of Object.values(T2_ITEMS)) for (const it of items) {
    p.add(cjkOnly(it.caption));
    for (const [, l] of [...it.columns, ...it.rows]) p.add(cjkOnly(l));
  }
  for (const l of ['本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和', '申请人情况', '法人或其他组织', '信息内容',
    '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议行政诉讼情况', '行政诉讼', '未经复议直接起诉',
    '复议后起诉', '存在的主要问题及改进情况', '其他需要报告的事项', '本年度办理结果', '单位万元']) p.add(l);
  return [...p].filter((x) => x.length >= 2).sort((a, b) => b.length - a.length);
})();
const TEMPLATE_RE = new RegExp(TEMPLATE_PHRASES.join('|'), 'g');

export interface Clean {
  /** CJK characters of the span, template labels removed. */
  text: string;
  /** map[i] = offset in report.text of text[i]. */
  map: Int32Array;
}

/** `digits`: keep ASCII digits too (verbatim copies keep their numbers). */
export function cleanSpan(text: string, start: number, end: number, digits = false): Clean {
  const chars: string[] = [];
  const pos: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if ((code >= 0x4e00 && code <= 0x9fff) || (digits && code >= 48 && code <= 57)) { chars.push(ch); pos.push(i); }
  }
  const joined = chars.join('');
  const keep = new Uint8Array(joined.length).fill(1);
  TEMPLATE_RE.lastIndex = 0;
  for (let m = TEMPLATE_RE.exec(joined); m; m = TEMPLATE_RE.exec(joined)) keep.fill(0, m.index, m.index + m[0].length);
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < joined.length; i++) if (keep[i]) { out += joined[i]; map.push(pos[i]); }
  return { text: out, map: Int32Array.from(map) };
}

/** Narrative sections (s1…s6) as [key, start, end]; the whole text as one 'all' section when none were found. */
export function sectionSpans(report: ParsedReport): [string, number, number][] {
  const text = report.text ?? '';
  const secs = report.sections;
  if (!secs || !Object.keys(secs).length) return text ? [['all', 0, text.length]] : [];
  return Object.entries(secs).map(([k, [s, e]]) => [k, s, e] as [string, number, number]).sort((a, b) => a[1] - b[1]);
}

const SECTION_ZH: Record<string, string> = { s1: '第一部分', s2: '第二部分', s3: '第三部分', s4: '第四部分', s5: '第五部分', s6: '第六部分', s7: '第七部分', all: '正文' };
const SECTION_EN: Record<string, string> = { s1: 'Part 1', s2: 'Part 2', s3: 'Part 3', s4: 'Part 4', s5: 'Part 5', s6: 'Part 6', s7: 'Part 7', all: 'The text' };
export const sectionZh = (k: string): string => SECTION_ZH[k] ?? k;
export const sectionEn = (k: string): string => SECTION_EN[k] ?? k;
