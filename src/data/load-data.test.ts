import { afterEach, describe, expect, test, vi } from 'vitest';
import { DataLoadError, loadIndex, REQUEST_TIMEOUT_MS } from '@/data/load-data';

function serve(body: string, init: ResponseInit) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));
}

async function failure(): Promise<DataLoadError> {
  try {
    await loadIndex();
  } catch (error) {
    if (error instanceof DataLoadError) return error;
    throw error;
  }
  throw new Error('loaded');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading data files', () => {
  test('an index.json request that never answers is given up after the timeout: an error the page can retry', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    })));
    const pending = failure();
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
    const error = await pending;
    vi.useRealTimers();
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`data/index.json: no answer after ${REQUEST_TIMEOUT_MS / 1000} s`);
  });

  test('an HTML page served for a missing file (single-page fallback, status 200) reads "file not found"', async () => {
    serve('<!doctype html><html></html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    const error = await failure();
    expect(error.kind).toBe('missing');
    expect(error.message).toBe('file not found: data/index.json');
  });

  test('HTML without a content type is still recognised', async () => {
    serve('\n<html></html>', { status: 200 });
    expect((await failure()).kind).toBe('missing');
  });

  test('a 404 is a missing file', async () => {
    serve('', { status: 404 });
    expect((await failure()).message).toBe('file not found: data/index.json');
  });

  test('broken JSON is invalid, not missing', async () => {
    serve('{"schemaVersion": ', { status: 200, headers: { 'content-type': 'application/json' } });
    const error = await failure();
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('data/index.json: not valid JSON');
  });
});
