/**
 * Label aliases for the three tables (format-spec §3–§5, §7.13) and matchers.
 * Aliases are stored in matchKey form without the row ordinal; the expected ordinal is kept apart
 * so linear text can cut `…40000042.其他法律…` at the right digit.
 */
import { matchKey } from './normalize';
import type { Format } from './types';

export interface LabelDef {
  /** Row/column key, or a group id starting with `group:` / `stop:`. */
  key: string;
  /** Ordinal as printed before the label, in matchKey form: `一,` `(一)` `1.`; '' when none. */
  ordinal: string;
  /** Aliases in matchKey form, most specific first. */
  aliases: string[];
}

const k = (xs: string[]) => xs.map(matchKey);
const def = (key: string, ordinal: string, aliases: string[]): LabelDef => ({ key, ordinal: matchKey(ordinal), aliases: k(aliases) });

const NO_CORRECTION = '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
const FEE_UNPAID = '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

/** 表三 rows and group labels in template order; `other.total` is the 2019 single row and the 2021 group label. */
export const T3_LINEAR_LABELS: LabelDef[] = [
  def('new_received', '一、', ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请', '本年新收']),
  def('carried_over', '二、', ['上年结转政府信息公开申请数量', '上年结转政府信息公开申请', '上年结转']),
  def('group:results', '三、', ['本年度办理结果']),
  def('granted', '（一）', ['予以公开']),
  def('partial', '（二）', ['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开']),
  def('group:deny', '（三）', ['不予公开', '不子公开']),
  def('deny.state_secret', '1.', ['属于国家秘密']),
  def('deny.law_prohibited', '2.', ['其他法律行政法规禁止公开', '其他法律和行政法规禁止公开', '法律行政法规禁止公开']),
  def('deny.security_stability', '3.', ['危及“三安全一稳定”', '危及三安全一稳定', '三安全一稳定', '危及']),
  def('deny.third_party', '4.', ['保护第三方合法权益']),
  def('deny.internal_affairs', '5.', ['属于三类内部事务信息']),
  def('deny.process_info', '6.', ['属于四类过程性信息']),
  def('deny.enforcement_file', '7.', ['属于行政执法案卷', '属于行政执法案件']),
  def('deny.admin_query', '8.', ['属于行政查询事项']),
  def('group:unable', '（四）', ['无法提供']),
  def('unable.not_held', '1.', ['本机关不掌握相关政府信息', '不掌握相关政府信息']),
  def('unable.needs_creation', '2.', ['没有现成信息需要另行制作', '需要另行制作']),
  def('unable.unclear_after_correction', '3.', ['补正后申请内容仍不明确']),
  def('group:not_processed', '（五）', ['不予处理']),
  def('not_processed.petition', '1.', ['信访举报投诉类申请']),
  def('not_processed.repeat', '2.', ['重复申请']),
  def('not_processed.publication', '3.', ['要求提供公开出版物']),
  def('not_processed.mass_repeat', '4.', ['无正当理由大量反复申请']),
  def('not_processed.confirm_reissue', '5.', ['要求行政机关确认或重新出具已获取信息']),
  def('other.total', '（六）', ['其他处理']),
  def('other.no_correction', '1.', [NO_CORRECTION, NO_CORRECTION.replace('处理其', '受理其'), '申请人无正当理由逾期不补正', '逾期不补正']),
  def('other.fee_unpaid', '2.', [FEE_UNPAID, FEE_UNPAID.replace('处理其', '受理其'), '申请人逾期未按收费通知要求缴纳费用', '逾期未按收费通知要求缴纳费用', '逾期未缴费']),
  def('other.other', '3.', ['其他']),
  def('total_processed', '（七）', ['总计', '合计']),
  def('carried_forward', '四、', ['结转下年度继续办理', '结转下年度继续处理', '结转下年度'])
];

export const T3_COLUMN_ALIASES: Record<string, string[]> = {
  natural_person: k(['自然人']),
  commercial: k(['商业企业']),
  research: k(['科研机构']),
  social_welfare: k(['社会公益组织']),
  legal_service: k(['法律服务机构']),
  other_org: k(['其他']),
  org_subtotal: k(['小计', '法人或其他组织']),
  total: k(['总计', '合计'])
};

export const T4_GROUP_ALIASES: Record<string, string[]> = {
  review: k(['行政复议', '行政法复议']),
  lit_direct: k(['未经复议直接起诉']),
  lit_after_review: k(['复议后起诉'])
};
export const T4_OUTCOME_ALIASES: Record<string, string[]> = {
  upheld: k(['结果维持']),
  corrected: k(['结果纠正']),
  other: k(['其他结果']),
  pending: k(['尚未审结']),
  total: k(['总计', '合计'])
};

/** 表二 captions (`第二十条第（一）项` …) → item id. */
export const T2_CAPTIONS: [string, string][] = [
  ['a20_1', matchKey('第二十条第（一）项')],
  ['a20_5', matchKey('第二十条第（五）项')],
  ['a20_6', matchKey('第二十条第（六）项')],
  ['a20_8', matchKey('第二十条第（八）项')],
  ['a20_9', matchKey('第二十条第（九）项')]
];

export interface T2RowDef { item: string; row: string; aliases: string[] }
export const T2_ROW_LABELS: T2RowDef[] = [
  { item: 'a20_1', row: 'regulations', aliases: k(['规章']) },
  { item: 'a20_1', row: 'normative_docs', aliases: k(['行政规范性文件', '规范性文件']) },
  { item: 'a20_5', row: 'admin_license', aliases: k(['行政许可']) },
  { item: 'a20_5', row: 'other_mgmt_services', aliases: k(['其他对外管理服务事项']) },
  { item: 'a20_6', row: 'admin_penalty', aliases: k(['行政处罚']) },
  { item: 'a20_6', row: 'admin_coercion', aliases: k(['行政强制']) },
  { item: 'a20_8', row: 'admin_fees', aliases: k(['行政事业性收费']) },
  { item: 'a20_9', row: 'central_procurement', aliases: k(['政府集中采购']) }
];

/** 表二 column header aliases per format. */
export const T2_COLUMN_ALIASES: Record<Format, Record<string, string[]>> = {
  '2019': {
    new_made: k(['本年新制作数量']),
    new_published: k(['本年新公开数量', '本公开数量']),
    total_published: k(['对外公开总数量']),
    prev_items: k(['上一年项目数量']),
    delta_items: k(['本年增/减', '本年增减']),
    decisions: k(['处理决定数量']),
    items: k(['采购项目数量']),
    amount: k(['采购总金额'])
  },
  '2021': {
    issued: k(['本年制发件数']),
    repealed: k(['本年废止件数', '本年废纸件数']),
    in_force: k(['现行有效件数', '先行有效件数']),
    decisions: k(['本年处理决定数量']),
    amount_wan: k(['本年收费金额（单位：万元）', '本年收费金额（万元）', '本年收费金额'])
  }
};

const ORDINAL_PREFIX = /^(?:[一二三四五六七八九十]+[,.]|\([一二三四五六七八九十]+\)|\d{1,2}[.,)]|\(\d{1,2}\))/;

