/** Finding labels in linear text through its folded (whitespace-free) form, with offsets back to the text. */
import { compact, type Compact } from '../normalize';

export interface Hit {
  /** [start, end) in the folded key. */
  cStart: number;
  cEnd: number;
  /** Index of the alias that matched. */
  alias: number;
}

export class Locator {
  readonly c: Compact;
  constructor(readonly text: string) {
    this.c = compact(text);
  }
  get key(): string {
    return this.c.key;
  }
  /** Text offset of folded position ci (start of that character; ci = key.length → text length). */
  toText(ci: number): number {
    const m = this.c.map;
    return m[Math.max(0, Math.min(ci, m.length - 1))];
  }
  /** Text offset just after the folded character ci-1 (end of a span). */
  toTextEnd(ci: number): number {
    if (ci <= 0) return 0;
    const m = this.c.map;
    const last = Math.min(ci - 1, m.length - 2);
    return last < 0 ? 0 : m[last] + 1;
  }
  /**
   * Earliest occurrence of any alias in key[from, to); ties go to the longest alias. When `ordinal` is given and
   * the folded text right before the hit is that ordinal (`2.`, `(三)`, `一,`; `.`/`,` interchangeable), the hit is
   * extended back over it.
   */
  find(aliases: string[], from: number, to: number, ordinal = ''): Hit | null {
    const key = this.c.key;
    from = Math.max(0, from);
    const end = Math.min(to, key.length);
    if (end <= from) return null;
    const win = from === 0 && end === key.length ? key : key.slice(from, end);
    let best: Hit | null = null;
    for (let a = 0; a < aliases.length; a++) {
      const al = aliases[a];
      if (!al) continue;
      const w = win.indexOf(al);
      if (w < 0) continue;
      const i = from + w;
      if (!best || i < best.cStart || (i === best.cStart && i + al.length > best.cEnd)) best = { cStart: i, cEnd: i + al.length, alias: a };
    }
    if (best && ordinal) {
      for (const o of ordinalForms(ordinal)) {
        const s = best.cStart - o.length;
        if (s >= from && key.startsWith(o, s)) { best.cStart = s; break; }
      }
    }
    return best;
  }
  /** First regex match in key[from, to) (the regex must not be global/sticky). */
  findRegex(re: RegExp, from: number, to: number): Hit | null {
    const key = this.c.key;
    const slice = key.slice(Math.max(0, from), Math.min(to, key.length));
    const m = re.exec(slice);
    if (!m) return null;
    return { cStart: from + m.index, cEnd: from + m.index + m[0].length, alias: 0 };
  }
}

function ordinalForms(o: string): string[] {
  const forms = [o];
  if (o.endsWith('.')) forms.push(o.slice(0, -1) + ',');
  else if (o.endsWith(',')) forms.push(o.slice(0, -1) + '.');
  if (/^\d+\.$/.test(o)) forms.push(`(${o.slice(0, -1)})`);
  return forms;
}
