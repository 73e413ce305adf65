/**
 * The national templates (format-spec §3–§5): keys, official labels and the identities' building blocks.
 * Keys are the stable names of docs/REPORT-JSON.md.
 */
import type { Format } from './types';

export const T3_COLUMNS = [
  'natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total'
] as const;
export type T3Column = (typeof T3_COLUMNS)[number];
export const T3_APPLICANT_COLUMNS = T3_COLUMNS.slice(0, 6) as readonly T3Column[];

export const T3_COLUMN_LABELS: Record<T3Column, string> = {
  natural_person: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social_welfare: '社会公益组织',
  legal_service: '法律服务机构',
  other_org: '其他',
  total: '总计'
};
export const T3_COLUMN_LABELS_EN: Record<T3Column, string> = {
  natural_person: 'Natural persons',
  commercial: 'Businesses',
  research: 'Research institutions',
  social_welfare: 'Public-welfare organisations',
  legal_service: 'Legal-service institutions',
  other_org: 'Other organisations',
  total: 'Total'
};

export interface T3RowDef {
  key: string;
  /** Official label (format-spec §4.2). */
  label: string;
  /** Group label the row sits under, when any. */
  group?: string;
  en: string;
}

const T3_HEAD: T3RowDef[] = [
  { key: 'new_received', label: '一、本年新收政府信息公开申请数量', en: 'New requests this year' },
  { key: 'carried_over', label: '二、上年结转政府信息公开申请数量', en: 'Carried over from last year' },
  { key: 'granted', label: '（一）予以公开', group: '三、本年度办理结果', en: 'Granted' },
  { key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: '三、本年度办理结果', en: 'Partly granted' },
  { key: 'deny.state_secret', label: '1.属于国家秘密', group: '（三）不予公开', en: 'Denied: state secret' },
  { key: 'deny.law_prohibited', label: '2.其他法律行政法规禁止公开', group: '（三）不予公开', en: 'Denied: prohibited by law' },
  { key: 'deny.security_stability', label: '3.危及“三安全一稳定”', group: '（三）不予公开', en: 'Denied: security and stability' },
  { key: 'deny.third_party', label: '4.保护第三方合法权益', group: '（三）不予公开', en: 'Denied: third-party rights' },
  { key: 'deny.internal_affairs', label: '5.属于三类内部事务信息', group: '（三）不予公开', en: 'Denied: internal affairs' },
  { key: 'deny.process_info', label: '6.属于四类过程性信息', group: '（三）不予公开', en: 'Denied: process information' },
  { key: 'deny.enforcement_file', label: '7.属于行政执法案卷', group: '（三）不予公开', en: 'Denied: enforcement file' },
  { key: 'deny.admin_query', label: '8.属于行政查询事项', group: '（三）不予公开', en: 'Denied: administrative query' },
  { key: 'unable.not_held', label: '1.本机关不掌握相关政府信息', group: '（四）无法提供', en: 'Unable: not held' },
  { key: 'unable.needs_creation', label: '2.没有现成信息需要另行制作', group: '（四）无法提供', en: 'Unable: would need creating' },
  { key: 'unable.unclear_after_correction', label: '3.补正后申请内容仍不明确', group: '（四）无法提供', en: 'Unable: unclear after correction' },
  { key: 'not_processed.petition', label: '1.信访举报投诉类申请', group: '（五）不予处理', en: 'Not processed: petition/complaint' },
  { key: 'not_processed.repeat', label: '2.重复申请', group: '（五）不予处理', en: 'Not processed: repeated' },
  { key: 'not_processed.publication', label: '3.要求提供公开出版物', group: '（五）不予处理', en: 'Not processed: publication' },
  { key: 'not_processed.mass_repeat', label: '4.无正当理由大量反复申请', group: '（五）不予处理', en: 'Not processed: mass repeated' },
  { key: 'not_processed.confirm_reissue', label: '5.要求行政机关确认或重新出具已获取信息', group: '（五）不予处理', en: 'Not processed: confirm/reissue' }
];
const T3_OTHER_2019: T3RowDef[] = [
  { key: 'other.total', label: '（六）其他处理', en: 'Other handling' }
];
const T3_OTHER_2021: T3RowDef[] = [
  { key: 'other.no_correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: '（六）其他处理', en: 'Other: no correction in time' },
  { key: 'other.fee_unpaid', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: '（六）其他处理', en: 'Other: fee unpaid' },
  { key: 'other.other', label: '3.其他', group: '（六）其他处理', en: 'Other: other' }
];
const T3_TAIL: T3RowDef[] = [
  { key: 'total_processed', label: '（七）总计', en: 'Total processed' },
  { key: 'carried_forward', label: '四、结转下年度继续办理', en: 'Carried forward' }
];

export const T3_ROWS: Record<Format, T3RowDef[]> = {
  '2019': [...T3_HEAD, ...T3_OTHER_2019, ...T3_TAIL],
  '2021': [...T3_HEAD, ...T3_OTHER_2021, ...T3_TAIL]
};

/** Rows whose sum is （七）总计 (identity T3-2). */
export function t3OutcomeRows(format: Format): string[] {
  return T3_ROWS[format].map((r) => r.key).filter((k) => !['new_received', 'carried_over', 'total_processed', 'carried_forward'].includes(k));
}

export const T4_GROUPS = ['review', 'lit_direct', 'lit_after_review'] as const;
export const T4_OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const T4_GROUP_LABELS: Record<(typeof T4_GROUPS)[number], string> = {
  review: '行政复议',
  lit_direct: '行政诉讼·未经复议直接起诉',
  lit_after_review: '行政诉讼·复议后起诉'
};
export const T4_OUTCOME_LABELS: Record<(typeof T4_OUTCOMES)[number], string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计'
};

