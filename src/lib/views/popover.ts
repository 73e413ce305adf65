/**
 * Action: shows the hidden `.tip` text of a flagged element (`[data-flagged]`) in a floating box on hover and on
 * keyboard focus. The box is fixed to the viewport so scroll containers never clip it; screen readers get the same
 * text through the element's aria-describedby, so the box itself is aria-hidden.
 */
let shared: { box: HTMLDivElement; users: number } | null = null;

/** One box for the whole page, whichever component shows it. */
function acquire(): HTMLDivElement {
  if (shared) {
    shared.users++;
    return shared.box;
  }
  const box = document.createElement('div');
  box.className = 'gk-flag-popover';
  box.setAttribute('aria-hidden', 'true');
  box.setAttribute('data-popover', '');
  Object.assign(box.style, {
    position: 'fixed', zIndex: '1000', display: 'none', maxWidth: 'min(22rem, 90vw)', background: '#1f2933', color: '#fff',
    padding: '0.45rem 0.6rem', borderRadius: '4px', fontSize: '0.8rem', lineHeight: '1.45', pointerEvents: 'none',
    boxShadow: '0 2px 8px rgba(0,0,0,.25)', whiteSpace: 'normal', textAlign: 'left', fontWeight: 'normal'
  });
  document.body.appendChild(box);
  shared = { box, users: 1 };
  return box;
}

function release() {
  if (shared && --shared.users === 0) {
    shared.box.remove();
    shared = null;
  }
}

/** The element whose explanation is showing (one at a time on the page). */
let current: Element | null = null;

export function flagPopover(node: HTMLElement) {
  const box = acquire();

  function show(target: EventTarget | null) {
    const el = target instanceof Element ? target.closest('[data-flagged]') : null;
    if (!el || !node.contains(el)) return hide();
    current = el;
    const tip = el.querySelector('.tip');
    box.textContent = '';
    for (const line of tip?.querySelectorAll('.tip-line') ?? []) {
      const d = document.createElement('div');
      d.textContent = line.textContent;
      box.appendChild(d);
    }
    if (!box.childElementCount) box.textContent = tip?.textContent ?? '';
    box.style.display = 'block';
    const r = el.getBoundingClientRect();
    const w = box.offsetWidth;
    const h = box.offsetHeight;
    const left = Math.max(4, Math.min(r.left, window.innerWidth - w - 4));
    const below = r.bottom + 4 + h <= window.innerHeight;
    box.style.left = `${left}px`;
    box.style.top = `${below ? r.bottom + 4 : Math.max(4, r.top - h - 4)}px`;
  }
  function hide() {
    if (!current || !node.contains(current)) return;
    current = null;
    box.style.display = 'none';
  }
  const over = (e: Event) => show(e.target);
  const out = (e: MouseEvent) => {
    if (current && !(e.relatedTarget instanceof Node && current.contains(e.relatedTarget))) {
      if (document.activeElement && current.contains(document.activeElement)) show(document.activeElement);
      else hide();
    }
  };
  const focusOut = () => hide();
  const key = (e: KeyboardEvent) => e.key === 'Escape' && hide();
  const reposition = () => current && node.contains(current) && show(current);
  node.addEventListener('mouseover', over);
  node.addEventListener('mouseout', out);
  node.addEventListener('focusin', over);
  node.addEventListener('focusout', focusOut);
  node.addEventListener('keydown', key);
  window.addEventListener('scroll', reposition, true);
  return {
    destroy() {
      node.removeEventListener('mouseover', over);
      node.removeEventListener('mouseout', out);
      node.removeEventListener('focusin', over);
      node.removeEventListener('focusout', focusOut);
      node.removeEventListener('keydown', key);
      window.removeEventListener('scroll', reposition, true);
      release();
    }
  };
}
