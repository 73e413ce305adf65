/**
 * Text normalisation shared by every input kind. Traditional→Simplified runs before this (parse-inputs).
 * Line breaks are kept; offsets of the result are what provenance refers to.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const HTML_COMMENT = /<!--[\s\S]{0,2000}?-->/g;
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** `號(hào)`, `政(zheng)(zheng)府(fu)`: romanisation in parentheses right after a CJK character. */
const INLINE_PINYIN = /(?<=[\u3400-\u9fff])(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\))+/g;

export function normalizeText(raw: string): string {
  if (!raw) return '';
  let s = raw.replace(/\r\n?/g, '\n');
  s = s.replace(HTML_COMMENT, '');
  s = s.normalize('NFKC');
  s = s.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
  s = s.replace(INLINE_PINYIN, '');
  return s;
}

/** Per-character fold used for label comparison; '' drops the character. */
export function foldChar(c: string): string {
  switch (c) {
    case '（': return '(';
    case '）': return ')';
    case '：': return ':';
    case '，': case '、': case '，': return ',';
    case '．': case '。': return '.';
    case '“': case '”': case '„': case '‟': case '＂': case '「': case '」': return '"';
    case '‘': case '’': case '＇': case '『': case '』': return "'";
    case '／': return '/';
    case '－': case '—': case '–': case '−': return '-';
    case '﹢': case '＋': return '+';
    default:
      return /\s/.test(c) || ZERO_WIDTH_ONE.test(c) ? '' : c;
  }
}
const ZERO_WIDTH_ONE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** Canonical form for comparing labels: no whitespace, unified brackets, colons, commas, quotes. */
export function matchKey(s: string): string {
  const n = s.normalize('NFKC');
  let out = '';
  for (const c of n) out += foldChar(c);
  return out;
}

/** Folded text plus, for each folded character, its offset in the original string. */
export interface Compact {
  key: string;
  /** map[i] = offset in the source of key[i]; map[key.length] = source length. */
  map: Int32Array;
}

/** Fold an already-normalised text character by character, keeping offsets (UTF-16 units). */
export function compact(text: string): Compact {
  const map = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const f = ch === ' ' || ch === '\n' ? '' : foldFast(ch);
    if (f.length === 1) {
      parts.push(f);
      map[k++] = i;
    }
  }
  map[k] = text.length;
  return { key: parts.join(''), map: map.subarray(0, k + 1) };
}

function foldFast(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code <= 32 ? '' : c;
  if (code >= 0xd800 && code <= 0xdfff) return c;
  return foldChar(c);
}
