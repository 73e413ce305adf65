/** A table as a grid after merged-cell expansion: every grid position points at the cell that covers it. */
export interface GridCell {
  /** Normalised text (whitespace collapsed, `<br>` joined). */
  text: string;
  /** Text as it appeared (`&nbsp;` kept visible). */
  raw: string;
  /** Grid position of the cell's top-left corner. */
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  /** [start, end) of the cell text in the linearised document text, when known. */
  start?: number;
  end?: number;
}

export interface Grid {
  /** Index of the table in the document (0-based). */
  index: number;
  rows: (GridCell | null)[][];
  width: number;
  /** PDF page, when known. */
  page?: number;
}

/** Builds a grid from rows of cells with spans; spans are capped so hostile markup cannot explode memory. */
export function buildGrid(index: number, rows: { text: string; raw: string; rowspan: number; colspan: number }[][]): { grid: Grid; placed: GridCell[][] } {
  const out: (GridCell | null)[][] = [];
  const placed: GridCell[][] = [];
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    out[r] ??= [];
    const line = out[r];
    const cellsHere: GridCell[] = [];
    let c = 0;
    for (const src of rows[r]) {
      while (line[c]) c++;
      const rs = Math.max(1, Math.min(src.rowspan | 0 || 1, rows.length - r, 200));
      const cs = Math.max(1, Math.min(src.colspan | 0 || 1, 64));
      const cell: GridCell = { text: src.text, raw: src.raw, row: r, col: c, rowspan: rs, colspan: cs };
      cellsHere.push(cell);
      for (let dr = 0; dr < rs; dr++) {
        const target = (out[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc++) if (!target[c + dc]) target[c + dc] = cell;
      }
      c += cs;
    }
    placed.push(cellsHere);
  }
  for (const line of out) width = Math.max(width, line.length);
  for (const line of out) for (let c = 0; c < width; c++) line[c] ??= null;
  return { grid: { index, rows: out, width }, placed };
}
