import { describe, expect, test } from 'vitest';
import { compareMetric, sortRows } from '@/lib/comparison';
import { buildLookup } from '@/lib/dataset-lookup';
import { fixtureIndex, fixtureObservations } from '@/lib/testing/fixture-dataset';
import { chartDescription, chartHeight, chartRowViews, metricChartOption, rowsToDraw, VISIBLE_ROWS } from '@/features/charts/metric-chart-option';

const lookup = buildLookup(fixtureIndex);
const metric = (id: string) => fixtureIndex.metrics.find((m) => m.id === id)!;

function build(metricId: string, lang: 'zh' | 'en', perCapita = false) {
  const comparison = compareMetric(metric(metricId), fixtureIndex.localities, fixtureObservations, perCapita);
  const views = chartRowViews(comparison.rows, lookup, fixtureIndex.scopes, lang);
  const option = metricChartOption(views, chartDescription('t', views, lang), lang) as {
    yAxis: { data: (string | { value: string })[] };
    series: { data: ({ value: number | string; label?: { formatter: string }; itemStyle?: Record<string, unknown> })[] }[];
    aria: { enabled: boolean; decal: { show: boolean } };
  };
  return { comparison, views, option, data: option.series[0]!.data };
}

describe('metric chart option', () => {
  test('a locality without the metric gets a "not reported" row with no value, never a zero bar', () => {
    const { data, option } = build('new_unions', 'zh');
    const gammaIndex = 2;
    expect(data[gammaIndex]!.value).toBe('-');
    expect(data[gammaIndex]!.label).toBeUndefined();
    const category = option.yAxis.data[gammaIndex]!;
    expect(typeof category === 'string' ? category : category.value).toBe('戊己 · 未报告');
    expect(data.filter((item) => item.value === 0)).toHaveLength(0);
  });

  test.each([
    ['zh', ['2200余个', '近千个']],
    ['en', ['2,200+ units', 'nearly 1,000 units']],
  ] as const)('value labels keep the qualifier and the unit in %s (zh: the article’s own text)', (lang, expected) => {
    const { data } = build('new_unions', lang);
    expect(data.slice(0, 2).map((item) => item.label?.formatter)).toEqual(expected);
  });

  test('rates keep ≥ and % and are never divided by population', () => {
    const { data } = build('coverage_rate', 'en', true);
    expect(data[0]!.value).toBe(90);
    expect(data[0]!.label?.formatter).toBe('≥90%');
  });

  test('per capita divides counts by population and says so in the label', () => {
    const { data } = build('new_unions', 'zh', true);
    expect(data[0]!.value).toBeCloseTo((2200 / 200_000) * 10_000);
    expect(data[0]!.label?.formatter).toBe('>110个/万人');
  });

  test('several figures of one locality are separate bars with a distinguishing note, never summed', () => {
    const { views, data } = build('relief_money', 'zh');
    const gamma = views.filter((view) => view.category.startsWith('戊己'));
    expect(gamma).toHaveLength(2);
    expect(gamma.map((view) => view.category)).toEqual(['戊己 · 发放困难职工慰问金', '戊己 · 大病救助金']);
    expect(data.map((item) => item.value)).not.toContain(80_000 + 30_000);
  });

  test('plans are marked in the label and drawn faded with a dashed outline; scope travels with the value', () => {
    const { data } = build('relief_money', 'zh');
    expect(data[0]!.label?.formatter).toBe('5万余元（计划）');
    expect(data[0]!.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(data.map((item) => item.label?.formatter)).toContain('3万元（新就业形态）');
  });

  test('sorting by value puts not-reported rows last', () => {
    const { comparison } = build('new_unions', 'zh');
    const sorted = sortRows(comparison.rows, 'asc');
    expect(sorted.map((row) => row.locality.id)).toEqual(['beta', 'alpha', 'gamma']);
    expect(sortRows(comparison.rows, 'desc').map((row) => row.locality.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  test('aria is on with decal patterns, and the description lists every row', () => {
    const { option, views } = build('new_unions', 'en');
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } });
    expect(chartDescription('New unions', views, 'en')).toBe('New unions: Alpha: 2,200+ units; Beta: nearly 1,000 units; Gamma · not reported: not reported');
  });

  test('with thousands of localities the chart keeps reported rows and scrolls instead of growing', () => {
    const rows = Array.from({ length: 2850 }, (_, i) => ({ value: i % 100 === 0 ? i : null }));
    expect(rowsToDraw(rows)).toHaveLength(29);
    expect(rowsToDraw(rows.slice(0, 5))).toHaveLength(5);
    expect(chartHeight(2850)).toBe(chartHeight(VISIBLE_ROWS));
  });
});
