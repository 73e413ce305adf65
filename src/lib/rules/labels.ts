/** Chinese/English names of table cells, for flag messages. */
import { T3_COLUMN_LABELS, T3_COLUMN_LABELS_EN, T3_ROWS, T4_GROUP_LABELS, T4_OUTCOME_LABELS, T2_ITEMS } from '../report/model';
import type { T3Column } from '../report/model';

const ROW_ZH = new Map<string, string>();
const ROW_EN = new Map<string, string>();
for (const defs of Object.values(T3_ROWS)) {
  for (const d of defs) {
    ROW_ZH.set(d.key, d.group && !d.label.startsWith('（') ? `${d.group}${d.label}` : d.label);
    ROW_EN.set(d.key, d.en);
  }
}

export const t3RowZh = (row: string): string => ROW_ZH.get(row) ?? row;
export const t3RowEn = (row: string): string => ROW_EN.get(row) ?? row;
export const t3ColZh = (col: string): string =>
  col === 'org_subtotal' ? '法人或其他组织小计' : (T3_COLUMN_LABELS[col as T3Column] ?? col);
export const t3ColEn = (col: string): string =>
  col === 'org_subtotal' ? 'Organisations subtotal' : (T3_COLUMN_LABELS_EN[col as T3Column] ?? col);

const T4_GROUP_EN: Record<string, string> = {
  review: 'Administrative review',
  lit_direct: 'Litigation (direct)',
  lit_after_review: 'Litigation (after review)'
};
const T4_OUTCOME_EN: Record<string, string> = {
  upheld: 'upheld', corrected: 'corrected', other: 'other', pending: 'pending', total: 'total'
};
export const t4GroupZh = (g: string): string => (T4_GROUP_LABELS as Record<string, string>)[g] ?? g;
export const t4GroupEn = (g: string): string => T4_GROUP_EN[g] ?? g;
export const t4OutcomeZh = (o: string): string => (T4_OUTCOME_LABELS as Record<string, string>)[o] ?? o;
export const t4OutcomeEn = (o: string): string => T4_OUTCOME_EN[o] ?? o;

const T2_ZH = new Map<string, string>();
for (const items of Object.values(T2_ITEMS)) {
  for (const it of items) {
    for (const [r, rl] of it.rows) for (const [c, cl] of it.columns) T2_ZH.set(`${it.item}.${r}.${c}`, `${rl}·${cl}`);
  }
}
export const t2Zh = (key: string): string => T2_ZH.get(key) ?? key;
