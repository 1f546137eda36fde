// The bars that stick to the top of the window (the control bar on wide screens, the view tabs on
// narrow ones) would cover whatever the page scrolls to: a chart card, a table cell's detail, a
// focused cell. The page's scroll-padding-top follows their height, so that every scroll (scrollIntoView,
// focus, Tab) stops just below them.
import { useLayoutEffect } from 'react';

const STICKY_BARS = '.control-bar, .view-tabs';
const GAP_PX = 12;

/** `bars` names which bars the page has (the chart page has no control bar): a change measures the new ones. */
export function useStickyScrollPadding(bars = ''): void {
  // A layout effect: set before any view's effects scroll to something on first render.
  useLayoutEffect(() => {
    const root = document.documentElement;
    const update = () => {
      let covered = 0;
      for (const bar of document.querySelectorAll(STICKY_BARS)) {
        if (getComputedStyle(bar).position === 'sticky') covered = Math.max(covered, bar.getBoundingClientRect().height);
      }
      root.style.scrollPaddingTop = covered > 0 ? `${Math.ceil(covered) + GAP_PX}px` : '';
    };
    update();
    const observer = new ResizeObserver(update);
    for (const bar of document.querySelectorAll(STICKY_BARS)) observer.observe(bar);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.scrollPaddingTop = '';
    };
  }, [bars]);
}
