// The rendered width of an element, as its ResizeObserver reports it: after layout, never read during it (a read
// would force a layout, and lay out the cards the browser skips off screen with content-visibility).
// Elements that share a group (the cards of the charts view, all as wide as the grid's column) share the width, so
// a card the browser skips draws at the width its neighbours on screen report, and a new card starts at it.
import { useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';

interface SharedWidth {
  width: number | null;
  listeners: Set<() => void>;
}

const groups = new Map<string, SharedWidth>();

function sharedWidth(group: string): SharedWidth {
  let shared = groups.get(group);
  if (!shared) {
    shared = { width: null, listeners: new Set() };
    groups.set(group, shared);
  }
  return shared;
}

function reportWidth(group: string, width: number): void {
  const shared = sharedWidth(group);
  if (shared.width === width) return;
  shared.width = width;
  for (const listener of shared.listeners) listener();
}

/**
 * Follows `ref`'s width; `group` shares it with every element of that group. Until a report, `fallback`; the third
 * value says whether the width is a report (measured) or still the fallback.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number, group?: string): [RefObject<T | null>, number, boolean] {
  const ref = useRef<T | null>(null);
  const [own, setOwn] = useState<number | null>(null);
  // One subscribe function per group: a new one each render would make React subscribe again on every render.
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!group) return () => {};
      const { listeners } = sharedWidth(group);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    [group],
  );
  const groupWidth = useSyncExternalStore(subscribe, () => (group ? sharedWidth(group).width : null));
  // Observed from the commit (a layout effect; observing reads no layout), so that the first report comes in the
  // frame that first lays the element out, not one after it.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width <= 0) return;
      if (group) reportWidth(group, width);
      else setOwn(width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [group]);
  const measured = group ? groupWidth : own;
  return [ref, measured ?? fallback, measured !== null];
}
