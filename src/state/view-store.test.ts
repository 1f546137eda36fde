// @vitest-environment happy-dom
// The view store mirrors its state to the URL: one history entry per change, one per run of typing.
import { afterEach, describe, expect, test } from 'vitest';
import { currentViewState, listenToHistory, restoreView, setKnownLocalities, setUrlHistory, stateOfLink, updateView, type UrlHistory } from '@/state/view-store';
import { DEFAULT_VIEW_STATE } from '@/state/url-state';

const q = (text: string) => encodeURIComponent(text);

function fakeHistory(start = ''): UrlHistory & { entries: string[] } {
  const entries = [start];
  return {
    entries,
    search: () => entries.at(-1)!,
    push: (search) => void entries.push(search),
    replace: (search) => void (entries[entries.length - 1] = search),
  };
}

afterEach(() => setUrlHistory(null));

describe('view store', () => {
  test('starts from the URL it is given', () => {
    setUrlHistory(fakeHistory('?view=table&lang=en&pc=1'));
    expect(currentViewState()).toMatchObject({ view: 'table', lang: 'en', perCapita: true });
  });

  test('each change is one history entry with the short URL keys', () => {
    const history = fakeHistory();
    setUrlHistory(history);
    updateView({ view: 'charts' });
    updateView({ localityIds: ['a', 'b'], perCapita: true });
    expect(history.entries).toEqual(['', '?view=charts', '?view=charts&loc=a,b&pc=1']);
  });

  test('typing coalesces: changes with the same key in a row share one entry, another key starts a new one', () => {
    const history = fakeHistory();
    setUrlHistory(history);
    for (const query of ['工', '工会', '工会经费']) updateView({ query }, { coalesce: 'table-search' });
    expect(history.entries).toEqual(['', `?q=${q('工会经费')}`]);
    updateView({ perCapita: true });
    updateView({ query: '新建' }, { coalesce: 'table-search' });
    expect(history.entries).toEqual(['', `?q=${q('工会经费')}`, `?pc=1&q=${q('工会经费')}`, `?pc=1&q=${q('新建')}`]);
  });

  test('a change that does not change the URL adds no entry', () => {
    const history = fakeHistory('?view=charts');
    setUrlHistory(history);
    updateView({ view: 'charts' });
    expect(history.entries).toEqual(['?view=charts']);
  });

  test('restoring (back/forward) sets the whole state without history; reconciling may rewrite the URL in place', () => {
    const history = fakeHistory('?view=table');
    setUrlHistory(history);
    restoreView({ ...DEFAULT_VIEW_STATE, view: 'about' });
    expect(currentViewState().view).toBe('about');
    expect(history.entries).toEqual(['?view=table']);
    restoreView({ ...DEFAULT_VIEW_STATE, view: 'profile' }, { rewriteUrl: true });
    expect(history.entries).toEqual(['?view=profile']);
    // After a restore, typing starts a new entry rather than overwriting the restored one.
    updateView({ query: 'a' }, { coalesce: 'table-search' });
    expect(history.entries).toEqual(['?view=profile', '?view=profile&q=a']);
  });

  test('an in-app link that names the few localities left out (xloc) keeps the others, not all', () => {
    setKnownLocalities(['a', 'b', 'c', 'd']);
    try {
      expect(stateOfLink('?view=chart&metric=m&xloc=b')).toMatchObject({ view: 'chart', localityIds: ['a', 'c', 'd'], excludedLocalityIds: [] });
      expect(stateOfLink('?view=chart&loc=a,b').localityIds).toEqual(['a', 'b']);
      expect(stateOfLink('?view=chart&loc=*').localityIds).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      setKnownLocalities(null);
    }
  });

  test('back and forward to a URL with loc=* or xloc restore that selection, not the default', () => {
    const history = fakeHistory('?view=table&xloc=b');
    setUrlHistory(history);
    setKnownLocalities(['a', 'b', 'c', 'd']);
    const stop = listenToHistory();
    try {
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(currentViewState()).toMatchObject({ localityIds: ['a', 'c', 'd'], excludedLocalityIds: [] });
      history.entries.push('?view=table&loc=*');
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(currentViewState().localityIds).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      stop();
      setKnownLocalities(null);
    }
  });
});
