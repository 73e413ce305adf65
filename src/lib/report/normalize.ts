/**
 * Text normalisation shared by every input kind. Traditional→Simplified runs before this (parse-inputs).
 * Line breaks are kept; offsets of the result are what provenance refers to.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Spaces NFKC leaves alone (it already maps U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000 to ' '). */
const ODD_SPACES = /[\t\v\f\u1680]/g;
const PINYIN_GROUP = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)/y;

/** `號(hào)`, `政(zheng)(zheng)府(fu)`: drops romanisation in parentheses right after a CJK character. */
function stripInlinePinyin(s: string): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) {
    if (i === 0) continue;
    const prev = s.charCodeAt(i - 1);
    if (prev < 0x3400 || prev > 0x9fff) continue;
    let j = i;
    for (;;) {
      PINYIN_GROUP.lastIndex = j;
      if (!PINYIN_GROUP.test(s)) break;
      j = PINYIN_GROUP.lastIndex;
    }
    if (j === i) continue;
    out += s.slice(from, i);
    from = j;
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Removes `<!--…-->` (Word conditional comments in crawled pages); linear time, unclosed comments are kept. */
function stripHtmlComments(s: string): string {
  let i = s.indexOf('<!--');
  if (i < 0) return s;
  let out = '';
  let from = 0;
  while (i >= 0) {
    const end = s.indexOf('-->', i + 4);
    if (end < 0) break;
    out += s.slice(from, i);
    from = end + 3;
    i = s.indexOf('<!--', from);
  }
  return out + s.slice(from);
}

const PINYIN_HINT = /[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]/;

export function normalizeText(raw: string): string {
  if (!raw) return '';
  let s = raw.replace(/\r\n?/g, '\n');
  s = stripHtmlComments(s);
  s = s.normalize('NFKC');
  s = s.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
  if (PINYIN_HINT.test(s)) s = stripInlinePinyin(s);
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
  const n = text.length;
  const map = new Int32Array(n + 1);
  const codes = new Uint16Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let out: number;
    if (code < 0x80) out = code <= 32 ? -1 : code;
    else if (code >= 0x4e00 && code <= 0x9fff) out = code;
    else out = foldCode(code);
    if (out >= 0) {
      codes[k] = out;
      map[k++] = i;
    }
  }
  map[k] = n;
  return { key: UTF16.decode(codes.subarray(0, k)), map: map.subarray(0, k + 1) };
}

const UTF16 = new TextDecoder('utf-16le');
const foldCache = new Map<number, number>();
/** Folded UTF-16 code for a non-ASCII, non-CJK unit; -1 drops it. Surrogates pass through unchanged. */
function foldCode(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code;
  let v = foldCache.get(code);
  if (v === undefined) {
    const f = foldChar(String.fromCharCode(code));
    v = f.length === 1 ? f.charCodeAt(0) : -1;
    foldCache.set(code, v);
  }
  return v;
}
