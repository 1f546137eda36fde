import Papa from 'papaparse';
import { expect, test } from 'vitest';
import type { Metric } from '@/schema/dataset';
import { compareMetric } from '@/lib/comparison';
import { buildLookup } from '@/lib/dataset-lookup';
import { fixtureIndex, fixtureLocalities, fixtureObservations } from '@/lib/testing/fixture-dataset';
import { CHART_CSV_HEADER, chartCsv } from '@/features/export/chart-csv';
import { filteredObservations, observationsCsv, OBSERVATION_CSV_HEADER } from '@/features/export/dataset-export';

const lookup = buildLookup(fixtureIndex);
const newUnions = fixtureIndex.metrics[0] as Metric;

function parse(csv: string): Record<string, string>[] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
}

test('a chart CSV has one line per bar with the raw figure and its offsets, and a not-reported line', () => {
  const { rows } = compareMetric(newUnions, fixtureLocalities, fixtureObservations, false);
  const lines = parse(chartCsv(rows, newUnions, lookup, 'zh'));
  expect(Object.keys(lines[0] ?? {})).toEqual([...CHART_CSV_HEADER]);
  expect(lines.map((l) => [l.locality_id, l.reported, l.value, l.observation_id])).toEqual([
    ['alpha', 'true', '2200', 'a1'],
    ['beta', 'true', '1000', 'b1'],
    ['gamma', 'false', '', ''],
  ]);
  expect(lines[0]?.quote).toBe('全县新建2200余个，覆盖职工。');
  expect(lines[0]?.label_shown).toBe('2200余个');
  expect(lines[2]?.label_shown).toBe('未报告');
});

test('per-capita charts keep the raw figure and add the value shown', () => {
  const { rows } = compareMetric(newUnions, fixtureLocalities, fixtureObservations, true);
  const alpha = parse(chartCsv(rows, newUnions, lookup, 'en'))[0];
  expect(alpha?.value).toBe('2200');
  expect(Number(alpha?.value_shown)).toBeCloseTo((2200 / 200_000) * 10_000);
  expect(alpha?.per_10k_residents).toBe('true');
});

test('the observations CSV is bilingual, keeps quotes and offsets, and leaves per-capita empty for rates', () => {
  const all = [...fixtureObservations.values()].flat();
  const lines = parse(observationsCsv(all, lookup));
  expect(Object.keys(lines[0] ?? {})).toEqual([...OBSERVATION_CSV_HEADER]);
  expect(lines).toHaveLength(all.length);
  const rate = lines.find((l) => l.observation_id === 'a2');
  expect(rate?.per_10k_residents).toBe('');
  expect(rate?.metric_zh).toBe('建会率');
  const alpha = lines.find((l) => l.observation_id === 'a1');
  expect(Number(alpha?.figure_start)).toBe(all.find((o) => o.id === 'a1')?.figureStart);
});

test('the filtered data keeps the selected localities and areas; no area filter keeps unclassified figures', () => {
  expect(filteredObservations(fixtureObservations, ['alpha'], null).map((o) => o.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
  expect(filteredObservations(fixtureObservations, ['alpha', 'gamma'], ['welfare']).map((o) => o.id)).toEqual(['a3', 'g1', 'g2']);
});
