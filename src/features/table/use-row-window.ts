// The body rows worth drawing: all of them for a small table; for a big one, only those scrolled into view (and a
// few either side), with the height of the ones left out standing in as spacer rows, so the scroll bar stays true.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';

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
  /** The box that scrolls the table, and the table's header (its height is where the body starts). */
  scroller: RefObject<HTMLElement | null>;
  head: RefObject<HTMLElement | null>;
  count: number;
  virtual: boolean;
  estimateSize: (index: number) => number;
  getKey: (index: number) => string;
  /** Lines drawn even when out of view: the one holding the focus, the one whose cell is open. */
  keep: readonly number[];
}

const noMeasure = () => {};

export function useRowWindow({ scroller, head, count, virtual, estimateSize, getKey, keep }: RowWindowOptions): RowWindow {
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => {
    if (!virtual || !head.current) return;
    const element = head.current;
    const measure = () => setHeadHeight(Math.round(element.getBoundingClientRect().height));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [virtual, head]);
  useStayAtBottom(scroller, virtual);
  // The kept lines by value (a new array of the same lines is the same range), so the range is not remade each render.
  const keepKey = keep.join(',');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      const extra = (keepKey === '' ? [] : keepKey.split(',').map(Number)).filter((index) => index < range.count && !drawn.includes(index));
      return extra.length === 0 ? drawn : [...drawn, ...extra].toSorted((a, b) => a - b);
    },
    [keepKey],
  );
  // The app is not built with the React Compiler, and nothing here memoises what the virtualizer returns.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    enabled: virtual,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey: getKey,
    scrollMargin: headHeight,
    rangeExtractor,
    overscan: 6,
  });
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
 * table grows under the reader). Reaching the bottom starts it; only scrolling up ends it, since the virtualizer's
 * own corrections for rows measured above the fold scroll down.
 */
function useStayAtBottom(scroller: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const element = scroller.current;
    const content = element?.firstElementChild;
    if (!enabled || !element || !content) return;
    let atEnd = false;
    let lastTop = element.scrollTop;
    const atBottom = () => element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
    const follow = () => {
      const top = element.scrollTop;
      if (atBottom()) atEnd = true;
      else if (top < lastTop - 1) atEnd = false;
      // Pushed off the bottom by a correction (which scrolls down, not up): back to it.
      else if (atEnd) element.scrollTop = element.scrollHeight;
      lastTop = element.scrollTop;
    };
    const observer = new ResizeObserver(() => {
      if (atEnd && !atBottom()) element.scrollTop = element.scrollHeight;
    });
    observer.observe(content);
    // Before the virtualizer's own listener, which draws the new rows (and so grows the table) before it returns.
    element.addEventListener('scroll', follow, { passive: true, capture: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', follow, { capture: true });
    };
  }, [scroller, enabled]);
}
