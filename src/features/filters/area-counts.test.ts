import { describe, expect, test } from 'vitest';
import { fixtureLocalities } from '@/testing/fixture-dataset';
import { areaFigureCounts, toggleArea, toggleLocality } from './area-counts';

describe('area counts and toggles', () => {
  test('counts add up the figures of the selected localities only', () => {
    const [alpha, beta] = fixtureLocalities;
    const counts = areaFigureCounts([alpha!, beta!]);
    expect(counts.get('organising')).toBe(alpha!.figureCounts.organising! + beta!.figureCounts.organising!);
    expect(areaFigureCounts([]).size).toBe(0);
  });

  test('picking one area out of "all" selects just that area; dropping the last returns to all', () => {
    expect(toggleArea(null, 'welfare', ['organising', 'welfare'])).toEqual(['welfare']);
    expect(toggleArea(['welfare'], 'welfare', ['organising', 'welfare'])).toBeNull();
    expect(toggleArea(['welfare'], 'organising', ['organising', 'welfare'])).toBeNull();
  });

  test('dropping a locality from "all" keeps the others in index order; adding it back means all', () => {
    const all = ['a', 'b', 'c'];
    expect(toggleLocality(null, 'b', all)).toEqual(['a', 'c']);
    expect(toggleLocality(['c', 'a'], 'b', all)).toBeNull();
    expect(toggleLocality(['a'], 'a', all)).toEqual([]);
  });

  test('where the default is a few of many, toggling starts from the default and returns to null only on it', () => {
    const all = ['a', 'b', 'c', 'd'];
    const defaults = ['b', 'c'];
    expect(toggleLocality(null, 'd', all, defaults)).toEqual(['b', 'c', 'd']);
    expect(toggleLocality(null, 'b', all, defaults)).toEqual(['c']);
    expect(toggleLocality(['b', 'c', 'd'], 'd', all, defaults)).toBeNull();
    expect(toggleLocality(['a', 'b', 'c'], 'd', all, defaults)).toEqual(all);
  });
});
