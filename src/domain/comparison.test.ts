import { describe, expect, test } from 'vitest';
import { compareMetric, comparableMetrics } from '@/domain/comparison';
import { fixtureIndex, fixtureObservations } from '@/testing/fixture-dataset';

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

  test('a row carries the distinction the pipeline gave its figure, never a clip of the quote', () => {
    const metric = fixtureIndex.metrics.find((m) => m.id === 'relief_money')!;
    const { rows } = compareMetric(metric, fixtureIndex.localities, fixtureObservations, false);
    expect(rows.filter((row) => row.locality.id === 'gamma').map((row) => row.distinction?.en)).toEqual(['workers in hardship', 'serious illness aid']);
    expect(rows.find((row) => row.locality.id === 'alpha')!.distinction).toBeNull();
  });
});
