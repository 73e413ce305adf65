/** Pieces shared by the renderers of synthetic report files (labels come from the national template model). */
import { T2_ITEMS, T3_APPLICANT_COLUMNS, T3_ROWS, T4_GROUPS, T4_OUTCOMES } from '../../lib/report/model';
import type { SynthReport } from './simulate';

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const T3_COLS_ORDER = [...T3_APPLICANT_COLUMNS, 'total'];

export function preamble(r: SynthReport): string {
  const notice = r.format === '2021'
    ? '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）'
    : '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）';
  return `本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）、${notice}等文件要求编制。本报告所列数据统计期限为${r.year}年1月1日至${r.year}年12月31日。`;
}

export function fmtNum(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}

/** 表二 as (caption, header labels, rows of [label, values]) in template order. */
export function t2Blocks(r: SynthReport): { caption: string; headers: string[]; rows: [string, string[]][] }[] {
  return T2_ITEMS[r.format].map((it) => ({
    caption: it.caption,
    headers: ['信息内容', ...it.columns.map(([, l]) => l)],
    rows: it.rows.map(([rk, rl]) => [rl, it.columns.map(([ck]) => fmtNum(r.t2[`${it.item}.${rk}.${ck}`] ?? 0))] as [string, string[]])
  }));
}

/** 表三 rows: group label to print before the row (first row of a group), row label, seven values. */
export function t3Lines(r: SynthReport): { group?: string; label: string; values: string[] }[] {
  const out: { group?: string; label: string; values: string[] }[] = [];
  let lastGroup: string | undefined;
  for (const def of T3_ROWS[r.format]) {
    const group = def.group && def.group !== lastGroup ? def.group : undefined;
    lastGroup = def.group;
    out.push({ group, label: def.label, values: T3_COLS_ORDER.map((c) => String(r.t3[def.key][c])) });
  }
  return out;
}

export function t4Values(r: SynthReport): string[] {
  return T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => String(r.t4[g][o])));
}

export const T4_HEAD_TEXT = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';
export const T3_HEAD_TEXT = '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他';

export function publishedTime(r: SynthReport): string {
  const h = 9 + (r.agency.index % 8);
  const m = (r.agency.index * 7 + r.year) % 60;
  return `${r.published} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
