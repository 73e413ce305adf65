/** DOM helpers over htmlparser2/domhandler; every traversal is iterative so 10,000-deep nesting is safe. */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';

export type { AnyNode, Document, Element };

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Elements whose content is never report text. */
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'select', 'button', 'textarea']);

/** Pre-order list of elements under root (root included) that satisfy pred. */
export function findAll(root: AnyNode, pred: (e: Element) => boolean, skip = SKIP): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) {
      if (skip.has(n.name)) continue;
      if (pred(n)) out.push(n);
    }
    const kids = (n as Element).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Concatenated text of the subtree (skipping script/style); `<br>` becomes `br`. */
export function textOf(root: AnyNode, br = '\n'): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (isElement(n)) {
      if (SKIP.has(n.name)) continue;
      if (n.name === 'br') parts.push(br);
    }
    const kids = (n as Element).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join('');
}

export function ancestors(n: AnyNode): Element[] {
  const out: Element[] = [];
  let p = n.parent;
  while (p && isElement(p as AnyNode)) {
    out.push(p as Element);
    p = p.parent;
  }
  return out;
}

export function lowestCommonAncestor(nodes: Element[]): Element | null {
  if (nodes.length === 0) return null;
  let chain = [nodes[0], ...ancestors(nodes[0])];
  for (const n of nodes.slice(1)) {
    const set = new Set<AnyNode>([n, ...ancestors(n)]);
    chain = chain.filter((a) => set.has(a));
  }
  return chain[0] ?? null;
}
