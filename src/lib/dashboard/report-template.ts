/**
 * The national template of a report's tables (表二, 表三, 表四) as rows of label and value cells, built from
 * src/lib/report/model.ts. A view renders these cells as they are; values are looked up by cell path.
 */
import { T2_ITEMS, T3_COLUMNS, T3_COLUMN_LABELS, T3_COLUMN_LABELS_EN, T3_ROWS, T4_GROUPS, T4_GROUP_LABELS, T4_OUTCOMES, T4_OUTCOME_LABELS } from '../report/model';
import type { Format } from '../report/types';

export interface LabelCell {
  kind: 'label';
  zh: string;
  en: string;
  rowspan?: number;
  colspan?: number;
  /** Rendered as a column header (th scope=col) rather than a row header. */
  header?: boolean;
}
export interface ValueCell {
  kind: 'value';
  /** Cell path: `t3.granted.total` … */
  path: string;
  colspan?: number;
}
export type TemplateCell = LabelCell | ValueCell;
export interface TemplateTable {
  id: 't2' | 't3' | 't4';
  captionZh: string;
  captionEn: string;
  head: TemplateCell[][];
  body: TemplateCell[][];
}

const L = (zh: string, en: string, o: Partial<LabelCell> = {}): LabelCell => ({ kind: 'label', zh, en, ...o });

const BLOCK_START = 'granted';
const BLOCK_END = 'total_processed';

/** 表三: 23 data rows (2019) or 25 (2021), label columns merged as in the national template. */
export function t3Template(format: Format): TemplateTable {
  const rows = T3_ROWS[format];
  const start = rows.findIndex((r) => r.key === BLOCK_START);
  const end = rows.findIndex((r) => r.key === BLOCK_END);
  const body: TemplateCell[][] = [];
  rows.forEach((r, i) => {
    const cells: TemplateCell[] = [];
    const inBlock = i >= start && i <= end;
    if (i === start) cells.push(L('三、本年度办理结果', 'Outcomes this year', { rowspan: end - start + 1 }));
    const sub = inBlock && r.group && r.group.startsWith('（') ? r.group : null;
    if (sub) {
      const first = rows.findIndex((x) => x.group === sub);
      if (first === i) cells.push(L(sub, r.en.split(':')[0], { rowspan: rows.filter((x) => x.group === sub).length }));
      cells.push(L(r.label, r.en));
    } else {
      cells.push(L(r.label, r.en, { colspan: inBlock ? 2 : 3 }));
    }
    for (const c of T3_COLUMNS) cells.push({ kind: 'value', path: `t3.${r.key}.${c}` });
    body.push(cells);
  });
  const head: TemplateCell[][] = [
    [
      L('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '(Rows 1 + 2 equal rows 3 + 4)', { rowspan: 3, colspan: 3, header: true }),
      L('申请人情况', 'Applicants', { colspan: 7, header: true })
    ],
    [
      L(T3_COLUMN_LABELS.natural_person, T3_COLUMN_LABELS_EN.natural_person, { rowspan: 2, header: true }),
      L('法人或其他组织', 'Legal persons and other organisations', { colspan: 5, header: true }),
      L(T3_COLUMN_LABELS.total, T3_COLUMN_LABELS_EN.total, { rowspan: 2, header: true })
    ],
    T3_COLUMNS.slice(1, 6).map((c) => L(T3_COLUMN_LABELS[c], T3_COLUMN_LABELS_EN[c], { header: true }))
  ];
  return { id: 't3', captionZh: '三、收到和处理政府信息公开申请情况', captionEn: 'III. Requests received and handled', head, body };
}

const T4_OUTCOME_EN: Record<string, string> = { upheld: 'Upheld', corrected: 'Corrected', other: 'Other', pending: 'Pending', total: 'Total' };

/** 表四: 行政复议 (5 cells) and 行政诉讼 in two groups (5 + 5) — 15 value cells in one row. */
export function t4Template(): TemplateTable {
  const outcomes = (g: string) => T4_OUTCOMES.map((o) => L(T4_OUTCOME_LABELS[o], T4_OUTCOME_EN[o], { header: true, rowspan: g === 'review' ? 2 : 1 }));
  const head: TemplateCell[][] = [
    [L(T4_GROUP_LABELS.review, 'Administrative review', { colspan: 5, header: true }), L('行政诉讼', 'Administrative litigation', { colspan: 10, header: true })],
    [...outcomes('review'), L('未经复议直接起诉', 'Sued directly', { colspan: 5, header: true }), L('复议后起诉', 'Sued after review', { colspan: 5, header: true })],
    [...T4_OUTCOMES.map((o) => L(T4_OUTCOME_LABELS[o], T4_OUTCOME_EN[o], { header: true })), ...T4_OUTCOMES.map((o) => L(T4_OUTCOME_LABELS[o], T4_OUTCOME_EN[o], { header: true }))]
  ];
  const body: TemplateCell[][] = [T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o): TemplateCell => ({ kind: 'value', path: `t4.${g}.${o}` })))];
  return { id: 't4', captionZh: '四、政府信息公开行政复议、行政诉讼情况', captionEn: 'IV. Administrative review and litigation', head, body };
}

const T2_EN: Record<string, string> = {
  regulations: 'Regulations', normative_docs: 'Normative documents', admin_license: 'Administrative licences',
  other_mgmt_services: 'Other management services', admin_penalty: 'Administrative penalties', admin_coercion: 'Administrative coercion',
  admin_fees: 'Administrative fees', central_procurement: 'Central procurement',
  new_made: 'New this year', new_published: 'Published this year', total_published: 'Published in total',
  prev_items: 'Items last year', delta_items: 'Change this year', decisions: 'Decisions', items: 'Items', amount: 'Amount',
  issued: 'Issued', repealed: 'Repealed', in_force: 'In force', amount_wan: 'Amount (10k yuan)'
};

/** 表二: one block per 第二十条 item, a caption row, a header row and the item's rows (the widest item sets the width). */
export function t2Template(format: Format): TemplateTable {
  const items = T2_ITEMS[format];
  const width = Math.max(...items.map((it) => it.columns.length));
  const body: TemplateCell[][] = [];
  for (const it of items) {
    body.push([L(it.caption, `Article 20 item ${it.item.replace('a20_', '')}`, { colspan: width + 1, header: true })]);
    const span = (i: number) => (i === it.columns.length - 1 ? width - it.columns.length + 1 : 1);
    body.push([L('信息内容', 'Item', { header: true }), ...it.columns.map(([c, label], i) => L(label, T2_EN[c] ?? c, { header: true, colspan: span(i) }))]);
    for (const [r, rowLabel] of it.rows) {
      body.push([L(rowLabel, T2_EN[r] ?? r), ...it.columns.map(([c], i): TemplateCell => ({ kind: 'value', path: `t2.${it.item}.${r}.${c}`, colspan: span(i) }))]);
    }
  }
  return { id: 't2', captionZh: '二、主动公开政府信息情况', captionEn: 'II. Proactive disclosure', head: [], body };
}

export function reportTemplates(format: Format): TemplateTable[] {
  return [t2Template(format), t3Template(format), t4Template()];
}

/** Number of value cells a template row holds. */
export const valueCells = (row: TemplateCell[]): ValueCell[] => row.filter((c): c is ValueCell => c.kind === 'value');

/** DOM id of a cell path (ids stay valid CSS identifiers). */
export const cellDomId = (path: string): string => `cell-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
