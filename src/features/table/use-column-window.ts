// The locality columns worth drawing: all of them for a few localities; for many, only those scrolled into view
// (and a few either side), with the width of the ones left out on each side, so the table keeps its full width.
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Range } from '@tanstack/react-virtual';
import { blockRange, useQuietVirtualizer } from './use-quiet-virtualizer';

/** From this many locality columns on, only those in view are drawn. */
export const VIRTUAL_COLUMNS_FROM = 16;
/** A locality column's width when columns are virtual (table.css sets it, so that estimates are exact). */
export const VIRTUAL_COLUMN_WIDTH = 160;

/** The drawn locality columns start and end at a multiple of this many (see blockRange). */
const BLOCK = 4;
const blockColumns = (range: Range) => blockRange(range, BLOCK);

export interface ColumnWindow {
  virtual: boolean;
  /** Locality columns [start, end) are drawn. */
  start: number;
  end: number;
  /** Widths of the columns left out before and after them. */
  padStart: number;
  padEnd: number;
}

/**
 * `scroller` scrolls the table sideways; `fixed` is the last header cell before the locality columns (its right
 * edge is where they start).
 */
export function useColumnWindow(scroller: RefObject<HTMLElement | null>, fixed: RefObject<HTMLElement | null>, count: number): ColumnWindow {
  const virtual = count >= VIRTUAL_COLUMNS_FROM;
  const [fixedWidth, setFixedWidth] = useState(0);
  useLayoutEffect(() => {
    if (!virtual || !fixed.current || !scroller.current) return;
    const measure = () => {
      const table = fixed.current?.closest('table');
      if (fixed.current && table) setFixedWidth(Math.round(fixed.current.getBoundingClientRect().right - table.getBoundingClientRect().left));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(fixed.current);
    return () => observer.disconnect();
  }, [virtual, fixed, scroller]);
  const virtualizer = useQuietVirtualizer({
    horizontal: true,
    count,
    enabled: virtual,
    getScrollElement: () => scroller.current,
    estimateSize: () => VIRTUAL_COLUMN_WIDTH,
    scrollMargin: fixedWidth,
    overscan: 1,
    // Whole blocks of columns: the table is drawn again once every few columns scrolled, not on every frame.
    rangeExtractor: blockColumns,
  });
  if (!virtual) return { virtual, start: 0, end: count, padStart: 0, padEnd: 0 };
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = (items.at(-1)?.index ?? -1) + 1;
  return { virtual, start, end, padStart: start * VIRTUAL_COLUMN_WIDTH, padEnd: (count - end) * VIRTUAL_COLUMN_WIDTH };
}
