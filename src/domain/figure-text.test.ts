import { describe, expect, test } from 'vitest';
import type { Observation } from '@/schema/dataset';
import { unitLabels } from '@/data/dataset-lookup';
import { figureValueText, untranslatedLang } from '@/domain/figure-text';
import { fixtureIndex, observation } from '@/testing/fixture-dataset';

const labels = unitLabels(fixtureIndex.measureWords);
const metric = (id: string) => fixtureIndex.metrics.find((m) => m.id === id)!;
const alpha = fixtureIndex.localities[0]!; // 200,000 residents

function figure(partial: Partial<Observation> & Pick<Observation, 'value' | 'originalText'>): Observation {
  return observation({ id: 'x', localityId: 'alpha', ...partial });
}

describe('figureValueText shows the article’s unit and wording', () => {
  test.each([
    ['zh keeps 余 where the article put it', figure({ value: 2_000_000, originalText: '200余万元', unit: '元', metricId: 'relief_money', qualifier: 'more_than' }), 'zh', '200余万元'],
    ['zh keeps 近…余 as written', figure({ value: 1_400_000, originalText: '近140余万元', unit: '元', metricId: 'relief_money', qualifier: 'about' }), 'zh', '近140余万元'],
    ['zh drops a leading 达', figure({ value: 95, originalText: '达95%', unit: '%', metricId: 'coverage_rate' }), 'zh', '95%'],
    ['zh keeps 40余万人次', figure({ value: 400_000, originalText: '40余万人次', unit: '人次', metricId: null, qualifier: 'more_than' }), 'zh', '40余万人次'],
    ['en uses the metric label when the unit is the metric’s', figure({ value: 2200, originalText: '2200余个', qualifier: 'more_than' }), 'en', '2,200+ units'],
    ['en uses the measure word, never another metric’s label', figure({ value: 160, originalText: '160个', metricId: null }), 'en', '160 items'],
    ['en names the article’s measure word when it differs from the metric’s', figure({ value: 51, originalText: '51家' , unit: '家' }), 'en', '51 organisations'],
    ['en is singular for one', figure({ value: 1, originalText: '1人', unit: '人', metricId: null }), 'en', '1 person'],
    ['en keeps nearly', figure({ value: 1000, originalText: '近千个', qualifier: 'nearly' }), 'en', 'nearly 1,000 units'],
  ] as const)('%s', (_, value, lang, expected) => {
    const m = value.metricId ? metric(value.metricId) : null;
    expect(figureValueText(value, m, alpha, labels, lang, false)).toBe(expected);
  });

  test('en uses the metric’s label for every measure word the metric accepts: 家 and 个 of one metric are one unit', () => {
    const stations = { ...metric('new_unions'), units: ['个', '家'] };
    expect(figureValueText(figure({ value: 51, originalText: '51家', unit: '家' }), stations, alpha, labels, 'en', false)).toBe('51 units');
  });

  test.each([
    ['zh', '>110个/万人'],
    ['en', '>110 units/10k'],
  ] as const)('per capita in %s puts no 余 on the computed value', (lang, expected) => {
    const value = figure({ value: 2200, originalText: '2200余个', qualifier: 'more_than' });
    expect(figureValueText(value, metric('new_unions'), alpha, labels, lang, true)).toBe(expected);
  });

  test('近…余 stays 近 per capita, never 约; 100,000 residents is said as such', () => {
    const value = figure({ value: 1_400_000, originalText: '近140余万元', unit: '元', metricId: 'relief_money', qualifier: 'about', qualifierText: '近…余' });
    expect(figureValueText(value, metric('relief_money'), alpha, labels, 'zh', true)).toBe('近7万元/万人');
    expect(figureValueText(value, metric('relief_money'), alpha, labels, 'en', true, 100_000)).toBe('nearly 700,000 yuan/100k');
  });

  test('small per-capita values keep three significant digits', () => {
    const value = figure({ value: 1, originalText: '1个' });
    // 1 / 200,000 * 10,000 = 0.05; with 3 million residents 0.00333.
    expect(figureValueText(value, metric('new_unions'), fixtureIndex.localities[1]!, labels, 'zh', true)).toBe('0.00333个/万人');
  });
});

test.each([
  [{ zh: '培训职工', en: '培训职工' }, 'en', 'zh-CN'],
  [{ zh: '培训职工', en: '培训职工' }, 'zh', undefined],
  [{ zh: '新建工会', en: 'New unions' }, 'en', undefined],
] as const)('an untranslated label %o shown in %s is marked as Chinese: %s', (label, lang, expected) => {
  expect(untranslatedLang(label, lang)).toBe(expected);
});
