// The file cache: one request per file, a few at a time, failures forgotten so a retry asks again.
import { describe, expect, test } from 'vitest';
import { createFileCache } from '@/data/file-cache';
import { deferred } from '@/testing/deferred';

describe('createFileCache', () => {
  test('asks once per file however often it is wanted, and peeks only what has arrived', async () => {
    const asked: string[] = [];
    const cache = createFileCache(async (id: string) => {
      asked.push(id);
      return `file ${id}`;
    });
    expect(cache.peek('a')).toBeUndefined();
    const [first, second] = await Promise.all([cache.get('a'), cache.get('a')]);
    expect([first, second, await cache.get('a')]).toEqual(['file a', 'file a', 'file a']);
    expect(asked).toEqual(['a']);
    expect(cache.peek('a')).toBe('file a');
  });

  test('a failed file is forgotten, so the next request asks again', async () => {
    let attempts = 0;
    const cache = createFileCache(async (id: string) => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return id;
    });
    await expect(cache.get('x')).rejects.toThrow('offline');
    expect(cache.peek('x')).toBeUndefined();
    await expect(cache.get('x')).resolves.toBe('x');
    expect(attempts).toBe(2);
  });

  test('no more than `parallel` loads run at once; the rest wait their turn', async () => {
    const gates = new Map<string, ReturnType<typeof deferred<string>>>();
    let running = 0;
    let most = 0;
    const cache = createFileCache((id: string) => {
      running += 1;
      most = Math.max(most, running);
      const gate = deferred<string>();
      gates.set(id, gate);
      return gate.promise.finally(() => {
        running -= 1;
      });
    }, 2);
    const all = Promise.all(['a', 'b', 'c', 'd'].map((id) => cache.get(id)));
    await Promise.resolve();
    expect([...gates.keys()]).toEqual(['a', 'b']);
    for (let i = 0; i < 20 && gates.size < 4; i += 1) {
      for (const gate of gates.values()) gate.resolve('done');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    for (const gate of gates.values()) gate.resolve('done');
    await all;
    expect(most).toBe(2);
    expect(gates.size).toBe(4);
  });
});
