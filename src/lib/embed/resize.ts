/** Tells the embedding page the embed's height (`{type: 'gongkai:resize', height}`) whenever it changes. */

export const RESIZE_MESSAGE = 'gongkai:resize';

export function postHeights(el: HTMLElement, target: Pick<Window, 'postMessage'> | null = window.parent !== window ? window.parent : null): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last || !target) return;
    last = height;
    target.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  const ro = new ResizeObserver(send);
  ro.observe(el);
  send();
  return () => ro.disconnect();
}
