/**
 * HTML subtree → plain text (block elements and table rows become lines) plus every leaf table as a grid
 * whose cells carry their [start, end) range in that text.
 */
import type { AnyNode, Element } from './dom';
import { isElement, SKIP, textOf } from './dom';
import { indexDom, type DomIndex } from './dom-index';
import { buildGrid, type Grid } from '../grid/types';
import { cleanCell, cleanInline, rawCell } from './fragment';

const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead', 'tfoot',
  'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'form', 'center', 'title',
  'td', 'th', 'caption', 'main', 'nav', 'aside', 'figure', 'figcaption', 'address'
]);

function ownCells(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
}

const spanOf = (e: Element, name: string): number => {
  const v = parseInt(e.attribs?.[name] ?? '1', 10);
  return Number.isFinite(v) && v > 0 ? v : 1;
};

export interface Linearised {
  text: string;
  grids: Grid[];
}

export function linearise(root: AnyNode, index: DomIndex = indexDom(root)): Linearised {
  const out: string[] = [];
  let len = 0;
  let lastChar = '\n';
  const grids: Grid[] = [];
  const push = (s: string) => {
    if (!s) return;
    out.push(s);
    len += s.length;
    lastChar = s[s.length - 1];
  };
  const newline = () => {
    if (lastChar !== '\n') push('\n');
  };

  const emitTable = (table: Element) => {
    const rows = (index.rows.get(table) ?? []).map((tr) =>
      ownCells(tr).map((td) => {
        const t = textOf(td, '\n');
        return { text: cleanCell(t), raw: rawCell(t), rowspan: spanOf(td, 'rowspan'), colspan: spanOf(td, 'colspan') };
      })
    );
    const { grid, placed } = buildGrid(grids.length, rows);
    newline();
    for (const rowCells of placed) {
      let first = true;
      for (const cell of rowCells) {
        if (!cell.text) continue;
        if (!first) push(' ');
        first = false;
        cell.start = len;
        push(cell.text);
        cell.end = len;
      }
      newline();
    }
    grids.push(grid);
  };

  type Frame = { node: AnyNode; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      newline();
      continue;
    }
    if (node.type === 'text') {
      const t = cleanInline((node as unknown as { data: string }).data);
      if (t.trim()) push(lastChar === '\n' ? t.replace(/^ +/, '') : t);
      continue;
    }
    if (!isElement(node) && node.type !== 'root') continue;
    const el = node as Element;
    if (isElement(node)) {
      if (SKIP.has(el.name)) continue;
      if (el.name === 'br') {
        newline();
        continue;
      }
      if (el.name === 'table' && !index.hasTable.has(el)) {
        emitTable(el);
        continue;
      }
      if (BLOCK.has(el.name)) {
        newline();
        stack.push({ node, exit: true });
      }
    }
    const kids = el.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  return { text: out.join(''), grids };
}
