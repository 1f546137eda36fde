// The one store: the view state, mirrored to the URL (a history entry per change, restored on back/forward).
// Actions are plain functions outside the store; components read it through the selectors below.
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Lang } from '@/lib/i18n';
import { DEFAULT_VIEW_STATE, expandLocalities, parseViewState, serializeViewState, type ViewState } from '@/state/url-state';

/** Where the state is mirrored: the browser's history, or a test's. */
export interface UrlHistory {
  /** The current query string, "?…" or "". */
  search(): string;
  push(search: string): void;
  replace(search: string): void;
}

const browserUrl = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

function browserHistory(): UrlHistory | null {
  if (typeof window === 'undefined') return null;
  const url = browserUrl;
  return {
    search: () => window.location.search,
    push: (search) => window.history.pushState(null, '', url(search)),
    replace: (search) => window.history.replaceState(null, '', url(search)),
  };
}

let history = browserHistory();
let lastCoalesceKey: string | null = null;
/** Every locality id, once the index is known: lets the URL name the few left out instead of the many chosen. */
let allLocalityIds: readonly string[] | null = null;

export function setKnownLocalities(ids: readonly string[] | null): void {
  allLocalityIds = ids;
}

/** The query string of a state, as the address bar shows it. */
export function urlOf(state: ViewState): string {
  return serializeViewState(state, allLocalityIds);
}

export const useViewStore = create<ViewState>()(() => (history ? parseViewState(history.search()) : { ...DEFAULT_VIEW_STATE }));

/** Gives the store another history (tests), and starts from its URL. */
export function setUrlHistory(next: UrlHistory | null): void {
  history = next;
  lastCoalesceKey = null;
  useViewStore.setState(next ? parseViewState(next.search()) : { ...DEFAULT_VIEW_STATE }, true);
}

function writeUrl(state: ViewState, mode: 'push' | 'replace'): void {
  if (!history) return;
  const search = urlOf(state);
  if (search === history.search()) return;
  if (mode === 'push') history.push(search);
  else history.replace(search);
}

/**
 * Applies a change and adds a history entry. Changes with the same `coalesce` key in a row (typing in a search
 * box) share one entry, so the back button undoes the whole search, not each keystroke.
 */
export function updateView(change: Partial<ViewState>, options?: { coalesce?: string }): void {
  useViewStore.setState(change);
  const key = options?.coalesce ?? null;
  writeUrl(useViewStore.getState(), key !== null && key === lastCoalesceKey ? 'replace' : 'push');
  lastCoalesceKey = key;
}

/** Sets the whole state from outside (back/forward, reconciliation) without adding history. */
export function restoreView(state: ViewState, options?: { rewriteUrl?: boolean }): void {
  useViewStore.setState(state, true);
  lastCoalesceKey = null;
  if (options?.rewriteUrl) writeUrl(state, 'replace');
}

/** The plain view state, for code outside React. */
export function currentViewState(): ViewState {
  return useViewStore.getState();
}

/** The interface language. */
export const useLang = (): Lang => useViewStore((state) => state.lang);

/** What the comparison views are asked to show: localities, areas, per capita. */
export function useSelectionState(): Pick<ViewState, 'localityIds' | 'areaIds' | 'perCapita'> {
  return useViewStore(useShallow((state) => ({ localityIds: state.localityIds, areaIds: state.areaIds, perCapita: state.perCapita })));
}

function onPopState(): void {
  if (history) restoreView(stateOfLink(history.search()));
}

/** Follows the back and forward buttons; returns the unsubscribe function. */
export function listenToHistory(): () => void {
  window.addEventListener('popstate', onPopState);
  return () => window.removeEventListener('popstate', onPopState);
}

/** Follows in-app links built as HTML (chart tooltips carry data-app-link) without reloading the page. */
function onAppLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[data-app-link]') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  updateView(stateOfLink(new URL(link.href).search));
}

/**
 * The state a query string names (an in-app link, back or forward): once the localities are known, loc=* is all
 * of them and the few a link leaves out (xloc) become the ones it keeps.
 */
export function stateOfLink(search: string): ViewState {
  const state = parseViewState(search);
  return allLocalityIds === null ? state : expandLocalities(state, allLocalityIds);
}

export function listenToAppLinks(): () => void {
  document.addEventListener('click', onAppLinkClick);
  return () => document.removeEventListener('click', onAppLinkClick);
}
