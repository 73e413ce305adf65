/**
 * Hostile markup guard: tags nested deeper than `max` (512, Blink's parser limit) are dropped, their text kept,
 * in one linear scan before the HTML parser sees the page. Real pages nest a few dozen levels; 10,000 nested tables would make
 * the parser's implied-end-tag handling quadratic.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Often left unclosed in real pages; closed implicitly, so they do not count toward depth. */
const IMPLIED = new Set(['p', 'li', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'option', 'dt', 'dd', 'colgroup', 'caption']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

export function capNesting(html: string, max = 512): string {
  let depth = 0;
  let over = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || m[3] || IMPLIED.has(name)) continue;
    depth += m[1] ? -1 : 1;
    if (depth > max) {
      over = true;
      break;
    }
  }
  if (!over) return html;
  depth = 0;
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