/** Strip a leading ordinal such as `一、` `（三）` `2.` from a label in matchKey form. */
export function stripOrdinal(key: string): string {
  return key.replace(ORDINAL_PREFIX, '');
}

function bestAlias<T extends string>(label: string, table: Record<T, string[]> | [T, string[]][]): T | null {
  const key = stripOrdinal(matchKey(label));
  if (!key) return null;
  const entries = (Array.isArray(table) ? table : Object.entries(table)) as [T, string[]][];
  for (const [name, aliases] of entries) if (aliases.includes(key)) return name;
  let best: T | null = null;
  let bestLen = 0;
  for (const [name, aliases] of entries) {
    for (const a of aliases) {
      if (a.length > bestLen && a.length >= 2 && key.includes(a)) { best = name; bestLen = a.length; }
    }
  }
  return best;
}

/**
 * 表三 row key for a label cell (ordinal optional). Group labels return `group:…`.
 * `（六）其他处理` returns `other.total`; in a 2021 table it is the group label of the three sub-rows.
 * `3.其他` is `other.other` only inside the （六） group: pass `inOtherGroup`.
 */
export function t3RowFromLabel(label: string, inOtherGroup = false): string | null {
  const key = stripOrdinal(matchKey(label));
  if (key === '其他') return inOtherGroup ? 'other.other' : null;
  const entries: [string, string[]][] = T3_LINEAR_LABELS.filter((d) => d.key !== 'other.other').map((d) => [d.key, d.aliases.filter((a) => a.length >= 2 && a !== '危及')]);
  return bestAlias(label, entries);
}

export function t3ColumnFromLabel(label: string): string | null {
  const key = matchKey(label);
  if (key === '其他') return 'other_org';
  if (key === '小计') return 'org_subtotal';
  return bestAlias(label, T3_COLUMN_ALIASES);
}

export function t4GroupFromLabel(label: string): string | null {
  return bestAlias(label, T4_GROUP_ALIASES);
}
export function t4OutcomeFromLabel(label: string): string | null {
  return bestAlias(label, T4_OUTCOME_ALIASES);
}

/** 表二 caption → item id (`a20_1` …). */
export function t2ItemFromCaption(label: string): string | null {
  const key = matchKey(label);
  for (const [item, cap] of T2_CAPTIONS) if (key.includes(cap)) return item;
  return null;
}

/** 表二 row label → `{item,row}`. `规范性文件` and `行政规范性文件` both map to normative_docs. */
export function t2RowFromLabel(label: string): { item: string; row: string } | null {
  const key = stripOrdinal(matchKey(label));
  let best: T2RowDef | null = null;
  for (const d of T2_ROW_LABELS) if (d.aliases.includes(key)) return { item: d.item, row: d.row };
  let bestLen = 0;
  for (const d of T2_ROW_LABELS) for (const a of d.aliases) if (a.length > bestLen && key.includes(a)) { best = d; bestLen = a.length; }
  return best ? { item: best.item, row: best.row } : null;
}

/** 表二 column header → `{format, column}`; the format tells which template the header belongs to. */
export function t2ColumnFromLabel(label: string): { format: Format; column: string } | null {
  const key = matchKey(label);
  let best: { format: Format; column: string } | null = null;
  let bestLen = 0;
  for (const format of ['2021', '2019'] as Format[]) {
    for (const [column, aliases] of Object.entries(T2_COLUMN_ALIASES[format])) {
      for (const a of aliases) {
        if (key === a) return { format, column };
        if (a.length > bestLen && key.includes(a)) { best = { format, column }; bestLen = a.length; }
      }
    }
  }
  return best;
}
