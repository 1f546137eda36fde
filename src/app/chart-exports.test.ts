import { expect, test } from 'vitest';
import type { Metric } from '@/schema/dataset';
import { compareMetric } from '@/lib/comparison';
import { buildLookup } from '@/lib/dataset-lookup';
import { fixtureIndex, fixtureLocalities, fixtureObservations } from '@/lib/testing/fixture-dataset';
import { chartExport, readmeFor } from '@/app/chart-exports';

const lookup = buildLookup(fixtureIndex);
const newUnions = fixtureIndex.metrics[0] as Metric;

function texts(option: Record<string, unknown>): string {
  return (option.graphic as { elements: { style: { text?: string } }[] }).elements.map((e) => e.style.text ?? '').join('\n');
}

test('a card export carries its title, unit, caveats and footer, and its CSV has every row', () => {
  const exported = chartExport(compareMetric(newUnions, fixtureLocalities, fixtureObservations, false), lookup, 'zh');
  const text = texts(exported.layout.option);
  expect(exported.name).toBe('new_unions');
  expect(text).toContain('新建工会');
  expect(text).toContain('单位：个 · 组织建设');
  expect(text).toContain('未报告：');
  expect(text).toContain('数据摘自新闻报道');
  expect(text).not.toContain('人口依据');
  expect(exported.csv.split('\r\n')).toHaveLength(1 + fixtureLocalities.length);
});

test('with per capita on, the unit says so and the footer cites the census', () => {
  const exported = chartExport(compareMetric(newUnions, fixtureLocalities, fixtureObservations, true), lookup, 'en');
  const text = texts(exported.layout.option);
  expect(exported.perCapita).toBe(true);
  expect(text).toContain('Unit: units per 10k residents');
  expect(text).toContain('population: 7th National Population Census (2020)');
});

test('the README input names the chosen areas, or all of them', () => {
  expect(readmeFor(lookup, fixtureLocalities, ['welfare'], false, 'zh', 'u').areas).toEqual(['帮扶服务']);
  expect(readmeFor(lookup, fixtureLocalities, null, true, 'en', 'u').perCapitaCitations).toEqual(['7th National Population Census (2020)']);
});
