import { describe, expect, test } from 'vitest';
import { compareMetric, comparableMetrics, figureContext } from '@/lib/comparison';
import { fixtureIndex, fixtureObservations, observation } from '@/lib/testing/fixture-dataset';

describe('comparison', () => {
  test('metrics reported by at least two selected localities are charted, grouped by area order', () => {
    const groups = comparableMetrics(fixtureIndex, ['alpha', 'beta', 'gamma'], null, fixtureObservations);
    expect(groups.map((g) => [g.area.id, g.items.map((m) => m.id)])).toEqual([
      ['organising', ['new_unions', 'coverage_rate']],
      ['welfare', ['relief_money']],
    ]);
    expect(comparableMetrics(fixtureIndex, ['alpha', 'gamma'], null, fixtureObservations).map((g) => g.area.id)).toEqual(['welfare']);
    expect(comparableMetrics(fixtureIndex, ['alpha', 'beta'], ['welfare'], fixtureObservations)).toEqual([]);
  });

  test('a locality with two figures gives two rows and one not-reported row per missing locality', () => {
    const metric = fixtureIndex.metrics.find((m) => m.id === 'relief_money')!;
    const { rows, reportingLocalityIds } = compareMetric(metric, fixtureIndex.localities, fixtureObservations, false);
    expect(rows.map((row) => [row.locality.id, row.value])).toEqual([
      ['alpha', 50_000],
      ['beta', null],
      ['gamma', 80_000],
      ['gamma', 30_000],
    ]);
    expect(reportingLocalityIds).toEqual(['alpha', 'gamma']);
  });

  test('the distinguishing note is the clause before the figure, shortened from the left', () => {
    const o = observation({ id: 'x', localityId: 'alpha', value: 3, originalText: '3处', quote: '建成职工之家5个，户外劳动者服务站点3处。' });
    expect(figureContext(o)).toBe('户外劳动者服务站点');
    expect(figureContext(o, 4)).toBe('…服务站点');
    const leading = observation({ id: 'y', localityId: 'alpha', value: 7, originalText: '7家', quote: '7家驿站获评。' });
    expect(figureContext(leading)).toBe('7家驿站获评');
  });
});
