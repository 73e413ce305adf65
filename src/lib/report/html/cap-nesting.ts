/**
 * Hostile markup guard: tags nested deeper than `max` (512, Blink's parser limit) are dropped, their text kept,
 * in one linear scan before the HTML parser sees the page. Real pages nest a few dozen levels; 10,000 nested tables would make
 * the parser's implied-end-tag handling quadratic.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Often left unclosed in real pages; closed implicitly, so they do not count toward depth. */
const IMPLIED = new Set(['p', 'li', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'option', 'dt', 'dd', 'colgroup', 'caption']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/** [\w:-] */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45;

/**
 * Whether the depth counted over TAG's matches exceeds `max`: the same matches found by a character scan
 * (no match objects). A match is `<`, optional `/`, a letter, then [\w:-]* without trailing `:`/`-` (the `\b`),
 * then everything up to the first `>`; it is self-closing when the character before that `>` is `/`.
 */
function exceedsDepth(html: string, max: number): boolean {
  let depth = 0;
  let i = html.indexOf('<');
  while (i >= 0) {
    let j = i + 1;
    const close = html.charCodeAt(j) === 47;
    if (close) j++;
    if (!isLetter(html.charCodeAt(j))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let e = j + 1;
    while (e < html.length && isNameChar(html.charCodeAt(e))) e++;
    while (html.charCodeAt(e - 1) === 58 || html.charCodeAt(e - 1) === 45) e--;
    const gt = html.indexOf('>', e);
    if (gt < 0) return false;
    const name = html.slice(j, e).toLowerCase();
    if (!(VOID.has(name) || html.charCodeAt(gt - 1) === 47 || IMPLIED.has(name))) {
      depth += close ? -1 : 1;
      if (depth > max) return true;
    }
    i = html.indexOf('<', gt + 1);
  }
  return false;
}

export function capNesting(html: string, max = 512): string {
  if (!exceedsDepth(html, max)) return html;
  let depth = 0;
  return html.replace(TAG, (tag, close: string, rawName: string, self: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || self) return depth > max ? ' ' : tag;
    if (IMPLIED.has(name)) return depth > max ? '\n' : tag;
    if (close) {
      depth--;
      return depth >= max ? '\n' : tag;
    }
    depth++;
    return depth > max ? '\n' : tag;
  });
}
