// @vitest-environment happy-dom
// The width hook: reported by ResizeObserver only (no layout read), shared across a group, own without one.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useElementWidth } from './use-element-width';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A ResizeObserver the test drives: `report(element, width)` calls the observer of that element. */
const observers = new Map<Element, ResizeObserverCallback>();
class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(element: Element) {
    observers.set(element, this.callback);
  }
  disconnect() {
    for (const [element, callback] of observers) if (callback === this.callback) observers.delete(element);
  }
  unobserve() {}
}
function report(element: Element, width: number) {
  const callback = observers.get(element);
  if (!callback) throw new Error('element not observed');
  act(() => callback([{ contentRect: { width } } as ResizeObserverEntry], {} as ResizeObserver));
}

let root: Root | null = null;
beforeEach(() => {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  observers.clear();
  vi.unstubAllGlobals();
});

function Probe({ group, name }: { group?: string; name: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(600, group);
  return <div ref={ref} data-name={name} data-width={width} />;
}

function render(node: React.ReactNode) {
  const host = document.createElement('div');
  root = createRoot(host);
  act(() => root!.render(node));
  const element = (name: string) => host.querySelector(`[data-name="${name}"]`)!;
  return { element, width: (name: string) => Number(element(name).getAttribute('data-width')) };
}

describe('useElementWidth', () => {
  test('starts at the fallback and never reads the layout', () => {
    const read = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    const { width } = render(<Probe name="a" />);
    expect(width('a')).toBe(600);
    expect(read).not.toHaveBeenCalled();
  });

  test('a report from one card of a group sizes every card of it; a card without a group keeps its own', () => {
    const { element, width } = render(
      <>
        <Probe name="a" group="grid-test-1" />
        <Probe name="b" group="grid-test-1" />
        <Probe name="own" />
      </>,
    );
    report(element('a'), 512);
    expect(width('a')).toBe(512);
    expect(width('b')).toBe(512);
    expect(width('own')).toBe(600);
    report(element('own'), 333);
    expect(width('own')).toBe(333);
    expect(width('b')).toBe(512);
  });

  test('a new card of a group starts at the width the group last reported; zero (a hidden box) is ignored', () => {
    const first = render(<Probe name="a" group="grid-test-2" />);
    report(first.element('a'), 480);
    report(first.element('a'), 0);
    expect(first.width('a')).toBe(480);
    act(() => root!.unmount());
    const second = render(<Probe name="late" group="grid-test-2" />);
    expect(second.width('late')).toBe(480);
  });
});
