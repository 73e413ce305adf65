/**
 * A government web page like raw/009.html: metadata in <meta> tags, the body in a TRS_Editor div, the three
 * tables with the template's merged cells (rowspan/colspan) and each value in its own <td><p>…</p></td>.
 */
import { narrativeOf, type SynthReport } from './simulate';
import { T3_ROWS } from '../../lib/report/model';
import { preamble, publishedTime, t2Blocks, t4Values, T3_COLS_ORDER, T3_NOTE } from './render-common';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TD = 'style="padding: 5px;border: 1px solid windowtext" valign="center"';
const td = (text: string, attrs = '') => `<td ${attrs ? attrs + ' ' : ''}${TD}><p style="text-indent: 0em;">${esc(text)}</p></td>`;
const tr = (cells: string[]) => `<tr style="height: 19px">${cells.join('')}</tr>`;
const p = (text: string) => `<p style="text-indent: 2em;"><span>${esc(text)}</span></p>`;

function table2(r: SynthReport): string {
  const rows: string[] = [];
  for (const b of t2Blocks(r)) {
    rows.push(tr([td(b.caption, 'colspan="4"')]));
    const span = 4 - b.headers.length + 1; // the last header/value stretches to keep the grid 4 wide
    rows.push(tr(b.headers.map((h, i) => td(h, i === b.headers.length - 1 && span > 1 ? `colspan="${span}"` : ''))));
    for (const [label, vs] of b.rows) {
      rows.push(tr([td(label), ...vs.map((v, i) => td(v, i === vs.length - 1 && span > 1 ? `colspan="${span}"` : ''))]));
    }
  }
  return `<table cellspacing="0" align="center" border="1"><tbody>${rows.join('')}</tbody></table>`;
}

function table3(r: SynthReport): string {
  const defs = T3_ROWS[r.format];
  const rows: string[] = [];
  rows.push(tr([td(T3_NOTE, 'rowspan="3" colspan="3"'), td('申请人情况', 'colspan="7"')]));
  rows.push(tr([td('自然人', 'rowspan="2"'), td('法人或其他组织', 'colspan="5"'), td('总计', 'rowspan="2"')]));
  rows.push(tr(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h))));
  const outer = new Set(['new_received', 'carried_over', 'carried_forward']);
  const resultRows = defs.filter((d) => !outer.has(d.key)).length;
  const subSize = new Map<string, number>();
  for (const d of defs) if (d.group && d.group !== '三、本年度办理结果') subSize.set(d.group, (subSize.get(d.group) ?? 0) + 1);
  let lastSub: string | undefined;
  for (const d of defs) {
    const cells: string[] = [];
    if (outer.has(d.key)) cells.push(td(d.label, 'colspan="3"'));
    else {
      if (d.key === 'granted') cells.push(td('三、本年度办理结果', `rowspan="${resultRows}"`));
      const sub = d.group && d.group !== '三、本年度办理结果' ? d.group : undefined;
      if (sub) {
        if (sub !== lastSub) cells.push(td(sub, `rowspan="${subSize.get(sub)}"`));
        cells.push(td(d.label));
      } else cells.push(td(d.label, 'colspan="2"'));
      lastSub = sub;
    }
    for (const c of T3_COLS_ORDER) cells.push(td(String(r.t3[d.key][c])));
    rows.push(tr(cells));
  }
  return `<table cellspacing="0" align="center" border="1"><tbody>${rows.join('')}</tbody></table>`;
}

function table4(r: SynthReport): string {
  const rows: string[] = [];
  rows.push(tr([td('行政复议', 'colspan="5"'), td('行政诉讼', 'colspan="10"')]));
  rows.push(tr([...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((h) => td(h, 'rowspan="2"')), td('未经复议直接起诉', 'colspan="5"'), td('复议后起诉', 'colspan="5"')]));
  rows.push(tr([...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']].map((h) => td(h))));
  rows.push(tr(t4Values(r).map((v) => td(v))));
  return `<table cellspacing="0" align="center" border="1"><tbody>${rows.join('')}</tbody></table>`;
}

export function renderHtml(r: SynthReport, id: string): string {
  const n = narrativeOf(r);
  const body = [
    p(preamble(r)), p('一、总体情况'), p(n.s1), p(n.s2),
    p('二、主动公开政府信息情况'), table2(r),
    p('三、收到和处理政府信息公开申请情况'), p(n.s3), table3(r),
    p('四、政府信息公开行政复议、行政诉讼情况'), p(n.s4), table4(r),
    p('五、存在的主要问题及改进情况'), p(n.s5), p('六、其他需要报告的事项'), p(n.s6)
  ].join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"/>
<meta name="ColumnName" content="政府信息公开年报"/>
<meta name="ArticleTitle" content="${esc(r.title)}"/>
<meta name="PubDate" content="${publishedTime(r)}"/>
<meta name="ContentSource" content="${esc(r.agency.name)}"/>
<title>${esc(r.title)}_政府信息公开年报_合成数据</title></head>
<body><div class="article"><h1 class="article_title">${esc(r.title)}</h1>
<div class="article_info"><span>发布时间：${publishedTime(r)}</span><span>来源：${esc(r.agency.name)}</span></div>
<div class="article_content"><div class=TRS_Editor>
${body}
</div></div></div><div class="footer">合成数据（synthetic）· ${esc(id)}</div></body></html>
`;
}
