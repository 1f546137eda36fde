// Marks a scrolling row with the sides that hold more (data-more="start end"), so its CSS can fade those edges:
// a row of tabs or chips that runs past the screen says so instead of cutting its last item silently.
import { useLayoutEffect, type RefObject } from 'react';

/** The sides of `element` with content scrolled out of view, along `axis`. */
export function scrollEdges(element: HTMLElement, axis: 'x' | 'y'): string {
  const [position, size, total] = axis === 'x' ? [element.scrollLeft, element.clientWidth, element.scrollWidth] : [element.scrollTop, element.clientHeight, element.scrollHeight];
  const edges: string[] = [];
  if (position > 1) edges.push('start');
  if (position + size < total - 1) edges.push('end');
  return edges.join(' ');
}

export function useScrollEdges(ref: RefObject<HTMLElement | null>, axis: 'x' | 'y' = 'x'): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Reading scroll sizes forces a layout: read once per frame, when the frame lays out anyway, however many
    // scrolls, resizes and changes of the items (a language switch) asked for it.
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const edges = scrollEdges(element, axis);
        if (edges) element.dataset.more = edges;
        else delete element.dataset.more;
      });
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    // The row's own size may stay while its items change (a language switch): watch them too.
    const mutations = new MutationObserver(update);
    mutations.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', update);
      observer.disconnect();
      mutations.disconnect();
    };
  }, [ref, axis]);
}
