// @vitest-environment happy-dom
// The media-query hook: follows changes, and asks matchMedia once per query, not on every render.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test, vi } from 'vitest';
import { useMediaQuery } from './use-media-query';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

test('follows a query and asks matchMedia once for it, however often it renders', () => {
  const listeners = new Set<() => void>();
  const list = { matches: false, addEventListener: (_: string, f: () => void) => listeners.add(f), removeEventListener: (_: string, f: () => void) => listeners.delete(f) };
  const matchMedia = vi.fn(() => list);
  vi.stubGlobal('matchMedia', matchMedia);
  const seen: boolean[] = [];
  function Probe({ n }: { n: number }) {
    const narrow = useMediaQuery('(max-width: 123px)');
    seen.push(narrow);
    return <span>{n}</span>;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe n={1} />));
  act(() => root.render(<Probe n={2} />));
  act(() => root.render(<Probe n={3} />));
  expect(seen.at(-1)).toBe(false);
  list.matches = true;
  act(() => listeners.forEach((listener) => listener()));
  expect(seen.at(-1)).toBe(true);
  expect(matchMedia).toHaveBeenCalledTimes(1);
  expect(listeners.size).toBe(1);
  act(() => root.unmount());
  expect(listeners.size).toBe(0);
  vi.unstubAllGlobals();
});
