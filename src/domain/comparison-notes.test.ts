import { describe, expect, test } from 'vitest';
import { compareMetric } from '@/domain/comparison';
import { comparisonNotes } from '@/domain/comparison-notes';
import { periodText } from '@/domain/periods';
import { fixtureIndex, fixtureObservations, observation } from '@/testing/fixture-dataset';

const metric = (id: string) => fixtureIndex.metrics.find((m) => m.id === id)!;
const notesFor = (id: string, lang: 'zh' | 'en', perCapita = false, localities = fixtureIndex.localities) =>
  comparisonNotes(compareMetric(metric(id), localities, fixtureObservations, perCapita).rows, lang);

describe('table notes', () => {
  test('different periods and levels each get a visible note naming the localities', () => {
    const notes = notesFor('new_unions', 'zh');
    expect(notes.map((note) => note.kind)).toEqual(['periods', 'levels']);
    expect(notes[0]!.text).toBe('时期不同：2022年：甲乙；近年来（累计）：丙丁。');
    expect(notes[1]!.text).toContain('丙丁市（地级市）');
  });

  test('a like-for-like comparison has no period or level note', () => {
    const counties = fixtureIndex.localities.filter((l) => l.levelRank === 3);
    const kinds = notesFor('relief_money', 'en', false, counties).map((note) => note.kind);
    expect(kinds).not.toContain('periods');
    expect(kinds).not.toContain('levels');
    expect(kinds).toEqual(['plans']);
  });

  test('per capita names the populations it divides by, as people read them (the census is cited once per page)', () => {
    const perCapita = notesFor('new_unions', 'en', true).find((note) => note.kind === 'perCapita');
    expect(perCapita?.text).toMatch(/^Per 10,000 residents; population: [^.]+ \d[\d,.]*( million)?\.$/);
    expect(perCapita?.text).not.toContain('Census');
    expect(notesFor('coverage_rate', 'en', true).some((note) => note.kind === 'perCapita')).toBe(false);
  });

  test('a period label that already says cumulative is not marked twice', () => {
    expect(periodText({ label: { zh: '近年来(多年累计)', en: 'Recent years (cumulative)' }, type: 'cumulative' }, 'zh')).toBe('近年来(多年累计)');
    expect(periodText({ label: { zh: '近年来(多年累计)', en: 'Recent years (cumulative)' }, type: 'cumulative' }, 'en')).toBe('Recent years (cumulative)');
    expect(periodText({ label: { zh: '近三年', en: 'last three years' }, type: 'cumulative' }, 'en')).toBe('last three years (cumulative)');
  });

  test('with many localities the plans note names a dozen and counts the rest', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...fixtureIndex.localities[0]!, id: `c${i}`, shortName: { zh: `县${i}`, en: `C${i}` } }));
    const plans = new Map(many.map((l) => [l.id, [observation({ id: `p${l.id}`, localityId: l.id, value: 1, originalText: '1个', kind: 'plan' })]]));
    const note = comparisonNotes(compareMetric(metric('new_unions'), many, plans, false).rows, 'en').find((n) => n.kind === 'plans');
    expect(note?.text).toContain(many.slice(0, 12).map((l) => l.shortName.en).join('; '));
    expect(note?.text).toContain('28 more');
  });
});

describe('levels note', () => {
  test('an English name with brackets is not followed by a second bracket', () => {
    const fuzhou = { ...fixtureIndex.localities[1]!, name: { zh: '抚州市', en: 'Fuzhou City (Jiangxi)' } };
    const levels = comparisonNotes(compareMetric(metric('new_unions'), [fixtureIndex.localities[0]!, fuzhou], fixtureObservations, false).rows, 'en').find(
      (note) => note.kind === 'levels',
    );
    expect(levels?.text).toContain('Fuzhou City (Jiangxi), a prefecture-level city;');
    expect(levels?.text).not.toContain(') (');
  });
});
