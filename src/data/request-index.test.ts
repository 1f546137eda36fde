// The index's one request (main.tsx starts it, the app shares it): asked for once, again only after a failure,
// and given out when the first view's files are in or the wait is over, whichever comes first.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { IndexFile } from '@/schema/dataset';
import { deferred } from '@/testing/deferred';

const loadIndex = vi.fn<() => Promise<IndexFile>>();
vi.mock('@/data/load-data', async (original) => ({ ...(await original<typeof import('@/data/load-data')>()), loadIndex: () => loadIndex() }));

const index = { schemaVersion: 1 } as unknown as IndexFile;

/** The module afresh: its request is module state. */
async function fresh() {
  vi.resetModules();
  return (await import('@/data/use-data')).requestIndex;
}

beforeEach(() => {
  loadIndex.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
});

test('callers share one request', async () => {
  const requestIndex = await fresh();
  loadIndex.mockResolvedValue(index);
  const [a, b] = [requestIndex(), requestIndex()];
  expect(await a).toBe(index);
  expect(await b).toBe(index);
  expect(await requestIndex()).toBe(index);
  expect(loadIndex).toHaveBeenCalledTimes(1);
});

test('a failed request is forgotten: the next call (a retry) asks again', async () => {
  const requestIndex = await fresh();
  loadIndex.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(index);
  await expect(requestIndex()).rejects.toThrow('offline');
  expect(await requestIndex()).toBe(index);
  expect(loadIndex).toHaveBeenCalledTimes(2);
});

test('the index waits for what prepare returns, but no longer than the wait', async () => {
  vi.useFakeTimers();
  const requestIndex = await fresh();
  loadIndex.mockResolvedValue(index);
  const files = deferred<void>();
  const prepare = vi.fn(() => files.promise);
  let given: IndexFile | undefined;
  void requestIndex(prepare, 250).then((value) => (given = value));
  await vi.advanceTimersByTimeAsync(249);
  expect(prepare).toHaveBeenCalledWith(index);
  expect(given).toBeUndefined();
  await vi.advanceTimersByTimeAsync(1);
  expect(given).toBe(index);
});

test('files in before the wait give the index out at once; a failed one does not fail it', async () => {
  vi.useFakeTimers();
  for (const outcome of ['resolve', 'reject'] as const) {
    const requestIndex = await fresh();
    loadIndex.mockResolvedValue(index);
    const files = deferred<void>();
    let given: IndexFile | undefined;
    void requestIndex(() => files.promise, 10_000).then((value) => (given = value));
    await vi.advanceTimersByTimeAsync(5);
    expect(given).toBeUndefined();
    if (outcome === 'resolve') files.resolve();
    else files.reject(new Error('missing'));
    await vi.advanceTimersByTimeAsync(0);
    expect(given, outcome).toBe(index);
  }
});
