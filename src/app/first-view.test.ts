// The first view's locality files: the ones the dashboard will ask for, worked out from the URL and the index.
import { describe, expect, test } from 'vitest';
import { fixtureIndex } from '@/testing/fixture-dataset';
import { parseViewState } from '@/state/url-state';
import { firstViewLocalities } from './use-dashboard';
import { reconciledViewState } from './first-view';

const idsFor = (query: string) => firstViewLocalities(fixtureIndex, reconciledViewState(fixtureIndex, parseViewState(query)));

describe('firstViewLocalities', () => {
  test('the charts, the table and a chart page read the selection (the default one without loc)', () => {
    expect(idsFor('?view=charts')).toEqual(['alpha', 'beta', 'gamma']);
    expect(idsFor('?view=table&loc=gamma,alpha')).toEqual(['alpha', 'gamma']);
    expect(idsFor('?view=chart&metric=new_unions&xloc=beta')).toEqual(['alpha', 'gamma']);
  });

  test('a profile reads its locality; a comparison its two places (like for like first)', () => {
    expect(idsFor('?view=profile&profile=beta')).toEqual(['beta']);
    expect(idsFor('?view=profile&loc=gamma')).toEqual(['gamma']);
    expect(idsFor('?view=compare')).toEqual(['alpha', 'gamma']);
    expect(idsFor('?view=compare&a=beta&b=alpha')).toEqual(['beta', 'alpha']);
  });

  test('the overview, the ranking, the reader and an empty selection read no locality file; unknown ids are dropped', () => {
    expect(idsFor('?view=overview')).toEqual([]);
    expect(idsFor('?view=rank&metric=new_unions')).toEqual([]);
    expect(idsFor('?view=about')).toEqual([]);
    expect(idsFor('?view=charts&loc=')).toEqual([]);
    expect(idsFor('?view=charts&loc=nowhere,beta')).toEqual(['beta']);
  });
});

test('the start asks twice for the same reconciled state: it is worked out once', () => {
  const state = parseViewState('?view=charts');
  const first = reconciledViewState(fixtureIndex, state);
  expect(reconciledViewState(fixtureIndex, state)).toBe(first);
  const other = parseViewState('?view=table');
  expect(reconciledViewState(fixtureIndex, other)).not.toBe(first);
  expect(reconciledViewState(fixtureIndex, other).view).toBe('table');
});
