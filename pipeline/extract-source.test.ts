// extractSource on small texts: article cut, kinds, periods, populations, lists and labels.
import { describe, expect, test } from 'vitest';
import type { Period } from '../src/schema/dataset.ts';
import { UNTRANSLATED_LABEL } from './classify.ts';
import { compileCatalogue } from './compile-catalogue.ts';
import { extractSource, type SourceSpec } from './extract-source.ts';
import { catalogueSchema } from './input-schemas.ts';
import { parseYaml } from './parse-yaml.ts';

const catalogueText = `
programAreas:
  - { id: organizing, label: { zh: 组织建设, en: Organising } }
  - { id: skills, label: { zh: 产改, en: Reform } }
populations:
  - { id: new_employment, label: { zh: 仅新就业形态, en: New forms only }, terms: "新就业形态|新业态" }
  - { id: migrant_workers, label: { zh: 仅农民工, en: Migrant workers only }, terms: "农民工" }
planPattern: 计划|力争|目标
figureLabels:
  - { pattern: "走访住户", label: { zh: 走访住户, en: Households visited } }
metrics:
  - { id: new_unions, label: { zh: 新建工会, en: New unions }, area: organizing, type: count, unit: 家, unitLabel: { zh: 家, en: unions },
      match: [ { near: "新建工会|建立[^,。]{0,10}工会组织", units: [家, 个] } ], examples: ["新建工会[5家]。"] }
  - { id: reform_pilots, label: { zh: 产改试点, en: Pilots }, area: skills, type: count, unit: 家, unitLabel: { zh: 家, en: pilots },
      match: [ { near: "试点", units: [家] } ], examples: ["产改试点[2家]。"] }
`;
const catalogue = compileCatalogue(parseYaml('catalogue.yaml', catalogueText, catalogueSchema), 'catalogue.yaml', catalogueText);
const year2023: Period = { label: { zh: '2023年', en: '2023' }, type: 'year', from: 2023, to: 2023, years: 1 };
const spec = (overrides: Partial<SourceSpec> = {}): SourceSpec => ({
  id: 'test-src',
  localityId: 'test',
  file: 'data/sources/test.txt',
  localityLevel: 'county',
  publishedOn: null,
  period: year2023,
  article: { start: '正文开始', end: '正文结束。' },
  sections: [],
  ...overrides,
});

describe('extractSource', () => {
  test('keeps figures inside the markers and marks the rest outside', () => {
    const text = '页眉 邮编:100000 新建工会3家\n正文开始。今年新建工会5家。正文结束。\n其他报道新建工会9家。';
    const result = extractSource(text, spec(), catalogue);
    expect(result.observations.map((o) => [o.originalText, o.metricId])).toEqual([['5家', 'new_unions']]);
    expect(result.mentions.filter((m) => m.status === 'outside').map((m) => m.text)).toEqual(['100000', '3家', '9家']);
    expect(text.slice(result.articleStart, result.articleEnd)).toBe('正文开始。今年新建工会5家。正文结束。');
  });

  test('a sentence with a plan word is a plan, and a plan section is a plan with its own period', () => {
    const plan2024: Period = { label: { zh: '2024年计划', en: '2024 plan' }, type: 'year', from: 2024, to: 2024, years: 1 };
    const text = '正文开始。新建工会5家。明年力争新建工会8家。展望:明年再建工会组织12个。展望完。正文结束。';
    const result = extractSource(text, spec({ sections: [{ start: '展望:', end: '展望完。', kind: 'plan', period: plan2024 }] }), catalogue);
    expect(result.observations.map((o) => [o.value, o.kind, o.period.label.zh])).toEqual([
      [5, 'result', '2023年'],
      [8, 'plan', '2023年'],
      [12, 'plan', '2024年计划'],
    ]);
  });

  test('a year named in the sentence, or 近年来, sets the period', () => {
    const text = '正文开始。2022年新建工会5家。近年来,新建工会40家。正文结束。';
    const [first, second] = extractSource(text, spec(), catalogue).observations;
    expect(first!.period).toMatchObject({ type: 'year', from: 2022, to: 2022, years: 1 });
    expect(second!.period).toMatchObject({ type: 'cumulative', from: null, to: 2023, years: null });
    expect(second!.measure).toBe('cumulative');
  });

  test('a population applies when its term governs the counted noun, not when it is one item of a list', () => {
    const text = '正文开始。建立新就业形态工会组织54家,慰问一线职工、新业态劳动者、农民工共300人次,慰问农民工80人次。正文结束。';
    const populations = extractSource(text, spec(), catalogue).observations.map((o) => o.populationId);
    expect(populations).toEqual(['new_employment', null, 'migrant_workers']);
  });

  test('省级2家、市级3家: a list continues the metric of its first item', () => {
    const text = '正文开始。培育产改试点省级2家、市级3家、区级40家。正文结束。';
    const observations = extractSource(text, spec(), catalogue).observations;
    expect(observations.map((o) => [o.value, o.metricId])).toEqual([
      [2, 'reform_pilots'],
      [3, 'reform_pilots'],
      [40, 'reform_pilots'],
    ]);
  });

  test('an unclassified figure takes its label from the catalogue, else one from its clause, and ids are source + offset', () => {
    const text = '正文开始。共计走访住户247户,为3名职工申报补助。正文结束。';
    const observations = extractSource(text, spec(), catalogue).observations;
    expect(observations.map((o) => [o.metricId, o.label])).toEqual([
      [null, { zh: '走访住户', en: 'Households visited' }],
      [null, { zh: '职工申报补助', en: UNTRANSLATED_LABEL }],
    ]);
    expect(observations[0]!.id).toBe(`test-src:${text.indexOf('247户')}`);
  });

  test('offsets point into the original text even with a BOM and CRLF line endings', () => {
    const text = '\ufeff正文开始。\r\n新建工会５家。\r\n正文结束。';
    const [observation] = extractSource(text, spec(), catalogue).observations;
    expect(text.slice(observation!.figureStart, observation!.figureEnd)).toBe('５家');
    expect(text.slice(observation!.quoteStart, observation!.quoteEnd)).toBe(observation!.quote);
    expect(observation!.quote).toBe('新建工会５家。');
  });
});

describe('periods of yearly figures', () => {
  test('年均 or 每年 makes a figure a yearly one, even in a cumulative source', () => {
    const cumulative: Period = { label: { zh: '近年来', en: 'Recent years' }, type: 'cumulative', from: null, to: null, years: null };
    const text = '正文开始。年均新建工会近千家。累计新建工会5000家。正文结束。';
    const [yearly, total] = extractSource(text, spec({ period: cumulative }), catalogue).observations;
    expect(yearly!.period).toMatchObject({ type: 'annual_average', label: { zh: '每年(年均)' } });
    expect(yearly!.measure).toBe('flow');
    expect(total!.period.type).toBe('cumulative');
    expect(total!.measure).toBe('cumulative');
  });
});
