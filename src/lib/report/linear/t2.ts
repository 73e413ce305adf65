/** 表二 from linear text: row labels in template order, each row's tokens split into its item's columns. */
import { splitRow } from '../digit-split';
import { T2_CAPTIONS, T2_COLUMN_ALIASES, T2_ROW_LABELS } from '../labels';
import { T2_ITEMS } from '../model';
import type { Format } from '../types';
import { tokenizeValues } from '../values';
import { emitRow, recordCandidates, type CellSink } from './cells';
import type { Locator } from './locate';

const ROW_WINDOW = 600;
/** Distance after the last caption within which its rows must appear. */
const LAST_ITEM_WINDOW = 160;

export interface T2Result {
  found: boolean;
  format: Format | null;
  t2: Record<string, number | null>;
  /** Folded start of the first caption. */
  cStart: number | null;
}

interface RowShape { row: string; label: string; keys: string[]; paths: string[] }
/** Per format and item: column keys, and per row its flat keys (`a20_1.regulations.issued`) and cell paths. */
const T2_SHAPES: Record<Format, { cols: string[]; rows: RowShape[] }[]> = {
  '2019': shapesOf('2019'),
  '2021': shapesOf('2021')
};
function shapesOf(format: Format) {
  return T2_ITEMS[format].map((it) => {
    const cols = it.columns.map(([c]) => c);
    const rows = it.rows.map(([row, label]) => {
      const keys = cols.map((c) => `${it.item}.${row}.${c}`);
      return { row, label, keys, paths: keys.map((k) => `t2.${k}`) };
    });
    return { cols, rows };
  });
}

export function detectT2Format(key: string): Format | null {
  const has = (f: Format) => Object.values(T2_COLUMN_ALIASES[f]).some((as) => as.some((a) => key.includes(a)));
  if (has('2021')) return '2021';
  if (has('2019')) return '2019';
  return null;
}

export function extractT2(loc: Locator, from: number, to: number, sink: CellSink, fallback: Format | null): T2Result {
  const caps = T2_CAPTIONS.map(([, c]) => c);
  const first = loc.find(caps, from, to);
  if (!first) return { found: false, format: null, t2: {}, cStart: null };
  const region = loc.key.slice(first.cStart, to);
  const format = detectT2Format(region) ?? fallback ?? '2021';
  const items = T2_ITEMS[format];
  const rowDefs = T2_ROW_LABELS.filter((d) => items.some((it) => it.item === d.item && it.rows.some(([r]) => r === d.row)));
  const placed: { item: string; row: string; cStart: number; cEnd: number }[] = [];
  let cursor = first.cEnd;
  for (const d of rowDefs) {
    // a row lies between its own caption and the next one (or shortly after the last caption)
    const ownCap = T2_CAPTIONS.find(([item]) => item === d.item)![1];
    const nextCap = loc.find(caps, cursor, Math.min(to, cursor + ROW_WINDOW));
    let hit: ReturnType<typeof loc.find> = null;
    if (nextCap && loc.key.startsWith(ownCap, nextCap.cStart)) {
      const after = loc.find(caps, nextCap.cEnd, Math.min(to, nextCap.cEnd + ROW_WINDOW));
      hit = loc.find(d.aliases, nextCap.cEnd, after ? after.cStart : Math.min(to, nextCap.cEnd + LAST_ITEM_WINDOW));
    } else {
      hit = loc.find(d.aliases, cursor, nextCap ? nextCap.cStart : Math.min(to, cursor + LAST_ITEM_WINDOW));
    }
    if (!hit) continue;
    placed.push({ item: d.item, row: d.row, cStart: hit.cStart, cEnd: hit.cEnd });
    cursor = hit.cEnd;
  }
  const t2: Record<string, number | null> = {};
  const shapes = T2_SHAPES[format];
  for (let ii = 0; ii < items.length; ii++) {
    const it = items[ii];
    const { cols, rows } = shapes[ii];
    for (const { row, label: rowLabel, keys, paths } of rows) {
      const pi = placed.findIndex((p) => p.item === it.item && p.row === row);
      const target: Record<string, number | null> = {};
      if (pi < 0) {
        emitRow(sink, target, cols, null, paths, rowLabel, null, null);
      } else {
        const p = placed[pi];
        const nextLabel = pi + 1 < placed.length ? placed[pi + 1].cStart : Math.min(to, p.cEnd + 200);
        const nextCaption = loc.find(caps, p.cEnd, nextLabel);
        const end = nextCaption ? nextCaption.cStart : nextLabel;
        const tokens = tokenizeValues(loc.text, loc.toText(p.cEnd), loc.toText(end), { units: true });
        const delta = cols.indexOf('delta_items');
        const accept = (v: number[]) => v.every((x, i) => i === delta || x >= 0);
        const split = splitRow(tokens, cols.length, accept);
        recordCandidates(sink, paths, split.cells, split, tokens, cols.length, undefined, (i) => i === delta);
        emitRow(sink, target, cols, split.cells, paths, rowLabel, split, tokens, (pc) => {
          const t = tokens.find((tk) => pc.start >= tk.start && pc.end <= tk.end);
          return t && t.unit && pc.end === t.end ? t.unit : undefined;
        });
      }
      for (let c = 0; c < cols.length; c++) t2[keys[c]] = target[cols[c]];
    }
  }
  return { found: true, format, t2, cStart: first.cStart };
}
