/** One value per line with blank lines between, like the seed report (seed/000_….txt). */
import { narrativeOf, type SynthReport } from './simulate';
import { preamble, publishedTime, t2Blocks, t3Lines, t4Values, T3_NOTE } from './render-common';

const T4_HEAD = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉',
  '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const T3_HEAD = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

export function renderLines(r: SynthReport): string {
  const n = narrativeOf(r);
  const pad = (v: string, i: number) => (i % 3 === 0 ? ` ${v}` : i % 3 === 1 ? `${v} ` : v);
  const L: string[] = [];
  L.push(r.title, '', `发布时间:${publishedTime(r)}:00.0`, '', '', r.agency.name, '', `${r.title_year}年度政府信息公开工作年度报告`, '', '');
  L.push(preamble(r), '', '一、总体情况', '', n.s1, '', n.s2, '', '二、主动公开政府信息情况', '');
  for (const b of t2Blocks(r)) {
    L.push(b.caption, '');
    for (const h of b.headers) L.push(h, '');
    for (const [label, vs] of b.rows) {
      L.push(label, '');
      vs.forEach((v, i) => L.push(pad(v, i), ''));
    }
  }
  L.push('三、收到和处理政府信息公开申请情况', '', n.s3, '', T3_NOTE, '');
  for (const h of T3_HEAD) L.push(h, '');
  for (const line of t3Lines(r)) {
    if (line.group) L.push(line.group, '');
    L.push(line.label, '');
    line.values.forEach((v, i) => L.push(pad(v, i), ''));
  }
  L.push('四、政府信息公开行政复议、行政诉讼情况', '', n.s4, '');
  for (const h of T4_HEAD) L.push(h, '');
  for (const v of t4Values(r)) L.push(v, '');
  L.push('', '五、存在的主要问题及改进情况', '', n.s5, '', '六、其他需要报告的事项', '', n.s6, '');
  return L.join('\n');
}
