// The body rows worth drawing: all of them for a small table; for a big one, only those scrolled into view (and a
// few either side), with the height of the ones left out standing in as spacer rows, so the scroll bar stays true.
import { useCallback, useLayoutEffect, useState } from 'react';
import type { Range, Virtualizer } from '@tanstack/react-virtual';
import { blockRange, useQuietVirtualizer } from './use-quiet-virtualizer';

/** From this many body rows on (metrics and area headers), only those in view are drawn, whatever the columns. */
export const VIRTUAL_ROWS_FROM = 150;

export interface RowWindow {
  virtual: boolean;
  /** The lines drawn, in order, each with the height of the lines left out just before it. */
  drawn: readonly { index: number; gapBefore: number }[];
  /** The height of the lines left out after the last one drawn. */
  gapAfter: number;
  /** The ref of each drawn row (with `data-index` set to its line), so that rows of any height are measured. */
  measure: (element: HTMLTableRowElement | null) => void;
}

interface RowWindowOptions {
  /**
   * The box that scrolls the table (an element, not a ref: it is the body's ancestor, whose ref is set only after the
   * body's effects have run). Its table's header's height is where the body starts.
   */
  scroller: HTMLElement | null;
  count: number;
  virtual: boolean;
  estimateSize: (index: number) => number;
  getKey: (index: number) => string;
  /** Lines drawn even when out of view: the one holding the focus, the one whose cell is open. */
  keep: readonly number[];
}

const noMeasure = () => {};

/** Lines drawn beyond those in view on each side, at the least. */
const OVERSCAN = 2;
/** The drawn lines start and end at a multiple of this many lines (see blockRange). */
const BLOCK = 6;

export function useRowWindow({ scroller, count, virtual, estimateSize, getKey, keep }: RowWindowOptions): RowWindow {
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => {
    const element = scroller?.querySelector('thead');
    if (!virtual || !element) return;
    const measure = () => setHeadHeight(Math.round(element.getBoundingClientRect().height));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [virtual, scroller]);
  // The kept lines by value (a new array of the same lines is the same range), so the range is not remade each render.
  const keepKey = keep.join(',');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = blockRange(range, BLOCK);
      const extra = (keepKey === '' ? [] : keepKey.split(',').map(Number)).filter((index) => index < range.count && !drawn.includes(index));
      return extra.length === 0 ? drawn : [...drawn, ...extra].toSorted((a, b) => a - b);
    },
    [keepKey],
  );
  const virtualizer = useQuietVirtualizer({
    count,
    enabled: virtual,
    getScrollElement: () => scroller,
    estimateSize,
    getItemKey: getKey,
    scrollMargin: headHeight,
    rangeExtractor,
    overscan: OVERSCAN,
  });
  useStayAtBottom(scroller, virtual, virtualizer);
  if (!virtual) return { virtual, drawn: Array.from({ length: count }, (_, index) => ({ index, gapBefore: 0 })), gapAfter: 0, measure: noMeasure };
  const drawn: { index: number; gapBefore: number }[] = [];
  let end = headHeight;
  for (const item of virtualizer.getVirtualItems()) {
    drawn.push({ index: item.index, gapBefore: Math.max(0, item.start - end) });
    end = item.end;
  }
  return { virtual, drawn, gapAfter: Math.max(0, virtualizer.getTotalSize() + headHeight - end), measure: virtualizer.measureElement };
}

/**
 * Scrolled to the bottom, the box stays at the bottom while the rows drawn there turn out taller than guessed (the
 * table grows under the reader). Reaching the bottom starts it; only scrolling up ends it. Meanwhile the virtualizer
 * does not correct the scroll for rows measured above the fold (it would pull the box off the bottom); otherwise it
 * keeps in place what is in view when a row above it changes height.
 */
function useStayAtBottom(element: HTMLElement | null, enabled: boolean, virtualizer: Virtualizer<HTMLElement, Element>): void {
  useLayoutEffect(() => {
    const content = element?.firstElementChild;
    if (!enabled || !element || !content) return;
    let atEnd = false;
    let lastTop = element.scrollTop;
    const atBottom = () => element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
    const follow = () => {
      const top = element.scrollTop;
      if (atBottom()) atEnd = true;
      else if (top < lastTop - 1) atEnd = false;
      // Still at the end, but the table grew under the box (without a resize seen, if it shrank and grew back).
      else if (atEnd) element.scrollTop = element.scrollHeight;
      lastTop = element.scrollTop;
    };
    const observer = new ResizeObserver(() => {
      if (atEnd && !atBottom()) element.scrollTop = element.scrollHeight;
    });
    observer.observe(content);
    // Before the virtualizer's own listener, which draws the new rows (and so grows the table) before it returns.
    element.addEventListener('scroll', follow, { passive: true, capture: true });
    setScrollCorrection(virtualizer, (item) => !atEnd && item.start < element.scrollTop);
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', follow, { capture: true });
      setScrollCorrection(virtualizer, undefined);
    };
  }, [element, enabled, virtualizer]);
}

/** Whether the virtualizer scrolls to keep the view in place when an item changes size (undefined: its own rule). */
function setScrollCorrection(virtualizer: Virtualizer<HTMLElement, Element>, rule: Virtualizer<HTMLElement, Element>['shouldAdjustScrollPositionOnItemSizeChange']): void {
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = rule;
}
