// @vitest-environment happy-dom
// The loadable hook in a real React root: loading, ready, error and retry, and no stale answer for a newer key.
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, test } from 'vitest';
import { useLoadable, type Loadable } from '@/data/use-loadable';
import { deferred } from '@/testing/deferred';

// React's act() checks this flag in test environments.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

interface ProbeProps {
  id: string | null;
  load: (id: string) => Promise<string>;
  seen: Array<Loadable<string> | null>;
  retryRef?: { retry?: () => void };
  immediate?: () => string | undefined;
}

/** One component for every render, so that a new id is a new request of the same hook, not a new component. */
function Probe({ id, load, seen, retryRef, immediate }: ProbeProps) {
  const { state, retry } = useLoadable(id, () => load(id!), immediate);
  useEffect(() => {
    seen.push(state);
    if (retryRef) Object.assign(retryRef, { retry });
  });
  return null;
}

function renderLoadable(id: string | null, load: (id: string) => Promise<string>, seen: Array<Loadable<string> | null>, retryRef?: { retry?: () => void }, immediate?: () => string | undefined) {
  root ??= createRoot(document.createElement('div'));
  act(() => root!.render(<Probe id={id} load={load} seen={seen} retryRef={retryRef} immediate={immediate} />));
}

const flush = () => act(async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('useLoadable', () => {
  test('loading, then ready', async () => {
    const seen: Array<Loadable<string> | null> = [];
    const gate = deferred<string>();
    renderLoadable('a', () => gate.promise, seen);
    expect(seen.at(-1)).toEqual({ status: 'loading' });
    gate.resolve('file a');
    await flush();
    expect(seen.at(-1)).toEqual({ status: 'ready', data: 'file a' });
  });

  test('a slow answer to an earlier key is never shown for a newer one', async () => {
    const seen: Array<Loadable<string> | null> = [];
    const gates = { a: deferred<string>(), b: deferred<string>() };
    const load = (key: string) => gates[key as 'a' | 'b'].promise;
    renderLoadable('a', load, seen);
    renderLoadable('b', load, seen);
    gates.b.resolve('file b');
    await flush();
    gates.a.resolve('file a');
    await flush();
    expect(seen.at(-1)).toEqual({ status: 'ready', data: 'file b' });
    expect(seen.some((state) => state?.status === 'ready' && state.data === 'file a')).toBe(false);
  });

  test('an error, then a retry that succeeds', async () => {
    const seen: Array<Loadable<string> | null> = [];
    let attempts = 0;
    const retryRef: { retry?: () => void } = {};
    renderLoadable('a', async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return 'file a';
    }, seen, retryRef);
    await flush();
    expect(seen.at(-1)).toMatchObject({ status: 'error', error: { message: 'offline' } });
    act(() => retryRef.retry!());
    expect(seen.at(-1)).toEqual({ status: 'loading' });
    await flush();
    expect(seen.at(-1)).toEqual({ status: 'ready', data: 'file a' });
  });

  test('what is already in memory renders at once, without a loading state; a null key loads nothing', async () => {
    const seen: Array<Loadable<string> | null> = [];
    renderLoadable('a', () => new Promise<string>(() => {}), seen, undefined, () => 'cached a');
    expect(seen).toEqual([{ status: 'ready', data: 'cached a' }]);
    const none: Array<Loadable<string> | null> = [];
    let asked = false;
    renderLoadable(null, async () => {
      asked = true;
      return 'x';
    }, none);
    await flush();
    expect(none.at(-1)).toBeNull();
    expect(asked).toBe(false);
  });
});
