/** One table cell's text → number, zero-by-blank, or unreadable. */
import { memo } from './labels';

export type CellValue =
  | { kind: 'number'; value: number }
  | { kind: 'blank'; value: 0 }
  | { kind: 'unreadable'; value: null };

const BLANK = /^(?:|\/|-|—|–|－|―|─|无|空|\\)$/;
const UNIT = /(?:件|项|个|条|次|笔|家|万元|元|人次|人)$/;

export const cellValue = memo(cellValueOf);

function cellValueOf(text: string): CellValue {
  let t = text.normalize('NFKC').replace(/[\s\u00a0]+/g, '');
  if (BLANK.test(t)) return { kind: 'blank', value: 0 };
  t = t.replace(UNIT, '');
  if (/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(t)) {
    const v = Number(t.replace(/,/g, ''));
    if (Number.isFinite(v)) return { kind: 'number', value: Object.is(v, -0) ? 0 : v };
  }
  return { kind: 'unreadable', value: null };
}

/** A cell that can be a table value (used to tell data rows from label rows). */
export const isValueLike = (text: string): boolean => cellValue(text).kind !== 'unreadable';
