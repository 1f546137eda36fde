import { describe, expect, test } from 'vitest';
import { compareMetric } from '@/lib/comparison';
import { comparisonNotes, periodText } from '@/lib/comparison-notes';
import { fixtureIndex, fixtureObservations, observation } from '@/lib/testing/fixture-dataset';
import { unitLabels } from '@/lib/figure-text';

const metric = (id: string) => fixtureIndex.metrics.find((m) => m.id === id)!;
const notesFor = (id: string, lang: 'zh' | 'en', perCapita = false, localities = fixtureIndex.localities) =>
  comparisonNotes(compareMetric(metric(id), localities, fixtureObservations, perCapita).rows, fixtureIndex.populations, lang);

describe('comparison notes', () => {
  test('different periods and levels each get a visible note naming the localities', () => {
    const notes = notesFor('new_unions', 'zh');
    expect(notes.map((note) => note.kind)).toEqual(['periods', 'levels', 'notReported']);
    expect(notes[0]!.text).toBe('时期不同：2022年：甲乙；近年来（累计）：丙丁。');
    expect(notes[1]!.text).toContain('丙丁市（地级市）');
    expect(notes[2]!.text).toBe('未报告：戊己。');
  });

  test('a like-for-like comparison has no period or level note', () => {
    const counties = fixtureIndex.localities.filter((l) => l.levelRank === 3);
    const kinds = notesFor('relief_money', 'en', false, counties).map((note) => note.kind);
    expect(kinds).not.toContain('periods');
    expect(kinds).not.toContain('levels');
    expect(kinds).toEqual(['plans', 'multiple', 'population']);
  });

  test('per capita names the census it divides by', () => {
    const perCapita = notesFor('new_unions', 'en', true).find((note) => note.kind === 'perCapita');
    expect(perCapita?.text).toBe('Per 10,000 residents; population: 7th National Population Census (2020).');
    expect(notesFor('coverage_rate', 'en', true).some((note) => note.kind === 'perCapita')).toBe(false);
  });

  test('a period label that already says cumulative is not marked twice', () => {
    expect(periodText({ label: { zh: '近年来(多年累计)', en: 'Recent years (cumulative)' }, type: 'cumulative' }, 'zh')).toBe('近年来(多年累计)');
    expect(periodText({ label: { zh: '近年来(多年累计)', en: 'Recent years (cumulative)' }, type: 'cumulative' }, 'en')).toBe('Recent years (cumulative)');
    expect(periodText({ label: { zh: '近三年', en: 'last three years' }, type: 'cumulative' }, 'en')).toBe('last three years (cumulative)');
  });

  test('with many localities the notes name a dozen and count the rest', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...fixtureIndex.localities[0]!, id: `c${i}`, shortName: { zh: `县${i}`, en: `C${i}` } }));
    const notReported = comparisonNotes(compareMetric(metric('new_unions'), many, fixtureObservations, false).rows, fixtureIndex.populations, 'en').find(
      (note) => note.kind === 'notReported',
    );
    expect(notReported?.text).toBe(`Not reported: ${many.slice(0, 12).map((l) => l.shortName.en).join('; ')}; 28 more.`);
  });
});

describe('units and levels notes', () => {
  const sanjiang = { ...fixtureIndex.localities[0]!, id: 'sanjiang', shortName: { zh: '三江', en: 'Sanjiang' } };
  const shifang = { ...fixtureIndex.localities[2]!, id: 'shifang', shortName: { zh: '什邡', en: 'Shifang' } };
  const figures = new Map([
    ['sanjiang', [observation({ id: 's1', localityId: 'sanjiang', value: 895, unit: '人次', originalText: '895人次' })]],
    ['shifang', [observation({ id: 'f1', localityId: 'shifang', value: 1888, unit: '人', originalText: '1888人' })]],
  ]);
  const rows = compareMetric(metric('new_unions'), [sanjiang, shifang], figures, false).rows;
  const labels = unitLabels(fixtureIndex.measureWords);

  test.each([
    ['zh', '单位不同：人次：三江；人：什邡。'],
    ['en', 'Units differ: attendances: Sanjiang; people: Shifang.'],
  ] as const)('figures in different measure words get a visible note in %s', (lang, expected) => {
    expect(comparisonNotes(rows, fixtureIndex.populations, lang, labels).find((note) => note.kind === 'units')?.text).toBe(expected);
  });

  test('figures in one unit get no units note', () => {
    expect(notesFor('new_unions', 'zh').map((note) => note.kind)).not.toContain('units');
  });

  test('an English name with brackets is not followed by a second bracket', () => {
    const fuzhou = { ...fixtureIndex.localities[1]!, name: { zh: '抚州市', en: 'Fuzhou City (Jiangxi)' } };
    const levels = comparisonNotes(
      compareMetric(metric('new_unions'), [fixtureIndex.localities[0]!, fuzhou], fixtureObservations, false).rows,
      fixtureIndex.populations,
      'en',
    ).find((note) => note.kind === 'levels');
    expect(levels?.text).toContain('Fuzhou City (Jiangxi), a prefecture-level city;');
    expect(levels?.text).not.toContain(') (');
  });
});
