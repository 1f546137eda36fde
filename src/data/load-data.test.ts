// oxlint-disable-next-line import/no-unassigned-import
import '@/data/zod-without-eval';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DataLoadError, loadIndex, REQUEST_TIMEOUT_MS, validateDataFile } from '@/data/load-data';
import { indexFileSchema } from '@/schema/dataset';
import { fixtureIndex } from '@/testing/fixture-dataset';

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

const copy = () => structuredClone(fixtureIndex) as unknown as Record<string, any>;

describe('validating a data file (zod/mini with English messages, as the app runs it)', () => {
  test('a well-formed index passes and comes back whole', () => {
    expect(validateDataFile(copy(), indexFileSchema, 'index.json')).toEqual(fixtureIndex);
  });

  test.each([
    ['a number written as text', (raw: Record<string, any>) => (raw.localities[1].population.value = '12'), 'index.json: localities.1.population.value: Invalid input: expected number, received string'],
    ['an empty Chinese name', (raw: Record<string, any>) => (raw.localities[0].name.zh = ''), 'index.json: localities.0.name.zh: Too small: expected string to have >=1 characters'],
    ['an id with capitals', (raw: Record<string, any>) => (raw.metrics[2].id = 'Relief'), 'index.json: metrics.2.id: ids are lower-case ascii, digits, _ and -'],
    ['a level rank out of range', (raw: Record<string, any>) => (raw.localities[0].levelRank = 7), 'index.json: localities.0.levelRank: Too big: expected number to be <=4'],
    ['a missing list', (raw: Record<string, any>) => delete raw.sources, 'index.json: sources: Invalid input: expected array, received undefined'],
  ])('%s is refused with the file, the place and what was expected', (_case, spoil, message) => {
    const raw = copy();
    spoil(raw);
    expect(() => validateDataFile(raw, indexFileSchema, 'index.json')).toThrow(new DataLoadError(message, 'invalid'));
  });

  test('loading takes the fast path and still names the place of a problem: index.json from the server, one number spoiled', async () => {
    const raw = copy();
    serve(JSON.stringify(raw), { status: 200, headers: { 'content-type': 'application/json' } });
    expect(await loadIndex()).toEqual(fixtureIndex);
    raw.localities[2].figureCounts.welfare = -1;
    serve(JSON.stringify(raw), { status: 200, headers: { 'content-type': 'application/json' } });
    expect((await failure()).message).toBe('index.json: localities.2.figureCounts.welfare: Too small: expected number to be >=0');
  });

  test('another schema version is named before any other problem', () => {
    const raw = { ...copy(), schemaVersion: 2, localities: 'none' };
    const error = (() => {
      try {
        validateDataFile(raw, indexFileSchema, 'index.json');
      } catch (caught) {
        return caught as DataLoadError;
      }
      throw new Error('validated');
    })();
    expect(error.kind).toBe('version');
    expect(error.message).toMatch(/^index\.json: schemaVersion 2, expected \d+$/);
  });
});
