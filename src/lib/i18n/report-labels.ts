/**
 * Labels of the national templates, taken from src/lib/report/model.ts (the Chinese is never retyped here);
 * only English that model.ts lacks is added.
 */
import {
  T2_ITEMS, T3_COLUMN_LABELS, T3_COLUMN_LABELS_EN, T3_COLUMNS, T3_ROWS, T4_GROUP_LABELS, T4_GROUPS,
  T4_OUTCOME_LABELS, T4_OUTCOMES
} from '../report/model';

type Pair = readonly [zh: string, en: string];

/** "（一）予以公开" → "予以公开"; "（二）部分公开（区分处理的…）" → "部分公开"; "1.属于国家秘密" → "属于国家秘密". */
export function shortLabel(label: string): string {
  return label
    .replace(/^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\.)/, '')
    .replace(/（[^（）]*）$/, '')
    .trim();
}

const T4_GROUP_EN: Record<(typeof T4_GROUPS)[number], string> = {
  review: 'Administrative review', lit_direct: 'Lawsuits filed directly', lit_after_review: 'Lawsuits after review'
};
const T4_OUTCOME_EN: Record<(typeof T4_OUTCOMES)[number], string> = {
  upheld: 'Upheld', corrected: 'Corrected', other: 'Other result', pending: 'Pending', total: 'Total'
};

/** The six outcome groups of 表三 (the `reports` summary columns) → a row key or row-group of model.ts. */
export const OUTCOME_KEYS = ['granted', 'partial', 'denied', 'unable', 'not_processed', 'other'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];
const OUTCOME_EN: Record<OutcomeKey, string> = {
  granted: 'Granted', partial: 'Partly granted', denied: 'Denied', unable: 'Unable to provide',
  not_processed: 'Not processed', other: 'Other handling'
};

function outcomeZh(key: OutcomeKey): string {
  const rows = T3_ROWS['2021'];
  const own = rows.find((r) => r.key === key);
  if (own) return shortLabel(own.label);
  const prefix = key === 'denied' ? 'deny' : key;
  const grouped = rows.find((r) => r.key.startsWith(`${prefix}.`) && r.group);
  if (!grouped?.group) throw new Error(`model.ts has no 表三 row for ${key}`);
  return shortLabel(grouped.group);
}

const DECISION_ROWS = { license: 'admin_license', penalty: 'admin_penalty', coercion: 'admin_coercion' } as const;
const DECISION_EN = { license: 'Licensing decisions', penalty: 'Penalty decisions', coercion: 'Coercive measures' };

function t2RowLabel(row: string): string {
  for (const it of T2_ITEMS['2021']) for (const [k, label] of it.rows) if (k === row) return label;
  throw new Error(`model.ts has no 表二 row ${row}`);
}

function build(): Record<string, Pair> {
  const out: Record<string, Pair> = {};
  for (const rows of Object.values(T3_ROWS)) {
    for (const r of rows) {
      out[`t3.row.${r.key}`] = [r.label, r.en];
      out[`t3.row_short.${r.key}`] = [shortLabel(r.label), r.en];
    }
  }
  for (const c of T3_COLUMNS) out[`t3.col.${c}`] = [T3_COLUMN_LABELS[c], T3_COLUMN_LABELS_EN[c]];
  for (const g of T4_GROUPS) out[`t4.group.${g}`] = [T4_GROUP_LABELS[g], T4_GROUP_EN[g]];
  for (const o of T4_OUTCOMES) out[`t4.outcome.${o}`] = [T4_OUTCOME_LABELS[o], T4_OUTCOME_EN[o]];
  for (const k of OUTCOME_KEYS) out[`outcome.${k}`] = [outcomeZh(k), OUTCOME_EN[k]];
  for (const [k, row] of Object.entries(DECISION_ROWS)) out[`decision.${k}`] = [t2RowLabel(row), DECISION_EN[k as keyof typeof DECISION_EN]];
  out['applicant.natural_person'] = [T3_COLUMN_LABELS.natural_person, T3_COLUMN_LABELS_EN.natural_person];
  return out;
}

export const REPORT_LABELS: Record<string, Pair> = build();
