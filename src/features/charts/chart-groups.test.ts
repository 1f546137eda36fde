import { expect, test } from 'vitest';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureObservations } from '@/testing/fixture-dataset';
import { chartGroups } from './chart-groups';

const lookup = buildLookup(fixtureIndex);
const [alpha, beta] = fixtureIndex.localities;
const cardIds = (localities: typeof fixtureIndex.localities) =>
  chartGroups({ lookup, localities, areaIds: null, observations: fixtureObservations, perCapita: false, sort: 'locality', lang: 'zh' }).flatMap((g) => g.cards.map((c) => c.metric.id));
const reportedBy = (id: string) => new Set(fixtureObservations.get(id)?.flatMap((o) => (o.metricId ? [o.metricId] : [])));

test('with two or more localities a card needs two reporters; with one, every metric it reports is shown', () => {
  const alphaMetrics = reportedBy(alpha!.id);
  const betaMetrics = reportedBy(beta!.id);
  expect(cardIds([alpha!, beta!]).toSorted()).toEqual([...alphaMetrics].filter((id) => betaMetrics.has(id)).toSorted());
  expect(cardIds([alpha!]).toSorted()).toEqual([...alphaMetrics].toSorted());
  expect(alphaMetrics.size).toBeGreaterThan([...alphaMetrics].filter((id) => betaMetrics.has(id)).length);
  expect(cardIds([])).toEqual([]);
});
