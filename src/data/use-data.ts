// The app's data: the index once, locality and source files as they are needed, each cached.
import { useMemo } from 'react';
import type { CoverageFile, IndexFile, LocalityFile, MetricFile, Observation, SourceFile } from '@/schema/dataset';
import { createFileCache } from '@/data/file-cache';
import { loadCoverage, loadIndex, loadLocalityFile, loadMetricFile, loadSourceFile } from '@/data/load-data';
import { useLoadable, type Loadable } from '@/data/use-loadable';

export type { Loadable };

const localities = createFileCache<LocalityFile>(loadLocalityFile, 6);
const sources = createFileCache<SourceFile>(loadSourceFile);
const metrics = createFileCache<MetricFile>(loadMetricFile);

/** The index's request: one for the page, made again only after a failure (a retry). */
let indexRequest: Promise<IndexFile> | null = null;

/**
 * Starts loading the index, if it is not on its way already; `prepare` runs as soon as it is in, and the index is
 * given out when what `prepare` returns has settled or `waitMs` has passed, whichever comes first (the app asks for
 * its first view's files, so that the dashboard can render its controls and its first view at once). main.tsx calls
 * it before React renders, so that the request does not wait for the first render's effects.
 */
export function requestIndex(prepare?: (index: IndexFile) => Promise<unknown> | void, waitMs = 0): Promise<IndexFile> {
  if (!indexRequest) {
    const request = loadIndex().then(async (index) => {
      const prepared = prepare?.(index);
      if (prepared) await settledOrAfter(prepared, waitMs);
      return index;
    });
    // A failed request is forgotten, so that the retry asks again.
    request.catch(() => {
      if (indexRequest === request) indexRequest = null;
    });
    indexRequest = request;
  }
  return indexRequest;
}

/** Resolves when `promise` settles (either way) or after `ms`, whichever comes first. */
function settledOrAfter(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise.then(noop, noop), waited]).finally(() => clearTimeout(timer));
}

function noop(): void {}

/** The index, through `request` (the app's: `requestIndex` with its first view's files, see app/first-view). */
export function useIndex(request: () => Promise<IndexFile>) {
  return useLoadable<IndexFile>('index', request) as { state: Loadable<IndexFile>; retry: () => void };
}

export function useCoverage() {
  return useLoadable<CoverageFile>('coverage', loadCoverage) as { state: Loadable<CoverageFile>; retry: () => void };
}

/** Loads one source file on demand (the reader opens one article at a time); null id = nothing to load. */
export function useSourceFile(sourceId: string | null) {
  return useLoadable<SourceFile>(sourceId, () => sources.get(sourceId!));
}

/** One metric's figures across every locality (views of one metric: the ranking); null id = nothing to load. */
export function useMetricFile(metricId: string | null) {
  return useLoadable<MetricFile>(metricId ? `metric:${metricId}` : null, () => metrics.get(metricId!), () => (metricId ? metrics.peek(metricId) : undefined));
}

/** The observations of these localities, for actions that need them once (downloads, a click): cached, a few at a time. */
export async function loadObservations(localityIds: readonly string[]): Promise<Map<string, Observation[]>> {
  const files = await Promise.all(localityIds.map((id) => localities.get(id)));
  return new Map(files.map((file) => [file.localityId, file.observations]));
}

export interface LocalityObservations {
  byLocality: ReadonlyMap<string, Observation[]>;
  /** True while some requested locality file is still on its way. */
  pending: boolean;
  error: Error | null;
  retry: () => void;
}

const EMPTY: ReadonlyMap<string, Observation[]> = new Map();

/** Loads the observation files of these localities (a few at a time, cached); files in memory render at once. */
export function useLocalityObservations(localityIds: readonly string[]): LocalityObservations {
  const key = localityIds.join(',');
  // Stable per selection, so that views can memoise on it.
  const immediate = useMemo(() => {
    const ids = key ? key.split(',') : [];
    const files = ids.map((id) => localities.peek(id));
    const all = files.every((file) => file !== undefined) ? new Map(files.map((file) => [file!.localityId, file!.observations])) : undefined;
    return () => all;
  }, [key]);
  const { state, retry } = useLoadable(key, () => loadObservations(key ? key.split(',') : []), immediate);
  // One object per state, so that what is built from it can be memoised.
  return useMemo(() => {
    if (state?.status === 'ready') return { byLocality: state.data, pending: false, error: null, retry };
    if (state?.status === 'error') return { byLocality: EMPTY, pending: false, error: state.error, retry };
    return { byLocality: EMPTY, pending: true, error: null, retry };
  }, [state, retry]);
}
