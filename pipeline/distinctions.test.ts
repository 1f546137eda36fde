// Distinctions and comparable groups on small sets of observations.
import { describe, expect, test } from 'vitest';
import type { Observation } from '../src/schema/dataset.ts';
import { comparableGroups, groupIdOf } from './comparable-groups.ts';
import { distinguish } from './distinctions.ts';

const YEAR = { label: { zh: '2022年', en: '2022' }, type: 'year', from: 2022, to: 2022, years: 1 } as const;
const populations = [{ id: 'new_employment', label: { zh: '仅新就业形态', en: 'New forms of employment only' } }];

function observation(id: string, partial: Partial<Observation> = {}): Observation {
  return {
    id, localityId: 'a', sourceId: 's', metricId: 'm', label: { zh: 'M', en: 'M' }, programAreaId: 'x', value: 1, unit: '家',
    originalText: '1家', qualifier: 'exact', qualifierText: null, period: YEAR, kind: 'result', level: null, populationId: null,
    measure: 'flow', partOfId: null, distinction: null, groupId: null, quote: 'q', clause: 'q', quoteStart: 0, quoteEnd: 1, figureStart: 0, figureEnd: 1,
    review: null, ...partial,
  };
}

describe('distinguish', () => {
  test('a figure alone keeps its variant or nothing; siblings are told apart by the dimension that differs', () => {
    const list = [
      observation('alone', { metricId: 'other' }),
      observation('national', { level: 'national' }),
      observation('city', { level: 'prefecture' }),
    ];
    const undistinguished = distinguish(list, new Map([['alone', { zh: '春节慰问', en: 'Spring Festival' }]]), populations);
    expect(list.map((o) => o.distinction?.zh ?? null)).toEqual(['春节慰问', '全国', '市级']);
    expect(undistinguished.size).toBe(0);
  });

  test('a whole and its part: 合计 and the part’s population', () => {
    const list = [observation('whole'), observation('part', { populationId: 'new_employment', partOfId: 'whole' })];
    distinguish(list, new Map(), populations);
    expect(list.map((o) => o.distinction)).toEqual([
      { zh: '合计', en: 'total' },
      { zh: '仅新就业形态', en: 'New forms of employment only' },
    ]);
  });

  test('variants come first and dimensions join them', () => {
    const list = [observation('x', { populationId: 'new_employment' }), observation('y')];
    distinguish(list, new Map([['x', { zh: '春节', en: 'Spring Festival' }], ['y', { zh: '全年', en: 'all year' }]]), populations);
    expect(list.map((o) => o.distinction?.en)).toEqual(['Spring Festival · New forms of employment only', 'all year']);
  });

  test('siblings nothing tells apart are numbered, and reported so the catalogue can grow', () => {
    const list = [observation('p'), observation('q')];
    const undistinguished = distinguish(list, new Map(), populations);
    expect(list.map((o) => o.distinction)).toEqual([
      { zh: '第1项', en: 'figure 1' },
      { zh: '第2项', en: 'figure 2' },
    ]);
    expect([...undistinguished]).toEqual(['p', 'q']);
  });
});

describe('comparable groups', () => {
  test('like for like is metric, level, population, measure (and plans apart); unclassified figures have none', () => {
    expect(groupIdOf(observation('a'))).toBe('m:-:-:flow');
    expect(groupIdOf(observation('a', { level: 'province', measure: 'stock' }))).toBe('m:province:-:stock');
    expect(groupIdOf(observation('a', { kind: 'plan' }))).toBe('m:-:-:flow:plan');
    expect(groupIdOf(observation('a', { metricId: null }))).toBeNull();
  });

  test('groups count figures and localities, largest first within a metric, metrics in catalogue order', () => {
    const list = [
      observation('1', { metricId: 'm2' }),
      observation('2', { level: 'national' }),
      observation('3', { localityId: 'b' }),
      observation('4', { localityId: 'c' }),
      observation('5', { metricId: null }),
    ];
    const groups = comparableGroups(list, ['m', 'm2'], populations);
    expect(groups.map((g) => [g.id, g.figureCount, g.localityCount, g.label.zh])).toEqual([
      ['m:-:-:flow', 2, 2, '当期'],
      ['m:national:-:flow', 1, 1, '全国 · 当期'],
      ['m2:-:-:flow', 1, 1, '当期'],
    ]);
    expect(list.map((o) => o.groupId)).toEqual(['m2:-:-:flow', 'm:national:-:flow', 'm:-:-:flow', 'm:-:-:flow', null]);
  });
});
