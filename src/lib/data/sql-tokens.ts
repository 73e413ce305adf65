/** A small SQL tokenizer: enough to find statement boundaries, keywords and string literals. */

export type TokenKind = 'word' | 'quoted' | 'string' | 'semicolon' | 'punct' | 'number';

export interface Token {
  kind: TokenKind;
  text: string;
  at: number;
}

export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (ch === "'" || ch === '"') {
      const start = i;
      let text = '';
      i++;
      while (i < sql.length) {
        if (sql[i] === ch) {
          if (sql[i + 1] === ch) {
            text += ch;
            i += 2;
          } else {
            i++;
            break;
          }
        } else text += sql[i++];
      }
      out.push({ kind: ch === "'" ? 'string' : 'quoted', text, at: start });
    } else if (ch === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      // Dollar-quoted string: $tag$ ... $tag$
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      const stop = end < 0 ? sql.length : end;
      out.push({ kind: 'string', text: sql.slice(i + tag.length, stop), at: i });
      i = end < 0 ? sql.length : end + tag.length;
    } else if (/[\p{L}_]/u.test(ch)) {
      let j = i + 1;
      while (j < sql.length && /[\p{L}\p{N}_$]/u.test(sql[j])) j++;
      out.push({ kind: 'word', text: sql.slice(i, j), at: i });
      i = j;
    } else if (/[0-9]/.test(ch)) {
      let j = i + 1;
      while (j < sql.length && /[0-9._eE]/.test(sql[j])) j++;
      out.push({ kind: 'number', text: sql.slice(i, j), at: i });
      i = j;
    } else if (ch === ';') {
      out.push({ kind: 'semicolon', text: ';', at: i++ });
    } else if (/\s/.test(ch)) i++;
    else out.push({ kind: 'punct', text: ch, at: i++ });
  }
  return out;
}

/** Statements as token lists (empty statements dropped). */
export function statements(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'semicolon') out.push([]);
    else out[out.length - 1].push(t);
  }
  return out.filter((s) => s.length > 0);
}
