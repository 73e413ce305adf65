/** One-pass facts about a DOM, so table handling stays linear even for 10,000-deep nesting. */
import type { AnyNode, Element } from './dom';
import { isElement, SKIP } from './dom';

export interface DomIndex {
  /** Elements that contain a table somewhere below them. */
  hasTable: Set<Element>;
  /** Table → its own rows (not rows of nested tables), in document order. */
  rows: Map<Element, Element[]>;
  /** Every table, in document order. */
  tables: Element[];
}

export function indexDom(root: AnyNode): DomIndex {
  const order: Element[] = [];
  const nearestTable = new Map<Element, Element | null>();
  const rows = new Map<Element, Element[]>();
  const tables: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) {
      if (SKIP.has(n.name)) continue;
      order.push(n);
      const parent = n.parent && isElement(n.parent as AnyNode) ? (n.parent as Element) : null;
      const inherited = parent ? (parent.name === 'table' ? parent : nearestTable.get(parent) ?? null) : null;
      nearestTable.set(n, inherited);
      if (n.name === 'table') {
        tables.push(n);
        rows.set(n, []);
      }
      if (n.name === 'tr' && inherited) rows.get(inherited)?.push(n);
    }
    const kids = (n as Element).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  const hasTable = new Set<Element>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    if (el.name === 'table' || hasTable.has(el)) {
      const p = el.parent;
      if (p && isElement(p as AnyNode)) hasTable.add(p as Element);
    }
  }
  return { hasTable, rows, tables };
}
