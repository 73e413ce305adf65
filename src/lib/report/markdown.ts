/**
 * Markdown (OCR / PDF-to-markdown) → grids. Each pipe table becomes grid rows; the `###` heading above a table
 * supplies its caption (表二 items), its row group (表三 `(三) 不予公开` …) or its column group (表四
 * `行政复议` / `行政诉讼（未经复议直接起诉）`). 表三 and 表四 split into many small tables are joined into one grid.
 * Cells keep their offsets in the normalised text; nothing is moved between columns.
 */
import type { Grid, GridCell } from './grid/types';

interface PipeTable {
  heading: string;
  rows: { cells: { text: string; start: number; end: number }[] }[];
}

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function splitCells(line: string, lineStart: number): { text: string; start: number; end: number }[] {
  const cells: { text: string; start: number; end: number }[] = [];
  let i = line.indexOf('|');
  if (i < 0) return cells;
  while (i < line.length) {
    const j = line.indexOf('|', i + 1);
    if (j < 0) {
      const rest = line.slice(i + 1);
      if (rest.trim()) cells.push(trimCell(rest, lineStart + i + 1));
      break;
    }
    cells.push(trimCell(line.slice(i + 1, j), lineStart + i + 1));
    i = j;
  }
  return cells;
}

function trimCell(s: string, at: number) {
  const lead = s.length - s.trimStart().length;
  const text = s.trim();
  return { text, start: at + lead, end: at + lead + text.length };
}

export function pipeTables(text: string): PipeTable[] {
  const tables: PipeTable[] = [];
  let heading = '';
  let current: PipeTable | null = null;
  let pos = 0;
  for (const line of text.split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    const t = line.trim();
    if (t.startsWith('|') || (current && t.includes('|') && t.split('|').length > 2)) {
      if (SEPARATOR.test(t)) continue;
      current ??= { heading, rows: [] };
      current.rows.push({ cells: splitCells(line, lineStart) });
      continue;
    }
    if (current) {
      tables.push(current);
      current = null;
    }
    if (/^#{1,6}\s/.test(t)) heading = t.replace(/^#+\s*/, '');
    else if (t) heading = t.length <= 40 ? t : heading;
  }
  if (current) tables.push(current);
  return tables;
}

const cell = (text: string, row: number, col: number, start?: number, end?: number, colspan = 1): GridCell => ({
  text, raw: text, row, col, rowspan: 1, colspan, start, end
});

function toGrid(index: number, rows: GridCell[][]): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const out = rows.map((r) => {
    const line: (GridCell | null)[] = [...r];
    while (line.length < width) line.push(null);
    return line;
  });
  return { index, rows: out, width };
}

const isT2Caption = (h: string) => /第二十条/.test(h);
const isT4Heading = (h: string) => /行政复议|行政诉讼|复议后起诉|直接起诉/.test(h);
const isT4Header = (t: PipeTable) => t.rows[0]?.cells.some((c) => /结果维持|尚未审结/.test(c.text));
const T3_HINT = /本年新收|上年结转|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计|结转下年|国家秘密|不掌握|信访|逾期/;

export function markdownGrids(text: string): Grid[] {
  const tables = pipeTables(text);
  const grids: Grid[] = [];
  let t3Rows: GridCell[][] | null = null;
  let t4: { heading: string; table: PipeTable }[] = [];
  const flushT4 = () => {
    if (!t4.length) return;
    const top: GridCell[] = [];
    const mid: GridCell[] = [];
    const data: GridCell[] = [];
    let col = 0;
    for (const { heading, table } of t4) {
      const header = table.rows[0].cells;
      const values = table.rows[1]?.cells ?? [];
      header.forEach((h, i) => {
        top.push(cell(heading, 0, col + i));
        mid.push(cell(h.text, 1, col + i, h.start, h.end));
        const v = values[i];
        if (v) data.push(cell(v.text, 2, col + i, v.start, v.end));
      });
      col += header.length;
    }
    grids.push(toGrid(grids.length, [top, mid, data]));
    t4 = [];
  };
  for (const t of tables) {
    if (isT4Header(t) && isT4Heading(t.heading)) {
      t4.push({ heading: t.heading, table: t });
      continue;
    }
    flushT4();
    const rowsText = t.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(' ');
    if (isT2Caption(t.heading) && !T3_HINT.test(rowsText.replace(/总计/g, ''))) {
      const rows: GridCell[][] = [[cell(t.heading, 0, 0)]];
      t.rows.forEach((r, i) => rows.push(r.cells.map((c, j) => cell(c.text, i + 1, j, c.start, c.end))));
      grids.push(toGrid(grids.length, rows));
      continue;
    }
    const isT3Part = T3_HINT.test(rowsText) && t.rows.some((r) => r.cells.filter((c) => /^\d/.test(c.text)).length >= 5);
    if (isT3Part) {
      t3Rows ??= [];
      for (const r of t.rows) {
        const rowIdx = t3Rows.length;
        t3Rows.push([cell(t.heading, rowIdx, 0), ...r.cells.map((c, j) => cell(c.text, rowIdx, j + 1, c.start, c.end))]);
      }
      continue;
    }
    const rows = t.rows.map((r, i) => r.cells.map((c, j) => cell(c.text, i, j, c.start, c.end)));
    grids.push(toGrid(grids.length, rows));
  }
  flushT4();
  if (t3Rows) grids.push(toGrid(grids.length, t3Rows));
  return grids;
}
