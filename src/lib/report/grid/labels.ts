/**
 * Row and column label matching for grid tables (labels as in docs/FORMAT-SPEC.md §3–§5, with the drift of §7.13).
 * Matching works on a compact key: punctuation, spaces and leading ordinals removed.
 */
import { t3RowFromLabel } from '../labels';

/**
 * Pure string → result functions called for the same template labels in every report: results are kept for
 * short inputs (bounded; cleared when full).
 */
export function memo<R>(fn: (s: string) => R, max = 4096): (s: string) => R {
  const cache = new Map<string, R>();
  return (s) => {
    if (s.length > 160) return fn(s);
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v as R;
  };
}

/** Compact comparison key: NFKC, no whitespace/punctuation/quotes. */
export const compact = memo((s: string): string =>
  s.normalize('NFKC').replace(/[\s\u00a0\u3000()（）【】\[\]:：,，、.．。;；“”"'‘’「」《》〈〉<>/·\-—_|]+/g, '')
);

/** Remove a leading ordinal such as `一、` `(三)` `1.` `3、`. */
export const stripOrdinal = memo((s: string): string =>
  s.normalize('NFKC').replace(/^\s*(?:[一二三四五六七八九十]+[、.．,]|\(\s*[一二三四五六七八九十]+\s*\)|[0-9]{1,2}\s*[.、．,](?!\d))\s*/, '')
);

type Matcher = [key: string, test: (leaf: string, group: string) => boolean];
const has = (...parts: string[]) => (leaf: string) => parts.some((p) => leaf.includes(p));

/** Ordered: the first match wins. `leaf` and `group` are compact keys without ordinals. */
const T3_ROW_MATCHERS: Matcher[] = [
  ['new_received', has('本年新收')],
  ['carried_over', has('上年结转')],
  ['carried_forward', has('结转下年', '转下年度')],
  ['partial', has('部分公开')],
  ['granted', (l) => l.startsWith('予以公开') || l === '公开'],
  ['deny.state_secret', has('国家秘密')],
  ['deny.law_prohibited', has('禁止公开')],
  ['deny.security_stability', has('三安全一稳定', '安全一稳定')],
  ['deny.third_party', has('第三方')],
  ['deny.internal_affairs', has('内部事务')],
  ['deny.process_info', has('过程性')],
  ['deny.enforcement_file', has('执法案卷', '执法案件')],
  ['deny.admin_query', has('行政查询', '查询事项')],
  ['unable.not_held', has('不掌握')],
  ['unable.needs_creation', has('另行制作', '没有现成')],
  ['unable.unclear_after_correction', has('仍不明确', '补正后')],
  ['not_processed.petition', has('信访', '举报投诉')],
  ['not_processed.mass_repeat', has('大量反复')],
  ['not_processed.repeat', has('重复申请')],
  ['not_processed.publication', has('出版物')],
  ['not_processed.confirm_reissue', has('确认或重新出具', '重新出具')],
  ['other.no_correction', has('逾期不补正', '不补正')],
  ['other.fee_unpaid', has('收费通知', '缴纳费用', '未缴费', '逾期未缴')],
  ['other.total', (l) => l === '其他处理'],
  ['other.other', (l, g) => l === '其他' && g.includes('其他处理')],
  ['total_processed', (l, g) => l === '总计' || l === '合计' || (l.includes('总计') && !g.includes('申请人'))]
];

/**
 * 表三 row key for a row's label cells (outermost first), or null. `prevKey` is the key of the row above:
 * a bare `3.其他` is other.other only inside the (六) group.
 */
export function t3RowKey(labels: string[], prevKey: string | null = null): string | null {
  if (!labels.length || labels.some((l) => l.includes('\u0001') || l.includes('\u0002'))) return t3RowKeyOf(labels, prevKey);
  return t3RowKeyMemo(`${prevKey ?? ''}\u0001${labels.join('\u0002')}`);
}
const t3RowKeyMemo = memo((k: string): string | null => {
  const [prev, joined] = k.split('\u0001');
  return t3RowKeyOf(joined.split('\u0002'), prev || null);
});

function t3RowKeyOf(labels: string[], prevKey: string | null): string | null {
  const parts = labels.map((l) => compact(stripOrdinal(l))).filter(Boolean);
  if (parts.length === 0) return null;
  const leaf = parts[parts.length - 1];
  const group = parts.slice(0, -1).join('|');
  for (const [key, test] of T3_ROW_MATCHERS) if (test(leaf, group)) return key;
  if (leaf === '其他' && (group.includes('其他') || prevKey?.startsWith('other.'))) return 'other.other';
  // A 2021 (六) row laid out with the group text in the leaf position, e.g. "(六)其他处理3.其他".
  if (leaf.endsWith('其他') && leaf.includes('其他处理')) return 'other.other';
  const core = t3RowFromLabel(labels[labels.length - 1], group.includes('其他'));
  return core && !core.startsWith('group:') ? core : null;
}

/** 表三 column key from the header texts above a data column (outermost first). */
export function t3ColumnKey(headers: string[]): string | null {
  const hs = headers.map(compact);
  const leaf = hs[hs.length - 1] ?? '';
  if (leaf.includes('自然人')) return 'natural_person';
  if (leaf.includes('商业企业')) return 'commercial';
  if (leaf.includes('科研机构')) return 'research';
  if (leaf.includes('社会公益')) return 'social_welfare';
  if (leaf.includes('法律服务')) return 'legal_service';
  if (leaf === '其他' || leaf === '其他组织') return 'other_org';
  if (leaf.includes('总计') || leaf === '合计') return 'total';
  if (leaf.includes('法人或其他组织') || leaf === '小计') return 'org_subtotal';
  return null;
}

/** 表四 group from the header cells above a column, most specific first; a cell naming both 复议 and 诉讼 (a section title) says nothing. */
export function t4GroupKey(headers: string[]): string | null {
  for (const h of headers.map(compact).reverse()) {
    if (h.includes('未经复议')) return 'lit_direct';
    if (h.includes('复议后起诉')) return 'lit_after_review';
    if (h.includes('行政复议') && !h.includes('诉讼')) return 'review';
  }
  return null;
}

export const t4OutcomeKey = memo((leafHeader: string): string | null => {
  const l = compact(leafHeader);
  if (l.includes('维持')) return 'upheld';
  if (l.includes('纠正')) return 'corrected';
  if (l.includes('其他')) return 'other';
  if (l.includes('尚未审结') || l.includes('未审结')) return 'pending';
  if (l.includes('总计') || l === '合计') return 'total';
  return null;
});

/** 表二 item from a caption such as 第二十条第(一)项. */
export const t2Item = memo((text: string): string | null => {
  const m = compact(text).match(/第二十条第?([一二三四五六七八九十]+)项/);
  if (!m) return null;
  const n = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].indexOf(m[1]) + 1;
  return n > 0 ? `a20_${n}` : null;
});

export function t2RowKey(item: string, label: string): string | null {
  const l = compact(stripOrdinal(label));
  if (item === 'a20_1') return l === '规章' ? 'regulations' : l.endsWith('规范性文件') ? 'normative_docs' : null;
  if (item === 'a20_5') return l.includes('行政许可') ? 'admin_license' : l.includes('其他对外管理服务') ? 'other_mgmt_services' : null;
  if (item === 'a20_6') return l.includes('行政处罚') ? 'admin_penalty' : l.includes('行政强制') ? 'admin_coercion' : null;
  if (item === 'a20_8') return l.includes('行政事业性收费') || l.includes('收费') ? 'admin_fees' : null;
  if (item === 'a20_9') return l.includes('集中采购') || l.includes('采购') ? 'central_procurement' : null;
  return null;
}

/** 表二 column key from a header label; the format decides between look-alikes. */
export const t2ColumnKey = memo((header: string): { key: string; format: '2019' | '2021' | null } | null => {
  const h = compact(header);
  if (h.includes('新制作')) return { key: 'new_made', format: '2019' };
  if (h.includes('新公开')) return { key: 'new_published', format: '2019' };
  if (h.includes('对外公开总')) return { key: 'total_published', format: '2019' };
  if (h.includes('制发')) return { key: 'issued', format: '2021' };
  if (h.includes('废止') || h.includes('废纸')) return { key: 'repealed', format: '2021' };
  if (h.includes('现行有效')) return { key: 'in_force', format: '2021' };
  if (h.includes('上一年项目')) return { key: 'prev_items', format: '2019' };
  if (h.includes('增') && h.includes('减')) return { key: 'delta_items', format: '2019' };
  if (h.includes('收费金额')) return { key: 'amount_wan', format: '2021' };
  if (h.includes('采购项目')) return { key: 'items', format: '2019' };
  if (h.includes('采购总金额') || h.includes('采购金额')) return { key: 'amount', format: '2019' };
  if (h.includes('本年处理决定')) return { key: 'decisions', format: '2021' };
  if (h.includes('处理决定')) return { key: 'decisions', format: null };
  return null;
});
