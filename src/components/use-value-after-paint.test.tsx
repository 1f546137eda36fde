// @vitest-environment happy-dom
// The view's copy of the context: a change arrives after the next frame is painted, never in the click's own task.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useValueAfterPaint } from './use-value-after-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let seen: string[];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  root = createRoot(document.createElement('div'));
  seen = [];
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

function Probe({ value }: { value: string }) {
  seen.push(useValueAfterPaint(value));
  return null;
}

const shown = () => seen.at(-1);

test('the first value at once; a change only after the next frame, then in a task of its own', () => {
  act(() => root.render(<Probe value="a" />));
  expect(shown()).toBe('a');
  act(() => root.render(<Probe value="b" />));
  expect(shown()).toBe('a');
  act(() => vi.advanceTimersToNextFrame());
  expect(shown()).toBe('a');
  act(() => vi.advanceTimersToNextTimer());
  expect(shown()).toBe('b');
});

test('changes before the frame is painted: only the last is rendered', () => {
  act(() => root.render(<Probe value="a" />));
  act(() => root.render(<Probe value="b" />));
  act(() => root.render(<Probe value="c" />));
  act(() => vi.advanceTimersToNextFrame());
  act(() => vi.runAllTimers());
  expect(shown()).toBe('c');
  expect(seen).not.toContain('b');
});
