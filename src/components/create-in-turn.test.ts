import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createInTurn } from './create-in-turn';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
});

describe('createInTurn', () => {
  test('runs the first job at once and each later one in a task of its own, in order', () => {
    const done: string[] = [];
    createInTurn(() => done.push('a'));
    createInTurn(() => done.push('b'));
    createInTurn(() => done.push('c'));
    expect(done).toEqual(['a']);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(['a', 'b']);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(['a', 'b', 'c']);
  });

  test('a job that throws does not stop the ones after it', () => {
    const done: string[] = [];
    expect(() =>
      createInTurn(() => {
        throw new Error('first');
      }),
    ).toThrow('first');
    createInTurn(() => done.push('second'));
    createInTurn(() => {
      throw new Error('third');
    });
    createInTurn(() => done.push('fourth'));
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(['second']);
    expect(() => vi.advanceTimersToNextTimer()).toThrow('third');
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(['second', 'fourth']);
    // Once idle, the next job runs at once again.
    vi.runAllTimers();
    createInTurn(() => done.push('later'));
    expect(done).toEqual(['second', 'fourth', 'later']);
  });

  test("a later job never runs in the caller's task, even when nothing waits, and keeps its place in the queue", () => {
    const done: string[] = [];
    createInTurn(() => done.push('update'), { later: true });
    createInTurn(() => done.push('create'));
    expect(done).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(['update']);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(['update', 'create']);
    // Once idle, a job that may run at once does.
    vi.runAllTimers();
    createInTurn(() => done.push('first'));
    expect(done).toEqual(['update', 'create', 'first']);
  });
});

