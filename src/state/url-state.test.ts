import { assert, property, string } from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  reconcileViewState,
  serializeViewState,
  sourceIdOfFigure,
  type ViewState,
} from '@/state/url-state';

const full: ViewState = {
  view: 'table',
  loc: ['changshan', 'fuzhou'],
  area: ['organising'],
  lang: 'en',
  pc: true,
  profile: 'sanjiang',
  metric: 'new_unions',
  q: '工会 & co, 100%',
  sort: 'desc',
  tsort: { columnId: 'changshan', desc: true },
  hide: ['unit', 'area'],
  py: ['lectures_held'],
  src: 'src-001',
  fig: 'src-001:1234',
};

describe('URL state', () => {
  test('the defaults serialise to an empty query string', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  test('a full state survives a round trip through the query string', () => {
    expect(parseViewState(serializeViewState(full))).toEqual(full);
  });

  test.each(['?loc=', '?loc=,,', '?loc=BAD%20ID', '?area=', '?area=,,'])('an empty or all-malformed selection %s falls back to all (null)', (search) => {
    const state = parseViewState(search);
    expect(state.loc).toBeNull();
    expect(state.area).toBeNull();
  });

  test('the garbage link from QA parses to the default view', () => {
    expect(parseViewState('?loc=zzz&area=,,&view=nope&pc=7&lang=fr')).toEqual({ ...DEFAULT_VIEW_STATE, loc: ['zzz'] });
  });

  test.each([
    ['?view=nonsense', 'view', 'overview'],
    ['?lang=fr', 'lang', 'zh'],
    ['?pc=yes', 'pc', false],
    ['?sort=sideways', 'sort', 'locality'],
    ['?tsort=DROP%20TABLE', 'tsort', null],
    ['?profile=../../etc', 'profile', null],
    ['?metric=%3Cscript%3E', 'metric', null],
  ] as const)('garbage %s falls back to the default %s', (search, key, expected) => {
    expect(parseViewState(search)[key]).toEqual(expected);
  });

  test('malformed ids inside a list are dropped and duplicates removed', () => {
    expect(parseViewState('?loc=changshan,,BAD ID,changshan,fuzhou').loc).toEqual(['changshan', 'fuzhou']);
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
    const state = { ...DEFAULT_VIEW_STATE, loc: ['b', 'zzz', 'a'], area: ['x', 'nope'], profile: 'zzz', metric: 'm' };
    expect(reconcileViewState(state, known)).toMatchObject({ loc: null, area: ['x'], profile: null, metric: 'm' });
  });

  test('reconciling a selection with no known id left falls back to all, never an empty view', () => {
    const known = { localityIds: ['a', 'b'], areaIds: ['x', 'y'], metricIds: [] };
    const state = { ...DEFAULT_VIEW_STATE, loc: ['zzz'], area: ['nope', 'gone'] };
    expect(reconcileViewState(state, known)).toMatchObject({ loc: null, area: null });
    expect(reconcileViewState({ ...state, loc: [], area: [] }, known)).toMatchObject({ loc: null, area: null });
  });

  test.each([
    ['sanjiang-2023:1430', 'sanjiang-2023'],
    ['1430', null],
    [null, null],
    ['Bad Id:12', null],
  ] as const)('the figure link %j points into the source %j', (fig, sourceId) => {
    expect(sourceIdOfFigure(fig)).toBe(sourceId);
  });
});
