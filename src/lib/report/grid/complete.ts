/**
 * Makes grid-read tables complete for their template: every expected cell is present (null when the table
 * lacks it), and per-row CELL-MISSING / CELL-BLANK flags name the cells (same shape as the linear parser's).
 */
import { T3_COLUMNS, T4_GROUPS, T4_OUTCOMES, T2_ITEMS, T3_ROWS } from '../model';
import type { Flag, Format, T3Row } from '../types';
import type { TablesRead } from './read-tables';

const t3Label = new Map(Object.values(T3_ROWS).flat().map((d) => [d.key, d.label]));
const T4_LABEL: Record<string, string> = { review: '行政复议', lit_direct: '行政诉讼（未经复议直接起诉）', lit_after_review: '行政诉讼（复议后起诉）' };

function rowOf(path: string): string {
  const parts = path.split('.');
  return parts.slice(0, -1).join('.');
}

function rowLabel(row: string): string {
  const [table, ...rest] = row.split('.');
  const key = rest.join('.');
  if (table === 't3') return t3Label.get(key) ?? key;
  if (table === 't4') return T4_LABEL[key] ?? key;
  for (const items of Object.values(T2_ITEMS)) for (const it of items) for (const [r, l] of it.rows) if (`${it.item}.${r}` === key) return l;
  return key;
}

/** 2019 or 2021 shape of the 表三 (六) rows as read. */
export function t3Shape(t3: Record<string, T3Row>): Format | null {
  if (t3['other.total']) return '2019';
  if (t3['other.no_correction'] || t3['other.fee_unpaid'] || t3['other.other']) return '2021';
  return null;
}

export function completeTables(read: TablesRead, format: Format): Flag[] {
  const missing = new Set(read.unreadable);
  if (read.found.t3) {
    const shape = t3Shape(read.t3) ?? format;
    for (const def of T3_ROWS[shape]) {
      const row = (read.t3[def.key] ??= {});
      for (const c of T3_COLUMNS) if (!(c in row)) { row[c] = null; missing.add(`t3.${def.key}.${c}`); }
    }
  }
  if (read.found.t4) {
    for (const g of T4_GROUPS) {
      const grp = (read.t4[g] ??= {});
      for (const o of T4_OUTCOMES) if (!(o in grp)) { grp[o] = null; missing.add(`t4.${g}.${o}`); }
    }
  }
  if (read.found.t2) {
    const t2Format: Format = read.formatVotes['2021'] > read.formatVotes['2019'] ? '2021' : read.formatVotes['2019'] > 0 ? '2019' : format;
    for (const it of T2_ITEMS[t2Format]) {
      for (const [r] of it.rows) for (const [c] of it.columns) {
        const key = `${it.item}.${r}.${c}`;
        if (!(key in read.t2)) { read.t2[key] = null; missing.add(`t2.${key}`); }
      }
    }
  }
  const flags: Flag[] = [];
  const byRow = (paths: Iterable<string>) => {
    const m = new Map<string, string[]>();
    for (const p of paths) {
      const r = rowOf(p);
      m.set(r, [...(m.get(r) ?? []), p]);
    }
    return m;
  };
  for (const [row, cells] of byRow(missing)) {
    const label = rowLabel(row);
    flags.push({
      rule: 'CELL-MISSING', severity: 'warning', cells, expected: null, actual: null,
      message: `「${label}」行有${cells.length}个单元格缺失或无法读取`, message_en: `row "${label}": ${cells.length} cell(s) missing or unreadable`
    });
  }
  for (const [row, cells] of byRow(read.blank)) {
    const label = rowLabel(row);
    flags.push({
      rule: 'CELL-BLANK', severity: 'info', cells, expected: 0, actual: null,
      message: `「${label}」行以空白或符号表示0`, message_en: `row "${label}" uses a blank or marker for zero`
    });
  }
  return flags;
}
