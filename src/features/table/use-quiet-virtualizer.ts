// A TanStack virtualizer for an element that scrolls (as useVirtualizer), which re-renders only when what is drawn
// changes (which items, where they start, the total size), not on every scroll event, and a range that moves by
// whole blocks: while a big table scrolls, most frames then cost React and the browser's layout nothing.
import { useLayoutEffect, useReducer, useState } from 'react';
import { flushSync } from 'react-dom';
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer, type Range, type VirtualizerOptions } from '@tanstack/react-virtual';

export type QuietVirtualizerOptions = Omit<VirtualizerOptions<HTMLElement, Element>, 'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'>;

/** What a render draws: the items (first, last, how many), where they start and end, and the whole size. */
function drawnKey(virtualizer: Virtualizer<HTMLElement, Element>): string {
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return `${items.length}|${first?.index}|${first?.start}|${last?.index}|${last?.end}|${virtualizer.getTotalSize()}`;
}

/** The virtualizer with what its callbacks remember (outside React's state: they run between renders). */
function createQuiet(rerender: () => void) {
  const seen = { drawn: '', measuring: false };
  const resolve = (options: QuietVirtualizerOptions): VirtualizerOptions<HTMLElement, Element> => ({
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: (instance, sync) => {
      if (drawnKey(instance) === seen.drawn) return;
      // Drawn before the browser paints the scrolled box, as useVirtualizer does, except while an element is measured.
      if (sync && !seen.measuring) flushSync(rerender);
      else rerender();
    },
  });
  let virtualizer: Virtualizer<HTMLElement, Element> | null = null;
  return {
    /** Creates the virtualizer on the first render; sets the options on each. */
    render(options: QuietVirtualizerOptions): Virtualizer<HTMLElement, Element> {
      if (virtualizer) {
        virtualizer.setOptions(resolve(options));
        return virtualizer;
      }
      const created = new Virtualizer(resolve(options));
      const measure = created.measureElement;
      created.measureElement = (node) => {
        seen.measuring = true;
        try {
          measure(node);
        } finally {
          seen.measuring = false;
        }
      };
      virtualizer = created;
      return created;
    },
    /** After each render: what it drew, and the virtualizer's own update (as @tanstack/react-virtual calls it). */
    rendered(): void {
      if (!virtualizer) return;
      seen.drawn = drawnKey(virtualizer);
      // oxlint-disable-next-line no-underscore-dangle
      virtualizer._willUpdate();
    },
    mounted(): (() => void) | undefined {
      // oxlint-disable-next-line no-underscore-dangle
      return virtualizer?._didMount();
    },
  };
}

export function useQuietVirtualizer(options: QuietVirtualizerOptions): Virtualizer<HTMLElement, Element> {
  const rerender = useReducer((n: number) => n + 1, 0)[1];
  const [quiet] = useState(() => createQuiet(rerender));
  const virtualizer = quiet.render(options);
  useLayoutEffect(() => quiet.mounted(), [quiet]);
  useLayoutEffect(() => {
    quiet.rendered();
  });
  return virtualizer;
}

/**
 * The items in view and `overscan` either side, widened to whole blocks of `block` items: the items drawn change once
 * every few items scrolled, not on every frame (each change costs a new layout and paint of the table).
 */
export function blockRange(range: Range, block: number): number[] {
  const start = Math.floor(Math.max(0, range.startIndex - range.overscan) / block) * block;
  const end = Math.min(range.count, Math.ceil((range.endIndex + range.overscan + 1) / block) * block);
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}
