// The index and the first view's figures: the index asked for when the code starts (main.tsx), the figures as soon
// as the index is in rather than after the dashboard's first render: on a real network one round trip leaves the
// critical path (the view's own request finds them in the cache).
import type { IndexFile } from '@/schema/dataset';
import { loadObservations, requestIndex } from '@/data/use-data';
import { memoizeLast } from '@/lib/memoize-last';
import { reconcileViewState, type ViewState } from '@/state/url-state';
import { currentViewState } from '@/state/view-store';
import { firstViewLocalities } from '@/app/use-dashboard';

/** The start asks twice for the same (the first view's files, then the app restoring the view): worked out once. */
const reconcile = memoizeLast((index: IndexFile, state: ViewState) =>
  reconcileViewState(state, {
    localityIds: index.localities.map((l) => l.id),
    defaultLocalityIds: index.defaultLocalityIds,
    areaIds: index.programAreas.map((a) => a.id),
    metricIds: index.metrics.map((m) => m.id),
  }),
);

/** The URL's view state with what the dataset does not know dropped, and loc=* / xloc spelled out. */
export function reconciledViewState(index: IndexFile, state: ViewState = currentViewState()): ViewState {
  return reconcile(index, state);
}

/**
 * Starts loading the locality files the URL's view reads; the promise settles when they are in. A failure is left
 * to the view, which asks again through the same cache and says why.
 */
export function prepareFirstView(index: IndexFile): Promise<unknown> {
  const ids = firstViewLocalities(index, reconciledViewState(index));
  return ids.length > 0 ? loadObservations(ids) : Promise.resolve();
}

/**
 * How long the dashboard waits for its first view's files once the index is in: within it, the controls and the first
 * view are rendered at once (one render, one layout, no "loading" in between); after it, the controls come first.
 */
export const FIRST_VIEW_WAIT_MS = 250;

/** The index, with the first view's files asked for as soon as it is in. main.tsx starts it before React renders. */
export function requestFirstView(): Promise<IndexFile> {
  return requestIndex(prepareFirstView, FIRST_VIEW_WAIT_MS);
}
