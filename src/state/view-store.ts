// The one store: view state, mirrored to the URL (pushState on change, restored on popstate).
import { create } from 'zustand';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from '@/state/url-state';

interface ViewStore extends ViewState {
  /**
   * Applies a change and adds a history entry. Changes with the same `coalesce` key in a row (typing in
   * a search box) share one entry, so the back button undoes the whole search, not each keystroke.
   */
  update: (change: Partial<ViewState>, options?: { coalesce?: string }) => void;
  /** Sets the whole state from outside (popstate, reconciliation) without adding history. */
  restore: (state: ViewState, options?: { rewriteUrl?: boolean }) => void;
}

function pickState(store: ViewStore): ViewState {
  const { update: _update, restore: _restore, ...state } = store;
  return state;
}

function writeUrl(state: ViewState, mode: 'push' | 'replace'): void {
  if (typeof window === 'undefined') return;
  const search = serializeViewState(state);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

let lastCoalesceKey: string | null = null;

const initial = typeof window === 'undefined' ? DEFAULT_VIEW_STATE : parseViewState(window.location.search);

export const useViewStore = create<ViewStore>()((set, get) => ({
  ...initial,
  update: (change, options) => {
    set(change);
    const key = options?.coalesce ?? null;
    writeUrl(pickState(get()), key !== null && key === lastCoalesceKey ? 'replace' : 'push');
    lastCoalesceKey = key;
  },
  restore: (state, options) => {
    set(state);
    lastCoalesceKey = null;
    if (options?.rewriteUrl) writeUrl(state, 'replace');
  },
}));

/** Follows the back and forward buttons; returns the unsubscribe function. */
function onPopState(): void {
  useViewStore.getState().restore(parseViewState(window.location.search));
}

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
  useViewStore.getState().update(parseViewState(new URL(link.href).search));
}

export function listenToAppLinks(): () => void {
  document.addEventListener('click', onAppLinkClick);
  return () => document.removeEventListener('click', onAppLinkClick);
}

/** The plain view state, for code that needs all of it. */
export function currentViewState(): ViewState {
  return pickState(useViewStore.getState());
}
