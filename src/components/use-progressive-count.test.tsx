// @vitest-environment happy-dom
// The progressive count: the first items at once, then a few more per task until all are in; a print takes them all.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useProgressiveCount } from './use-progressive-count';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let seen: number[];
beforeEach(() => {
  vi.useFakeTimers();
  root = createRoot(document.createElement('div'));
  seen = [];
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

function Probe({ total, first }: { total: number; first: number }) {
  const shown = useProgressiveCount(total, first, 3);
  seen.push(shown);
  return null;
}

const nextTask = () => act(() => vi.advanceTimersToNextTimer());

test('renders the first items at once, then three more per task, and stops at the total', () => {
  act(() => root.render(<Probe total={10} first={4} />));
  expect(seen.at(-1)).toBe(4);
  nextTask();
  expect(seen.at(-1)).toBe(7);
  nextTask();
  expect(seen.at(-1)).toBe(10);
  nextTask();
  expect(seen.at(-1)).toBe(10);
  expect(vi.getTimerCount()).toBe(0);
});

test('never more than the total; a longer list later goes on from where it was', () => {
  act(() => root.render(<Probe total={2} first={4} />));
  expect(seen.at(-1)).toBe(2);
  expect(vi.getTimerCount()).toBe(0);
  act(() => root.render(<Probe total={9} first={4} />));
  expect(seen.at(-1)).toBe(4);
  nextTask();
  expect(seen.at(-1)).toBe(7);
});

test('a larger first count (an item jumped to) is rendered at once', () => {
  act(() => root.render(<Probe total={20} first={4} />));
  act(() => root.render(<Probe total={20} first={15} />));
  expect(seen.at(-1)).toBe(15);
  nextTask();
  expect(seen.at(-1)).toBe(18);
});

test('beforeprint renders every item synchronously, in the event', () => {
  act(() => root.render(<Probe total={50} first={4} />));
  expect(seen.at(-1)).toBe(4);
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
    // Within the event: nothing has been flushed by act yet.
    expect(seen.at(-1)).toBe(50);
  });
});
