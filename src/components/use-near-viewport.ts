// Whether an element is within `margin` of the viewport (`near`, followed as the page scrolls) and whether it
// ever has been (`seen`).
import { useEffect, useState, type RefObject } from 'react';

export function useNearViewport(target: RefObject<Element | null>, margin = '100%'): { near: boolean; seen: boolean } {
  // Without IntersectionObserver (old browsers, tests) everything is near.
  const [state, setState] = useState(() => {
    const always = typeof IntersectionObserver === 'undefined';
    return { near: always, seen: always };
  });
  useEffect(() => {
    const element = target.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries.some((entry) => entry.isIntersecting);
        setState((previous) => (previous.near === near && (previous.seen || !near) ? previous : { near, seen: previous.seen || near }));
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, margin]);
  return state;
}
