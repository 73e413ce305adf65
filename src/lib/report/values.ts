/**
 * Reading value tokens out of a stretch of linear text: numbers (possibly glued together), blank markers,
 * units that close a cell (`2笔 984361元`). Tokens keep their character range for provenance.
 */

export interface ValueToken {
  /** The characters of the token: digits with optional sign and decimal point, or the marker. */
  text: string;
  start: number;
  end: number;
  /** `blank`: `/`, `-`, `—`, `无`, `空` used for an empty/zero cell. */
  kind: 'num' | 'blank';
  /** Unit written right after the number (`元`, `万元`, `笔` …). */
  unit?: string;
}

const UNITS = ['万元', '批次', '元', '笔', '个', '件', '项', '条', '批', '家', '次', '宗'];
const BLANK_MARKERS = new Set(['/', '-', '—', '--', '——', '无', '空', '\\', 'N/A', 'NA']);

const isDigit = (c: string) => c >= '0' && c <= '9';
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u3000' || c === '\u00a0';

export interface TokenizeOptions {
  /** Accept units after numbers (表二). */
  units?: boolean;
}

/**
 * Value tokens in text[start, end): leading non-value text (rest of a label) is skipped; reading stops at the
 * first non-value text after a value. A number glued to `年`/`月`/`日` is a date, not a value, and stops reading.
 */
export function tokenizeValues(text: string, start: number, end: number, opts: TokenizeOptions = {}): ValueToken[] {
  const out: ValueToken[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(end, text.length);
  let seen = false;
  while (i < stop) {
    const c = text[i];
    if (isSpace(c)) { i++; continue; }
    const numEnd = scanNumber(text, i, stop);
    if (numEnd > i) {
      const after = text[numEnd];
      if (after === '年' || after === '月' || after === '日' || after === '%' || after === '号') {
        // `20000022025年`: a value glued to the year that opens the next sentence
        const yearAt = numEnd - 4;
        if (after === '年' && yearAt > i && /^\d+$/.test(text.slice(i, numEnd)) && /^(?:19|20)\d\d$/.test(text.slice(yearAt, numEnd))) {
          out.push({ text: text.slice(i, yearAt), start: i, end: yearAt, kind: 'num' });
          break;
        }
        if (seen) break;
        i = numEnd + 1;
        continue;
      }
      const tok: ValueToken = { text: text.slice(i, numEnd), start: i, end: numEnd, kind: 'num' };
      let j = numEnd;
      if (opts.units) {
        while (j < stop && text[j] === ' ' && j - numEnd < 2) j++;
        const unit = UNITS.find((u) => text.startsWith(u, j) && j + u.length <= stop);
        if (unit) { tok.unit = unit; j += unit.length; } else j = numEnd;
      }
      out.push(tok);
      seen = true;
      i = j;
      continue;
    }
    const marker = scanMarker(text, i, stop);
    if (marker > i) {
      out.push({ text: text.slice(i, marker), start: i, end: marker, kind: 'blank' });
      seen = true;
      i = marker;
      continue;
    }
    if (seen) break;
    i++;
  }
  return out;
}

/** End of a run of digits with optional leading sign and internal signs/decimal points, or `start`. */
function scanNumber(text: string, start: number, stop: number): number {
  let j = start;
  if ((text[j] === '+' || text[j] === '-') && j + 1 < stop && isDigit(text[j + 1])) j++;
  if (!isDigit(text[j] ?? '')) return start;
  // thousands separators: 1,234,567 (a 1–3 digit head, then groups of exactly three digits)
  let head = j;
  while (head < stop && isDigit(text[head])) head++;
  if (head - j <= 3 && text[head] === ',' && isThousands(text, head, stop)) {
    let k = head;
    while (text[k] === ',' && isThousands(text, k, stop)) k += 4;
    if (text[k] === '.' && isDigit(text[k + 1] ?? '')) { k++; while (k < stop && isDigit(text[k])) k++; }
    return k;
  }
  while (j < stop) {
    const c = text[j];
    if (isDigit(c)) { j++; continue; }
    if ((c === '.' || c === '+' || c === '-') && j + 1 < stop && isDigit(text[j + 1])) { j++; continue; }
    break;
  }
  return j;
}

function isThousands(text: string, comma: number, stop: number): boolean {
  return comma + 3 < stop && isDigit(text[comma + 1]) && isDigit(text[comma + 2]) && isDigit(text[comma + 3]) && !isDigit(text[comma + 4] ?? '');
}

function scanMarker(text: string, start: number, stop: number): number {
  const prevOk = start === 0 || isSpace(text[start - 1]) || isDigit(text[start - 1]);
  if (!prevOk) return start;
  for (const m of ['N/A', '——', '--', 'NA', '—', '/', '-', '\\', '无', '空']) {
    if (text.startsWith(m, start) && start + m.length <= stop) {
      const next = text[start + m.length];
      if (next === undefined || start + m.length === stop || isSpace(next) || isDigit(next)) return start + m.length;
    }
  }
  return start;
}

export function isBlankMarker(s: string): boolean {
  return BLANK_MARKERS.has(s.trim()) || s.trim() === '';
}

/** Parse one cell's text (grid cells): number, blank marker (0, blank) or unreadable (null). */
export function parseCellValue(raw: string): { value: number | null; blank: boolean } {
  const s = raw.replace(/[\s\u00a0]/g, '').replace(/(万元|元|件|项|条|个|笔|批次)$/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (s === '' || BLANK_MARKERS.has(s)) return { value: 0, blank: true };
  if (/^[+-]?(\d+)(\.\d+)?$/.test(s)) return { value: Number(s), blank: false };
  return { value: null, blank: false };
}
