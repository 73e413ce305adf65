/**
 * PDF (text layer) → plain text for the linear parser. Text items are grouped into lines by baseline, ordered
 * by x with a space where the gap is wide (table cells), page-number lines (`- 4 -`) dropped, and vertical
 * labels written one character per line (`三、/本/年/度/办/理/结/果`) joined back into one line.
 * Uses the pdfjs-dist legacy build, which runs in Node (fake worker) and in browsers (set the worker URL with
 * `setPdfWorkerSrc`).
 */

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
  GlobalWorkerOptions: { workerSrc: string };
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

let pdfjs: Promise<PdfJs> | null = null;
let workerSrc: string | null = null;

/** Browser use: the URL of `pdfjs-dist/legacy/build/pdf.worker.mjs` (e.g. from a Vite `?url` import). */
export function setPdfWorkerSrc(url: string): void {
  workerSrc = url;
}

async function load(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfJs);
  const lib = await pdfjs;
  if (workerSrc) lib.GlobalWorkerOptions.workerSrc = workerSrc;
  return lib;
}

const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
const CJK_ONE = /^[\u3400-\u9fff][、.,，。]?$/;

function toItems(raw: unknown[]): Item[] {
  const out: Item[] = [];
  for (const r of raw) {
    const it = r as { str?: string; transform?: number[]; width?: number; height?: number };
    if (!it.str || !it.str.trim() || !it.transform) continue;
    const h = Math.abs(it.transform[3]) || Math.abs(it.height ?? 0) || 10;
    out.push({ str: it.str, x: it.transform[4], y: it.transform[5], w: it.width ?? 0, h });
  }
  return out;
}

function groupLines(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; h: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(2, Math.max(l.h, it.h) * 0.3));
    if (line) line.items.push(it);
    else lines.push({ y: it.y, h: it.h, items: [it] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => mergeAdjacent(l.items.sort((a, b) => a.x - b.x)));
}

/** Items that touch (a glyph run split by the PDF writer) become one item. */
function mergeAdjacent(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (prev && it.x - (prev.x + prev.w) <= Math.min(prev.h, it.h) * 0.15) {
      out[out.length - 1] = { ...prev, str: prev.str.trim() + it.str.trim(), w: it.x + it.w - prev.x };
    } else out.push({ ...it, str: it.str.trim() });
  }
  return out;
}

interface Vertical {
  text: string;
  x: number;
  h: number;
}

/** Removes runs of single characters stacked in one column and returns them as whole labels, keyed by line. */
function joinVertical(lines: Item[][]): Map<number, Vertical> {
  const labels = new Map<number, Vertical>();
  const used = new Set<Item>();
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i][0];
    if (!first || used.has(first) || !CJK_ONE.test(first.str.trim())) continue;
    const run: { line: number; item: Item }[] = [{ line: i, item: first }];
    for (let j = i + 1; j < lines.length && run.length < 40; j++) {
      const prev = run[run.length - 1].item;
      if (prev.y - (lines[j][0]?.y ?? -1e9) > prev.h * 2.2) break;
      const cand = lines[j].find((it) => Math.abs(it.x - first.x) <= first.h * 0.3);
      if (!cand) continue;
      if (!CJK_ONE.test(cand.str.trim())) break;
      run.push({ line: j, item: cand });
    }
    if (run.length < 3) continue;
    for (const r of run) {
      used.add(r.item);
      lines[r.line] = lines[r.line].filter((it) => it !== r.item);
    }
    labels.set(i, { text: run.map((r) => r.item.str.trim()).join(''), x: first.x, h: first.h });
  }
  return labels;
}

const NUM = /^[+-]?\d[\d,]*(?:\.\d+)?$/;

/** x where a table row's numbers start: ≥ 3 numeric items with nothing but labels to their left. */
function valuesStart(items: Item[]): number | null {
  const nums = items.filter((i) => NUM.test(i.str));
  if (nums.length < 3) return null;
  const first = nums[0].x;
  return items.some((i) => !NUM.test(i.str) && i.x > first) ? null : first;
}

/**
 * Table rows whose label wraps over several lines print the numbers on the middle line: label fragments left of
 * the numbers are moved onto the nearest number line, column by column, so each row reads "label n1 … n7".
 */
