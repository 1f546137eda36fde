import { describe, expect, test } from 'vitest';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureObservations, observation } from '@/testing/fixture-dataset';
import { buildRanking, rankingWindow, rankRows, type RankedRow } from '@/domain/ranking';

const lookup = buildLookup(fixtureIndex);
const metric = (id: string) => fixtureIndex.metrics.find((m) => m.id === id)!;
const all = [...fixtureObservations.values()].flat();

function rows(values: readonly number[], selected: readonly number[] = []): RankedRow[] {
  return values.map((value, index) => ({ rank: index + 1, selected: selected.includes(index), bar: { value } as RankedRow['bar'] }));
}

describe('ranking one metric across localities', () => {
  test('ranks like-for-like figures largest first, marks the selection and counts who does not report', () => {
    const ranking = buildRanking({
      metric: metric('coverage_rate'),
      observations: all.filter((o) => o.metricId === 'coverage_rate'),
      lookup,
      lang: 'zh',
      perCapita: false,
      selectedIds: new Set(['alpha']),
    });
    expect(ranking.panels).toHaveLength(1);
    expect(ranking.panels[0]!.rows.map((r) => [r.rank, r.bar.locality.id, r.selected])).toEqual([
      [1, 'beta', false],
      [2, 'alpha', true],
    ]);
    expect(ranking.notReportedCount).toBe(1);
  });

  test('figures of different groups are never ranked against each other', () => {
    const ranking = buildRanking({
      metric: metric('relief_money'),
      observations: all.filter((o) => o.metricId === 'relief_money'),
      lookup,
      lang: 'zh',
      perCapita: false,
      selectedIds: new Set(),
    });
    for (const panel of ranking.panels) {
      const groups = new Set(panel.rows.map((r) => r.bar.observation.groupId));
      expect(groups.size).toBe(1);
    }
    // alpha's figure is a plan, gamma's two are results of different populations: nothing shares an axis.
    const ranked = ranking.panels.flatMap((p) => p.rows).length + ranking.card.outside.length;
    expect(ranked).toBe(3);
  });

  test('per capita ranks by the value per residents, not the raw figure', () => {
    const big = { ...fixtureIndex.localities[0]!, id: 'big', population: { ...fixtureIndex.localities[0]!.population, value: 10_000_000 } };
    const index = { ...fixtureIndex, localities: [...fixtureIndex.localities, big] };
    const figures = [
      observation({ id: 'x1', localityId: 'alpha', value: 100, originalText: '100个' }),
      observation({ id: 'x2', localityId: 'big', value: 1000, originalText: '1000个' }),
    ];
    const order = (perCapita: boolean) =>
      buildRanking({ metric: metric('new_unions'), observations: figures, lookup: buildLookup(index), lang: 'en', perCapita, selectedIds: new Set() })
        .panels[0]!.rows.map((r) => r.bar.locality.id);
    expect(order(false)).toEqual(['big', 'alpha']);
    expect(order(true)).toEqual(['alpha', 'big']);
  });

  test('equal values share a rank', () => {
    const bars = [5, 9, 5, 1].map((value) => ({ value, locality: { id: `l${value}` } }) as RankedRow['bar']);
    expect(rankRows(bars, new Set()).map((r) => [r.rank, r.bar.value])).toEqual([[1, 9], [2, 5], [2, 5], [4, 1]]);
  });
});

describe('the window of rows shown first', () => {
  test('a short ranking is shown whole', () => {
    expect(rankingWindow(rows([5, 4, 3, 2, 1]), 2)).toEqual([{ rows: rows([5, 4, 3, 2, 1]), gapBefore: 0 }]);
  });

  test('top n, bottom n and the selected rows between, with the size of each gap', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    const slices = rankingWindow(rows(values, [50, 51, 97]), 3);
    expect(slices.map((s) => [s.gapBefore, s.rows.map((r) => r.bar.value)])).toEqual([
      [0, [100, 99, 98]],
      [47, [50, 49]],
      [45, [3, 2, 1]],
    ]);
  });
});
