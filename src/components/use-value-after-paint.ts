// A value that follows another a frame behind: the frame that answers a click (the control's new state, the view
// dimmed) is painted first, then the view renders the new value in the background.
import { startTransition, useEffect, useState } from 'react';

/**
 * `value` as it was at the last paint: a change arrives once the next frame has been painted (an animation frame,
 * then a task) and renders as a transition, which a later change interrupts. useDeferredValue starts its
 * background render at once, and a render that finishes within the frame commits (and lays the page out) before
 * the click's frame is painted; here that frame never waits for the view.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(() => value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(() => value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
