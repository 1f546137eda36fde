import { assert, property, string } from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cleanEditedText,
  DEFAULT_VIEW_STATE,
  normalizeLocalitySelection,
  MAX_CHART_TITLE,
  parseViewState,
  reconcileViewState,
  serializeViewState,
  sourceIdOfFigure,
  type ViewState,
} from '@/state/url-state';

const full: ViewState = {
  view: 'table',
  localityIds: ['changshan', 'fuzhou'],
  excludedLocalityIds: [],
  areaIds: ['organising'],
  lang: 'en',
  perCapita: true,
  profileId: 'sanjiang',
  metricId: 'new_unions',
  query: '工会 & co, 100%',
  chartSort: 'desc',
  tableSort: { columnId: 'changshan', desc: true },
  hiddenColumns: ['unit', 'area'],
  perYearMetrics: ['lectures_held'],
  sourceId: 'src-001',
  figureId: 'src-001:1234',
  compareA: 'changshan',
  compareB: 'shifang',
  chartTitle: null,
  chartSubtitle: null,
  embed: false,
};

describe('URL state', () => {
  test('the compare view keeps its two places under a and b', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'compare', compareA: 'changshan', compareB: 'fuzhou' })).toBe('?view=compare&a=changshan&b=fuzhou');
    expect(parseViewState('?view=compare&a=fuzhou&b=changshan')).toMatchObject({ view: 'compare', compareA: 'fuzhou', compareB: 'changshan' });
  });

  test('the defaults serialise to an empty query string', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  test('a full state survives a round trip through the query string', () => {
    expect(parseViewState(serializeViewState(full))).toEqual(full);
  });

  test.each(['?loc=,,', '?loc=BAD%20ID', '?area=', '?area=,,'])('an empty or all-malformed selection %s falls back to the default (null)', (search) => {
    const state = parseViewState(search);
    expect(state.localityIds).toBeNull();
    expect(state.areaIds).toBeNull();
  });

  test('the garbage link from QA parses to the default view', () => {
    expect(parseViewState('?loc=zzz&area=,,&view=nope&pc=7&lang=fr')).toEqual({ ...DEFAULT_VIEW_STATE, localityIds: ['zzz'] });
  });

  test.each([
    ['?view=nonsense', 'view', 'overview'],
    ['?lang=fr', 'lang', 'zh'],
    ['?pc=yes', 'perCapita', false],
    ['?sort=sideways', 'chartSort', 'locality'],
    ['?tsort=DROP%20TABLE', 'tableSort', null],
    ['?profile=../../etc', 'profileId', null],
    ['?metric=%3Cscript%3E', 'metricId', null],
    ['?a=..%2Fx', 'compareA', null],
    ['?b=A%20B', 'compareB', null],
  ] as const)('garbage %s falls back to the default %s', (search, key, expected) => {
    expect(parseViewState(search)[key]).toEqual(expected);
  });

  test('malformed ids inside a list are dropped and duplicates removed', () => {
    expect(parseViewState('?loc=changshan,,BAD ID,changshan,fuzhou').localityIds).toEqual(['changshan', 'fuzhou']);
  });

  test('any string parses without throwing and re-serialises to a stable URL', () => {
    assert(
      property(string(), (search) => {
        const state = parseViewState(search);
        expect(parseViewState(serializeViewState(state))).toEqual(state);
      }),
    );
  });

  test('reconciling drops unknown ids and turns a full selection into "all"', () => {
    const known = { localityIds: ['a', 'b'], areaIds: ['x', 'y'], metricIds: ['m'] };
    const state = { ...DEFAULT_VIEW_STATE, localityIds: ['b', 'zzz', 'a'], areaIds: ['x', 'nope'], profileId: 'zzz', metricId: 'm', compareA: 'zzz', compareB: 'a' };
    expect(reconcileViewState(state, known)).toMatchObject({ localityIds: null, areaIds: ['x'], profileId: null, metricId: 'm', compareA: null, compareB: 'a' });
  });

  test('reconciling a selection with no known id left falls back to all, never an empty view', () => {
    const known = { localityIds: ['a', 'b'], areaIds: ['x', 'y'], metricIds: [] };
    const state = { ...DEFAULT_VIEW_STATE, localityIds: ['zzz'], areaIds: ['nope', 'gone'] };
    expect(reconcileViewState(state, known)).toMatchObject({ localityIds: null, areaIds: null });
  });

  test('loc= is a deliberate empty selection and survives reconciling; loc=* is every locality', () => {
    const known = { localityIds: ['a', 'b', 'c'], defaultLocalityIds: ['a', 'b'], areaIds: [], metricIds: [] };
    expect(parseViewState('?loc=').localityIds).toEqual([]);
    expect(reconcileViewState(parseViewState('?loc='), known).localityIds).toEqual([]);
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, localityIds: [] }, known.localityIds)).toBe('?loc=');
    const all = reconcileViewState(parseViewState('?loc=*'), known);
    expect(all.localityIds).toEqual(['a', 'b', 'c']);
    expect(serializeViewState(all, known.localityIds)).toBe('?loc=*');
  });

  test('null is the default selection: choosing exactly the default gives null, choosing all of a larger dataset does not', () => {
    const known = { localityIds: ['a', 'b', 'c'], defaultLocalityIds: ['a', 'b'], areaIds: [], metricIds: [] };
    expect(reconcileViewState({ ...DEFAULT_VIEW_STATE, localityIds: ['b', 'a'] }, known).localityIds).toBeNull();
    expect(reconcileViewState({ ...DEFAULT_VIEW_STATE, localityIds: ['c', 'b', 'a'] }, known).localityIds).toEqual(['c', 'b', 'a']);
    expect(normalizeLocalitySelection(['b', 'a'], known.defaultLocalityIds)).toBeNull();
    expect(normalizeLocalitySelection(['a'], known.defaultLocalityIds)).toEqual(['a']);
    expect(normalizeLocalitySelection([], known.defaultLocalityIds)).toEqual([]);
  });

  test.each([
    ['sanjiang-2023:1430', 'sanjiang-2023'],
    ['1430', null],
    [null, null],
    ['Bad Id:12', null],
  ] as const)('the figure link %j points into the source %j', (fig, sourceId) => {
    expect(sourceIdOfFigure(fig)).toBe(sourceId);
  });

  test('with thousands of localities, a selection of most is written as the few left out, and read back', () => {
    const all = Array.from({ length: 3000 }, (_, i) => `c${i}`);
    const state = { ...DEFAULT_VIEW_STATE, localityIds: all.filter((id) => id !== 'c7') };
    const search = serializeViewState(state, all);
    expect(search).toBe('?xloc=c7');
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, localityIds: all }, all)).toBe('?loc=*');
    const parsed = parseViewState(search);
    expect(parsed).toMatchObject({ localityIds: null, excludedLocalityIds: ['c7'] });
    const known = { localityIds: all, areaIds: [], metricIds: [] };
    expect(reconcileViewState(parsed, known).localityIds).toEqual(state.localityIds);
    expect(reconcileViewState(parsed, known).excludedLocalityIds).toEqual([]);
    // A small selection is still written as itself; without the full list, always as itself.
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, localityIds: ['c1', 'c2'] }, all)).toBe('?loc=c1,c2');
    expect(serializeViewState(state).length).toBeGreaterThan(10_000);
  });

  test('the chart page keeps an edited title and subtitle, and embed, through the URL', () => {
    const chart: ViewState = { ...full, view: 'chart', chartTitle: '标题 & <b>“引号”</b>，100%', chartSubtitle: 'A #1 subtitle?', embed: true };
    const search = serializeViewState(chart);
    expect(search).toContain('title=');
    expect(search).toContain('embed=1');
    expect(parseViewState(search)).toEqual(chart);
  });

  test('other views leave the chart page keys out of the URL and ignore them in one', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, view: 'charts', chartTitle: 'x', chartSubtitle: 'y', embed: true };
    expect(serializeViewState(state)).toBe('?view=charts');
    expect(parseViewState('?view=charts&title=x&subtitle=y&embed=1')).toMatchObject({ chartTitle: null, chartSubtitle: null, embed: false });
  });

  test.each([
    ['?view=chart&title=', null],
    ['?view=chart&title=%20%20', null],
    ['?view=chart&title=%20新建工会%20', '新建工会'],
    ['?view=chart&title=a%0Ab%09%09c', 'a b c'],
    ['?view=chart&title=%E2%80%A8x', 'x'],
  ] as const)('an edited title from %s reads %j (blank is not edited; line breaks and tabs are spaces)', (search, title) => {
    expect(parseViewState(search).chartTitle).toBe(title);
  });

  test('a long title is capped at the limit in characters, never splitting a character outside the BMP', () => {
    const long = '𠀀'.repeat(MAX_CHART_TITLE + 10);
    const title = parseViewState(`?view=chart&title=${encodeURIComponent(long)}`).chartTitle ?? '';
    expect(Array.from(title)).toHaveLength(MAX_CHART_TITLE);
    expect(title).toBe('𠀀'.repeat(MAX_CHART_TITLE));
    expect(cleanEditedText('ab  c\r\n', 3)).toBe('ab ');
  });

  test('the chart page keeps an unknown metric id (to name it); other views drop it', () => {
    const known = { localityIds: ['a'], areaIds: [], metricIds: ['m'] };
    expect(reconcileViewState({ ...DEFAULT_VIEW_STATE, view: 'chart', metricId: 'gone' }, known).metricId).toBe('gone');
    expect(reconcileViewState({ ...DEFAULT_VIEW_STATE, view: 'charts', metricId: 'gone' }, known).metricId).toBeNull();
  });
});
