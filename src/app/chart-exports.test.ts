import { expect, test } from 'vitest';
import type { Metric } from '@/schema/dataset';
import { buildCard } from '@/domain/card-model';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureLocalities, fixtureObservations } from '@/testing/fixture-dataset';
import { chartExport, readmeFor } from '@/app/chart-exports';

const lookup = buildLookup(fixtureIndex);
const newUnions = fixtureIndex.metrics[0] as Metric;
const card = (lang: 'zh' | 'en', perCapita: boolean) =>
  buildCard({ metric: newUnions, localities: fixtureLocalities, observations: fixtureObservations, lookup, lang, perCapita, sort: 'locality' });

function texts(option: Record<string, unknown>): string {
  return (option.graphic as { elements: { style: { text?: string } }[] }).elements.map((e) => e.style.text ?? '').join('\n');
}

test('a card export carries its title, unit, verdict, caveats and footer, and its CSV has every figure', async () => {
  const model = card('zh', false);
  const exported = chartExport(model, lookup);
  const text = texts(exported.layout.option);
  expect(exported.name).toBe('new_unions');
  expect(text).toContain(model.title);
  expect(text).toContain('组织建设 · 单位：个');
  expect(text).toContain(model.verdict.word);
  expect(text).toContain('未报告：');
  expect(text).toContain('数据摘自新闻报道');
  expect(text).not.toContain('人口依据');
  expect((await exported.csv()).split('\r\n')).toHaveLength(1 + fixtureLocalities.length);
});

test('with per capita on, the unit says so and the text under the chart cites the census', async () => {
  const exported = chartExport(card('en', true), lookup);
  const text = texts(exported.layout.option);
  expect(exported.perCapita).toBe(true);
  expect(text).toContain('Unit: units per 10,000 residents');
  expect(text).toMatch(/Per 10,000 residents; population: [A-Za-z]+ [\d,.]+( million)?/);
  // The census, which the page cites once in its footnote, is cited once in the image that leaves the page.
  expect(text.split('7th National Population Census (2020)')).toHaveLength(2);
  expect(text).toContain('* 7th National Population Census (2020)');
});

test('the README input names the chosen areas, or all of them', async () => {
  expect(readmeFor(lookup, fixtureLocalities, ['welfare'], false, 'zh', 'u').areas).toEqual(['帮扶服务']);
  expect(readmeFor(lookup, fixtureLocalities, null, true, 'en', 'u').perCapitaCitations).toEqual(['7th National Population Census (2020)']);
});