export interface T2ItemDef {
  /** `a20_1` … */
  item: string;
  caption: string;
  /** Column key → header label. */
  columns: [string, string][];
  /** Row key → row label. */
  rows: [string, string][];
}

export const T2_ITEMS: Record<Format, T2ItemDef[]> = {
  '2019': [
    { item: 'a20_1', caption: '第二十条第（一）项',
      columns: [['new_made', '本年新制作数量'], ['new_published', '本年新公开数量'], ['total_published', '对外公开总数量']],
      rows: [['regulations', '规章'], ['normative_docs', '规范性文件']] },
    { item: 'a20_5', caption: '第二十条第（五）项',
      columns: [['prev_items', '上一年项目数量'], ['delta_items', '本年增/减'], ['decisions', '处理决定数量']],
      rows: [['admin_license', '行政许可'], ['other_mgmt_services', '其他对外管理服务事项']] },
    { item: 'a20_6', caption: '第二十条第（六）项',
      columns: [['prev_items', '上一年项目数量'], ['delta_items', '本年增/减'], ['decisions', '处理决定数量']],
      rows: [['admin_penalty', '行政处罚'], ['admin_coercion', '行政强制']] },
    { item: 'a20_8', caption: '第二十条第（八）项',
      columns: [['prev_items', '上一年项目数量'], ['delta_items', '本年增/减']],
      rows: [['admin_fees', '行政事业性收费']] },
    { item: 'a20_9', caption: '第二十条第（九）项',
      columns: [['items', '采购项目数量'], ['amount', '采购总金额']],
      rows: [['central_procurement', '政府集中采购']] }
  ],
  '2021': [
    { item: 'a20_1', caption: '第二十条第（一）项',
      columns: [['issued', '本年制发件数'], ['repealed', '本年废止件数'], ['in_force', '现行有效件数']],
      rows: [['regulations', '规章'], ['normative_docs', '行政规范性文件']] },
    { item: 'a20_5', caption: '第二十条第（五）项',
      columns: [['decisions', '本年处理决定数量']],
      rows: [['admin_license', '行政许可']] },
    { item: 'a20_6', caption: '第二十条第（六）项',
      columns: [['decisions', '本年处理决定数量']],
      rows: [['admin_penalty', '行政处罚'], ['admin_coercion', '行政强制']] },
    { item: 'a20_8', caption: '第二十条第（八）项',
      columns: [['amount_wan', '本年收费金额（单位：万元）']],
      rows: [['admin_fees', '行政事业性收费']] }
  ]
};

/** Every 表二 key of a format, in template order: `a20_1.regulations.issued` … */
export function t2Keys(format: Format): string[] {
  return T2_ITEMS[format].flatMap((it) => it.rows.flatMap(([r]) => it.columns.map(([c]) => `${it.item}.${r}.${c}`)));
}

export function t3RowKeys(format: Format): string[] {
  return T3_ROWS[format].map((r) => r.key);
}

/** Label fingerprints for format detection (format-spec §1). */
export const FORMAT_2021_MARKERS = ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '逾期未按收费通知要求缴纳费用'];
export const FORMAT_2019_MARKERS = ['本年新制作数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项', '第二十条第（九）项', '政府集中采购'];
