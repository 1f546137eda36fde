// The bars that stick to the top of the window (the control bar on wide screens, the view tabs on
// narrow ones) would cover whatever the page scrolls to: a chart card, a table cell's detail, a
// focused cell. The page's scroll-padding-top follows their height, so that every scroll (scrollIntoView,
// focus, Tab) stops just below them.
import { useLayoutEffect } from 'react';

const STICKY_BARS = '.control-bar, .view-tabs';
const GAP_PX = 12;

export function useStickyScrollPadding(): void {
  // A layout effect: set before any view's effects scroll to something on first render.
  useLayoutEffect(() => {
    const root = document.documentElement;
    const update = () => {
      let covered = 0;
      for (const bar of document.querySelectorAll(STICKY_BARS)) {
        if (getComputedStyle(bar).position === 'sticky') covered = Math.max(covered, bar.getBoundingClientRect().height);
      }
      root.style.scrollPaddingTop = covered > 0 ? `${Math.ceil(covered) + GAP_PX}px` : '';
      // A scroll box that fills the screen (the table) leaves this room for the bars.
      root.style.setProperty('--sticky-bars-height', `${Math.ceil(covered)}px`);
    };
    const observer = new ResizeObserver(update);
    const observeBars = () => {
      observer.disconnect();
      for (const bar of document.querySelectorAll(STICKY_BARS)) observer.observe(bar);
      update();
    };
    observeBars();
    // A view may drop or bring back a bar (the chart page has no control bar): the bars are found again.
    const bars = new MutationObserver(observeBars);
    const parent = document.getElementById('main')?.parentElement;
    if (parent) bars.observe(parent, { childList: true });
    window.addEventListener('resize', update);
    return () => {
      bars.disconnect();
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.scrollPaddingTop = '';
      root.style.removeProperty('--sticky-bars-height');
    };
  }, []);
}
