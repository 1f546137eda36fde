import { describe, expect, test } from 'vitest';
import { compareMetric, sortRows } from '@/lib/comparison';
import { buildLookup } from '@/lib/dataset-lookup';
import { fixtureIndex, fixtureObservations } from '@/lib/testing/fixture-dataset';
import { chartDescription, chartHeight, chartMargins, chartRowViews, metricChartOption, rowsToDraw, VISIBLE_ROWS, type ChartRowView } from '@/features/charts/metric-chart-option';

const lookup = buildLookup(fixtureIndex);
const metric = (id: string) => fixtureIndex.metrics.find((m) => m.id === id)!;

function build(metricId: string, lang: 'zh' | 'en', perCapita = false) {
  const comparison = compareMetric(metric(metricId), fixtureIndex.localities, fixtureObservations, perCapita);
  const views = chartRowViews(comparison.rows, lookup, fixtureIndex.populations, lang);
  const option = metricChartOption(views, chartDescription('t', views, lang), lang) as {
    yAxis: { data: (string | { value: string })[] };
    series: { data: ({ value: number | string; label?: { formatter: string }; itemStyle?: Record<string, unknown> })[] }[];
    aria: { enabled: boolean; decal: { show: boolean } };
  };
  return { comparison, views, option, data: option.series[0]!.data };
}

const longLabels = (labels: string[]): ChartRowView[] =>
  labels.map((valueLabel, i) => ({ localityId: `l${i}`, observation: null, category: `Locality ${i}`, valueLabel, value: 10 * (i + 1), colour: '#000', decal: undefined, plan: false, tooltip: '' }));

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

  test('several figures of one locality are separate bars labelled with their distinction, never summed', () => {
    const { views, data } = build('relief_money', 'zh');
    const gamma = views.filter((view) => view.category.startsWith('戊己'));
    expect(gamma).toHaveLength(2);
    expect(gamma.map((view) => view.category)).toEqual(['戊己 · 困难职工', '戊己 · 大病救助']);
    expect(data.map((item) => item.value)).not.toContain(80_000 + 30_000);
  });

  test('plans are marked in the label and drawn faded with a dashed outline; a narrower population is marked ※ (named in the notes)', () => {
    const { data } = build('relief_money', 'zh');
    expect(data[0]!.label?.formatter).toBe('5万余元（计划）');
    expect(data[0]!.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(data.map((item) => item.label?.formatter)).toContain('3万元 ※');
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

  test('in English the bars and the tooltip say the distinction in English, not a number', () => {
    const { views } = build('relief_money', 'en');
    const gamma = views.filter((view) => view.localityId === 'gamma');
    expect(gamma.map((view) => view.category)).toEqual(['Gamma · workers in hardship', 'Gamma · serious illness aid']);
    expect(gamma[1]!.tooltip).toContain('<strong>Gamma County</strong> · serious illness aid');
  });

  test('the value axis starts at 0 with few evenly spaced ticks, none hidden', () => {
    const { option } = build('new_unions', 'en');
    const xAxis = (option as unknown as { xAxis: Record<string, unknown> }).xAxis;
    expect(xAxis).toMatchObject({ min: 0, splitNumber: 4, minInterval: 1, axisLabel: { hideOverlap: false } });
  });

  test.each([
    [360, true, ['54 unions (New forms of employment only)', 'nearly 1,000 organisations (plan)']],
    [600, false, ['54 unions (New forms of employment only)', '2,200+ attendances/10k (plan) ※']],
    [660, false, ['近140余万元（计划） ※', '保持在90%以上（计划）']],
    [1200, false, ['nearly 290M yuan (plan) ※']],
  ])('at %dpx (compact %s) the bars keep at least half the width, whatever the labels', (width, compact, labels) => {
    const { left, right } = chartMargins(longLabels(labels), width, compact);
    expect(width - left - right).toBeGreaterThanOrEqual(width / 2);
    expect(right).toBeGreaterThanOrEqual(24);
  });

  test('a value label longer than its margin wraps instead of being cut', () => {
    const views = longLabels(['54 unions (New forms of employment only)']);
    const option = metricChartOption(views, 'd', 'en', false, 600) as { series: { data: { label: Record<string, unknown> }[] }[] };
    expect(option.series[0]!.data[0]!.label).toMatchObject({ overflow: 'break', width: 112 });
  });
});
