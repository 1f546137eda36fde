import Papa from 'papaparse';
import { expect, test } from 'vitest';
import type { Metric } from '@/schema/dataset';
import { buildCard } from '@/domain/card-model';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureLocalities, fixtureObservations } from '@/testing/fixture-dataset';
import { CHART_CSV_HEADER, chartCsv } from './chart-csv';
import { filteredObservations, observationsCsv, OBSERVATION_CSV_HEADER } from './dataset-export';

const lookup = buildLookup(fixtureIndex);
const newUnions = fixtureIndex.metrics[0] as Metric;
const relief = fixtureIndex.metrics.find((m) => m.id === 'relief_money')!;

function parse(csv: string): Record<string, string>[] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
}

test('a chart CSV has one line per figure in the card’s order, how it is shown, and a line per locality not reporting', async () => {
  const model = buildCard({ metric: relief, localities: fixtureLocalities, observations: fixtureObservations, lookup, lang: 'zh', perCapita: false, sort: 'locality' });
  const lines = parse(await chartCsv(model));
  expect(Object.keys(lines[0] ?? {})).toEqual([...CHART_CSV_HEADER]);
  expect(lines.map((l) => [l.locality_id, l.shown_as, l.value, l.observation_id])).toEqual([
    ['alpha', 'bar', '50000', 'a3'],
    ['gamma', 'bar', '80000', 'g1'],
    ['gamma', 'bar', '30000', 'g2'],
    ['beta', 'not_reported', '', ''],
  ]);
  expect(lines[0]).toMatchObject({ value_shown: '5万余元（计划）', marks: '①', kind: 'plan', quote: '全县新建5万余元，覆盖职工。' });
  expect(lines[2]).toMatchObject({ label: '戊己 · 大病救助', population_id: 'new_employment', group_id: 'relief_money:-:new_employment:flow' });
  expect(new Set(lines.map((l) => [l.chart_title, l.chart_subtitle].join('|')))).toEqual(new Set([`${model.title}|${model.subtitle}`]));
});

test('per-capita charts keep the raw figure beside the value drawn and the base', async () => {
  const model = buildCard({ metric: newUnions, localities: fixtureLocalities, observations: fixtureObservations, lookup, lang: 'en', perCapita: true, sort: 'locality' });
  const alpha = parse(await chartCsv(model)).find((l) => l.locality_id === 'alpha');
  expect(alpha?.value).toBe('2200');
  expect(Number(alpha?.value_drawn)).toBeCloseTo((2200 / 200_000) * Number(alpha?.per_residents));
  expect(alpha?.per_residents).toBe('10000');
  // What it was divided by, and where that comes from: the CSV leaves the page and its footnote.
  expect(alpha).toMatchObject({ population: '200000', population_citation: '7th National Population Census (2020)' });
  const plain = parse(await chartCsv(buildCard({ metric: newUnions, localities: fixtureLocalities, observations: fixtureObservations, lookup, lang: 'en', perCapita: false, sort: 'locality' })));
  expect(plain.every((line) => line.population === '' && line.population_citation === '')).toBe(true);
});

test('the observations CSV is bilingual, keeps quotes and offsets, and leaves per-capita empty for rates', async () => {
  const all = [...fixtureObservations.values()].flat();
  const lines = parse(await observationsCsv(all, lookup));
  expect(Object.keys(lines[0] ?? {})).toEqual([...OBSERVATION_CSV_HEADER]);
  expect(lines).toHaveLength(all.length);
  const rate = lines.find((l) => l.observation_id === 'a2');
  expect(rate?.per_10k_residents).toBe('');
  expect(rate?.metric_zh).toBe('建会率');
  const alpha = lines.find((l) => l.observation_id === 'a1');
  expect(Number(alpha?.figure_start)).toBe(all.find((o) => o.id === 'a1')?.figureStart);
});

test('the filtered data keeps the selected localities and areas; no area filter keeps unclassified figures', async () => {
  expect(filteredObservations(fixtureObservations, ['alpha'], null).map((o) => o.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
  expect(filteredObservations(fixtureObservations, ['alpha', 'gamma'], ['welfare']).map((o) => o.id)).toEqual(['a3', 'g1', 'g2']);
});

test('the observations CSV carries what a citation needs: authors, newspaper page and address', async () => {
  const cited = buildLookup({
    ...fixtureIndex,
    sources: fixtureIndex.sources.map((s) => (s.id === 'src-alpha' ? { ...s, authors: ['甲', '乙'], page: 4, url: 'https://example.org/a.html' } : s)),
  });
  const lines = parse(await observationsCsv([...fixtureObservations.values()].flat(), cited));
  const alpha = lines.find((l) => l.observation_id === 'a1');
  expect([alpha?.source_authors, alpha?.source_page, alpha?.source_url]).toEqual(['甲、乙', '4', 'https://example.org/a.html']);
  expect(lines.find((l) => l.observation_id === 'b1')?.source_url).toBe('');
});
