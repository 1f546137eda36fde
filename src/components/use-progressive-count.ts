// How many items of a long list to render: `first` in the list's first commit (about a screenful, so that the
// first of them is drawn sooner and the commit is short), then `step` more per transition, one after another, until
// all are in. `first` may grow later (an item jumped to is rendered at once). A print renders them all at once (a
// print is a snapshot of the page as beforeprint leaves it).
import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { beforePrint } from '@/components/before-print';

export function useProgressiveCount(total: number, first: number, step: number): number {
  const [count, setCount] = useState(first);
  const shown = Math.min(Math.max(count, first), total);
  useEffect(() => {
    if (shown >= total) return;
    // After this commit has been painted: the next items come in a task of their own, rendered in slices.
    const timer = setTimeout(() => startTransition(() => setCount((previous) => Math.max(previous, shown) + step)), 0);
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  // Synchronously, so that the hooks the new items register for the print (their charts') run in the same event.
  useEffect(() => beforePrint(() => flushSync(() => setCount(Infinity))), []);
  return shown;
}
