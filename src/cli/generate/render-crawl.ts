/**
 * Crawler page text like the Pingtan archive (raw/009.txt, raw/016.txt): a metadata header, then the body on one
 * line with table cells either run together (`concat`) or separated by single spaces (`spaced`).
 */
import { narrativeOf, type SynthReport } from './simulate';
import { preamble, publishedTime, t2Blocks, t3Lines, t4Values, T3_HEAD_TEXT, T3_NOTE, T4_HEAD_TEXT } from './render-common';

export function renderCrawl(r: SynthReport, id: string, style: 'concat' | 'spaced'): string {
  const sep = style === 'spaced' ? ' ' : '';
  const n = narrativeOf(r);
  const parts: string[] = [];
  parts.push(preamble(r), '一、总体情况 ', n.s1, n.s2);
  parts.push('二、主动公开政府信息情况');
  for (const b of t2Blocks(r)) {
    parts.push(sep + [b.caption, ...b.headers, ...b.rows.flatMap(([l, vs]) => [l, ...vs])].join(sep));
  }
  parts.push(sep + '三、收到和处理政府信息公开申请情况', n.s3, T3_NOTE, style === 'spaced' ? ' 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他' : T3_HEAD_TEXT);
  for (const line of t3Lines(r)) {
    parts.push(sep + [...(line.group ? [line.group] : []), line.label, ...line.values].join(sep));
  }
  parts.push(sep + '四、政府信息公开行政复议、行政诉讼情况', n.s4, style === 'spaced' ? ' ' + T4_HEAD_TEXT.replace(/(行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉)/g, '$1 ').trim() : T4_HEAD_TEXT);
  parts.push(sep + t4Values(r).join(sep));
  parts.push(sep + '五、存在的主要问题及改进情况', n.s5, '六、其他需要报告的事项', n.s6);
  const body = parts.join('');
  const header = [
    `标题: ${r.title}`,
    `发布时间: ${publishedTime(r)}`,
    '文号: ',
    `发布机构: ${r.agency.name}`,
    '栏目: 政府信息公开年报',
    `原文链接: https://synthetic.invalid/zfxxgknb/${id}.htm`,
    `本地目录: synthetic/${id}`,
    '页面链接与图片详见 links.tsv(同目录)',
    '==================== 正文 ===================='
  ];
  return header.join('\n') + '\n' + body + '\n';
}