function attachLabels(lines: Item[][]): Item[][] {
  const starts = lines.map(valuesStart);
  const extra = new Map<number, Item[]>();
  const keep = lines.map(() => true);
  lines.forEach((items, i) => {
    if (starts[i] !== null || !items.length) return;
    const y = items[0].y;
    const h = Math.max(...items.map((it) => it.h));
    let best = -1;
    let bestD = Infinity;
    for (let j = Math.max(0, i - 4); j <= Math.min(lines.length - 1, i + 4); j++) {
      if (starts[j] === null || !lines[j].length) continue;
      const d = Math.abs(lines[j][0].y - y);
      if (d < bestD) { best = j; bestD = d; }
    }
    if (best < 0 || bestD > h * 3.2) return;
    const limit = starts[best]!;
    if (items.some((it) => it.x + it.w > limit - 2)) return;
    extra.set(best, [...(extra.get(best) ?? []), ...items]);
    keep[i] = false;
  });
  return lines.map((items, i) => {
    if (!keep[i]) return [];
    const more = extra.get(i);
    if (!more) return items;
    const limit = starts[i]!;
    const labels = [...items.filter((it) => it.x < limit), ...more];
    const values = items.filter((it) => it.x >= limit);
    // Cluster label fragments by column; within a column read top to bottom.
    const cols: Item[][] = [];
    for (const it of labels.sort((a, b) => a.x - b.x)) {
      const col = cols.find((c) => Math.abs(c[0].x - it.x) <= it.h * 0.6);
      if (col) col.push(it);
      else cols.push([it]);
    }
    const merged = cols.map((c) => {
      const byY = c.sort((a, b) => b.y - a.y);
      const right = Math.max(...byY.map((it) => it.x + it.w));
      return { ...byY[0], str: byY.map((it) => it.str).join(''), w: right - byY[0].x, y: values[0]?.y ?? byY[0].y };
    });
    return [...merged, ...values];
  });
}

/**
 * A vertical label is a row-spanning cell: it belongs before the first row it spans, i.e. above the run of
 * rows whose labels are indented to its right.
 */
function placeVertical(lines: Item[][], vertical: Map<number, Vertical>): Map<number, string[]> {
  const at = new Map<number, string[]>();
  for (const [i, v] of vertical) {
    let j = i;
    for (let k = i - 1; k >= 0; k--) {
      if (!lines[k].length) continue;
      if (lines[k][0].x > v.x + v.h * 0.5) j = k;
      else break;
    }
    at.set(j, [...(at.get(j) ?? []), v.text]);
  }
  return at;
}

interface Line {
  text: string;
  x: number;
  right: number;
  h: number;
  /** Has a wide gap between items (a table row or spaced header), not running prose. */
  gapped: boolean;
}

function toLine(items: Item[]): Line | null {
  if (!items.length) return null;
  let s = '';
  let end = -Infinity;
  let gapped = false;
  for (const it of items) {
    const gap = it.x - end;
    if (s && gap > it.h * 0.6) {
      s += ' ';
      gapped = true;
    }
    s += it.str.replace(/\s+/g, ' ');
    end = it.x + it.w;
  }
  return { text: s.trim(), x: items[0].x, right: end, h: items[0].h, gapped };
}

const NEW_BLOCK = /^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}\s*[.、．]|第二十条|附件|注[:：])/;

/** Joins prose lines wrapped at the right margin into paragraphs; table rows stay one per line. */
function joinParagraphs(lines: Line[]): string[] {
  const right = Math.max(0, ...lines.filter((l) => !l.gapped).map((l) => l.right));
  const out: string[] = [];
  let prev: Line | null = null;
  for (const l of lines) {
    const continues =
      prev && !prev.gapped && !l.gapped && prev.right >= right - prev.h * 1.5 && l.x <= prev.x + 1 && !NEW_BLOCK.test(l.text) &&
      !/[。；:：]$/.test(prev.text);
    if (continues) out[out.length - 1] += l.text;
    else out.push(l.text);
    prev = l;
  }
  return out;
}

/** Text of every page (lines joined with \n) and the pages' texts; a reason when the PDF cannot be read. */
export async function pdfText(bytes: Uint8Array, timeoutMs = 30_000): Promise<{ ok: true; text: string; pages: string[] } | { ok: false; reason: string }> {
  let lib: PdfJs;
  try {
    lib = await load();
  } catch (e) {
    return { ok: false, reason: `PDF reader unavailable: ${(e as Error).message}` };
  }
  let task: ReturnType<PdfJs['getDocument']>;
  try {
    task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  } catch (e) {
    return { ok: false, reason: `PDF reader unavailable: ${(e as Error).message} (in a browser, call setPdfWorkerSrc first)` };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, rej) => {
    timer = setTimeout(() => rej(new Error('timeout')), timeoutMs);
  });
  try {
    const read = (async () => {
      const doc = await task.promise;
      const pages: string[] = [];
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const grouped = groupLines(toItems((await page.getTextContent()).items)).filter(
          (items) => !PAGE_NUMBER.test(items.map((it) => it.str).join('').trim())
        );
        const vertical = joinVertical(grouped);
        const lines = attachLabels(grouped);
        const out: Line[] = [];
        const before = placeVertical(lines, vertical);
        lines.forEach((items, i) => {
          for (const v of before.get(i) ?? []) out.push({ text: v, x: 0, right: 0, h: 0, gapped: true });
          const l = toLine(items);
          if (l && l.text && !PAGE_NUMBER.test(l.text)) out.push(l);
        });
        pages.push(joinParagraphs(out).join('\n'));
      }
      await doc.destroy();
      return { ok: true as const, text: pages.join('\n'), pages };
    })();
    return await Promise.race([read, timeout]);
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    void task.destroy().catch(() => undefined);
    if (msg === 'timeout') return { ok: false, reason: 'PDF could not be read in time (damaged or hostile file)' };
    return { ok: false, reason: `unreadable PDF: ${msg}` };
  } finally {
    clearTimeout(timer);
  }
}
