// The one hook that loads something: a state of loading, error or ready, a retry, and no stale result ever
// shown for a newer request (a slow answer to an earlier selection is dropped).
import { startTransition, useCallback, useEffect, useState } from 'react';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; data: T };

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

interface Settled<T> {
  /** The request this result answers; a result for another request means "still loading". */
  request: string;
  state: Loadable<T>;
}

/**
 * Loads `load()` whenever `key` changes (null: nothing to load). `immediate` returns what is already in memory
 * for this key, so it renders at once without a loading flash.
 */
export function useLoadable<T>(
  key: string | null,
  load: () => Promise<T>,
  immediate?: () => T | undefined,
): { state: Loadable<T> | null; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const request = `${attempt}|${key ?? ''}`;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    // What a load brings is rendered as a transition: React renders it in slices and yields between them, so a
    // big view arriving (a page of cards, the dashboard) does not block input in one long task.
    const settle = (state: Loadable<T>) => startTransition(() => setSettled({ request, state }));
    load().then(
      (data) => live && settle({ status: 'ready', data }),
      (error: unknown) => live && settle({ status: 'error', error: asError(error) }),
    );
    return () => {
      live = false;
    };
    // `load` belongs to `key`: a new function for the same key is the same request.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (key === null) return { state: null, retry };
  if (settled?.request === request) return { state: settled.state, retry };
  const ready = immediate?.();
  return { state: ready === undefined ? { status: 'loading' } : { status: 'ready', data: ready }, retry };
}
