// The bars that stick to the top of the window (the control bar on wide screens, the view tabs on
// narrow ones) would cover whatever the page scrolls to: a chart card, a table cell's detail, a
// focused cell. The page's scroll-padding-top follows their height, so that every scroll (scrollIntoView,
// focus, Tab) stops just below them.
import { useEffect, useLayoutEffect, useRef } from 'react';

const STICKY_BARS = '.control-bar, .view-tabs';
const GAP_PX = 12;

/**
 * `updating`: the view is behind the controls (a click's deferred render). A bar resized meanwhile (a language switch
 * makes the control bar taller or shorter) is written when the view has caught up, in the frame that restyles the
 * page for the view's new text anyway, not also in the frame that shows the control's answer.
 */
export function useStickyScrollPadding(updating = false): void {
  const held = useRef<{ updating: boolean; write: (() => void) | null }>({ updating, write: null });
  useLayoutEffect(() => {
    held.current.updating = updating;
  }, [updating]);
  useEffect(() => {
    if (updating) return;
    held.current.write?.();
    held.current.write = null;
  }, [updating]);
  // A layout effect: set before any view's effects scroll to something on first render.
  useLayoutEffect(() => {
    const root = document.documentElement;
    const pending = held.current;
    // Read where the layout is clean (here, and in the bars' ResizeObserver), write only what changed: any write to
    // the root's style restyles every element of the page (the custom property is inherited).
    const measure = () => {
      let covered = 0;
      for (const bar of document.querySelectorAll(STICKY_BARS)) {
        if (getComputedStyle(bar).position === 'sticky') covered = Math.max(covered, bar.getBoundingClientRect().height);
      }
      return covered;
    };
    const write = (covered: number) => {
      const padding = covered > 0 ? `${Math.ceil(covered) + GAP_PX}px` : '';
      if (root.style.scrollPaddingTop !== padding) root.style.scrollPaddingTop = padding;
      // A scroll box that fills the screen (the table) leaves this room for the bars.
      const height = `${Math.ceil(covered)}px`;
      if (root.style.getPropertyValue('--sticky-bars-height') !== height) root.style.setProperty('--sticky-bars-height', height);
    };
    const update = () => write(measure());
    const later = () => {
      const covered = measure();
      if (pending.updating) pending.write = () => write(covered);
      else write(covered);
    };
    const observer = new ResizeObserver(later);
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
      pending.write = null;
      bars.disconnect();
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.scrollPaddingTop = '';
      root.style.removeProperty('--sticky-bars-height');
    };
  }, []);
}
