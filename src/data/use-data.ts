// React hooks over the loaders: the index once, locality files lazily (only the selected ones), cached.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CoverageFile, IndexFile, LocalityFile, Observation, SourceFile } from '@/schema/dataset';
import { loadCoverage, loadIndex, loadLocalityFile, loadSourceFile } from '@/data/load-data';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; data: T };

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

interface Settled<T> {
  /** The request this result answers; a result for an older request means "still loading". */
  request: string;
  value: { ok: true; data: T } | { ok: false; error: Error };
}

function useLoad<T>(load: () => Promise<T>): { state: Loadable<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  useEffect(() => {
    let live = true;
    const request = String(attempt);
    load().then(
      (data) => live && setSettled({ request, value: { ok: true, data } }),
      (error: unknown) => live && setSettled({ request, value: { ok: false, error: asError(error) } }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!settled || settled.request !== String(attempt)) return { state: { status: 'loading' }, retry };
  const state: Loadable<T> = settled.value.ok
    ? { status: 'ready', data: settled.value.data }
    : { status: 'error', error: settled.value.error };
  return { state, retry };
}

export function useIndex() {
  return useLoad<IndexFile>(loadIndex);
}

export function useCoverage() {
  return useLoad<CoverageFile>(loadCoverage);
}

const localityCache = new Map<string, Promise<LocalityFile>>();
/** Files that have arrived, so a selection of already-loaded localities renders at once. */
const resolvedLocalities = new Map<string, LocalityFile>();
const MAX_PARALLEL_FETCHES = 6;
let running = 0;
const waiting: Array<() => void> = [];

/** Runs at most a few fetches at once, so selecting thousands of localities does not flood the network. */
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL_FETCHES) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function cachedLocality(localityId: string): Promise<LocalityFile> {
  let pending = localityCache.get(localityId);
  if (!pending) {
    pending = limited(() => loadLocalityFile(localityId)).then((file) => {
      resolvedLocalities.set(localityId, file);
      return file;
    });
    pending.catch(() => localityCache.delete(localityId));
    localityCache.set(localityId, pending);
  }
  return pending;
}

export interface LocalityObservations {
  byLocality: ReadonlyMap<string, Observation[]>;
  /** True while some requested locality file is still on its way. */
  pending: boolean;
  error: Error | null;
  retry: () => void;
}

const EMPTY: ReadonlyMap<string, Observation[]> = new Map();

/** Loads the observation files of these localities (a few at a time, cached). */
export function useLocalityObservations(localityIds: readonly string[]): LocalityObservations {
  const key = localityIds.join(',');
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<ReadonlyMap<string, Observation[]>> | null>(null);
  const request = `${attempt}|${key}`;

  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',') : [];
    const current = `${attempt}|${key}`;
    Promise.all(ids.map((id) => cachedLocality(id))).then(
      (files) => live && setSettled({ request: current, value: { ok: true, data: new Map(files.map((f) => [f.localityId, f.observations])) } }),
      (failure: unknown) => live && setSettled({ request: current, value: { ok: false, error: asError(failure) } }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Files already in memory render at once (no loading flash); stable per selection so views can memoise.
  const alreadyLoaded = useMemo(() => {
    const ids = key ? key.split(',') : [];
    if (!ids.every((id) => resolvedLocalities.has(id))) return null;
    return new Map(ids.map((id) => [id, resolvedLocalities.get(id)?.observations ?? []]));
  }, [key]);
  if (settled?.request === request && settled.value.ok) return { byLocality: settled.value.data, pending: false, error: null, retry };
  if (alreadyLoaded) return { byLocality: alreadyLoaded, pending: false, error: null, retry };
  if (!settled || settled.request !== request) return { byLocality: EMPTY, pending: true, error: null, retry };
  if (!settled.value.ok) return { byLocality: EMPTY, pending: false, error: settled.value.error, retry };
  return { byLocality: settled.value.data, pending: false, error: null, retry };
}

/** The observations of these localities, for actions that need them once (downloads, a click): cached, a few at a time. */
export async function loadObservations(localityIds: readonly string[]): Promise<Map<string, Observation[]>> {
  const files = await Promise.all(localityIds.map((id) => cachedLocality(id)));
  return new Map(files.map((file) => [file.localityId, file.observations]));
}

const sourceCache = new Map<string, Promise<SourceFile>>();

function cachedSource(sourceId: string): Promise<SourceFile> {
  let pending = sourceCache.get(sourceId);
  if (!pending) {
    pending = loadSourceFile(sourceId);
    pending.catch(() => sourceCache.delete(sourceId));
    sourceCache.set(sourceId, pending);
  }
  return pending;
}

/** Loads one source file on demand (the reader opens one article at a time); null id = nothing to load. */
export function useSourceFile(sourceId: string | null): { state: Loadable<SourceFile> | null; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<SourceFile> | null>(null);
  const request = `${attempt}|${sourceId ?? ''}`;
  useEffect(() => {
    if (!sourceId) return;
    let live = true;
    const current = `${attempt}|${sourceId}`;
    cachedSource(sourceId).then(
      (data) => live && setSettled({ request: current, value: { ok: true, data } }),
      (error: unknown) => live && setSettled({ request: current, value: { ok: false, error: asError(error) } }),
    );
    return () => {
      live = false;
    };
  }, [sourceId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!sourceId) return { state: null, retry };
  if (!settled || settled.request !== request) return { state: { status: 'loading' }, retry };
  const state: Loadable<SourceFile> = settled.value.ok
    ? { status: 'ready', data: settled.value.data }
    : { status: 'error', error: settled.value.error };
  return { state, retry };
}
