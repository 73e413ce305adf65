/**
 * DOM helpers over a light tree built from htmlparser2's Parser events (plain objects: building domhandler's
 * class nodes was most of the parse cost of a 100 KB page); every traversal is iterative so 10,000-deep nesting is safe.
 */
import { Parser } from 'htmlparser2';

export interface Element {
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: AnyNode[];
  parent: Element | Document | null;
}
export interface Text {
  type: 'text';
  data: string;
  parent: Element | Document | null;
}
export interface Document {
  type: 'root';
  children: AnyNode[];
  parent: null;
  /** Every `<meta>` and the first `<title>` anywhere in the page, in document order (collected while parsing). */
  metas: Element[];
  title: Element | null;
}
export type AnyNode = Element | Text | Document;

/**
 * Same tree as htmlparser2's parseDocument for what the report code reads: elements, and text nodes where
 * consecutive text events merge until another node (comment, processing instruction, element) intervenes.
 * Comments, CDATA and processing instructions themselves are not kept.
 */
export function parseHtml(html: string): Document {
  const root: Document = { type: 'root', children: [], parent: null, metas: [], title: null };
  const stack: (Element | Document)[] = [root];
  let top: Element | Document = root;
  let lastText: Text | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: Element = { type: name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag', name, attribs, children: [], parent: top };
        top.children.push(el);
        if (name === 'meta') root.metas.push(el);
        else if (name === 'title' && !root.title) root.title = el;
        stack.push(el);
        top = el;
        lastText = null;
      },
      onclosetag() {
        lastText = null;
        stack.pop();
        top = stack[stack.length - 1];
      },
      ontext(data) {
        if (lastText) lastText.data += data;
        else {
          lastText = { type: 'text', data, parent: top };
          top.children.push(lastText);
        }
      },
      oncomment() {
        lastText = null;
      },
      oncommentend() {
        lastText = null;
      },
      oncdatastart() {
        lastText = null;
      },
      oncdataend() {
        lastText = null;
      },
      onprocessinginstruction() {
        lastText = null;
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.end(html);
  return root;
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
