// The card model on the fixture dataset: groups share an axis, the rest is set apart with a reason.
import { describe, expect, test } from 'vitest';
import type { Observation } from '@/schema/dataset';
import { buildCard, type CardInput } from '@/domain/card-model';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureObservations, observation } from '@/testing/fixture-dataset';

const lookup = buildLookup(fixtureIndex);
const metric = (id: string) => fixtureIndex.metrics.find((m) => m.id === id)!;
const [alpha, beta, gamma] = fixtureIndex.localities as [typeof fixtureIndex.localities[0], typeof fixtureIndex.localities[0], typeof fixtureIndex.localities[0]];

function card(metricId: string, options: Partial<CardInput> = {}) {
  return buildCard({ metric: metric(metricId), localities: fixtureIndex.localities, observations: fixtureObservations, lookup, lang: 'zh', perCapita: false, sort: 'locality', ...options });
}

function withFigures(figures: Observation[]) {
  return new Map(fixtureIndex.localities.map((l) => [l.id, figures.filter((o) => o.localityId === l.id)]));
}

describe('buildCard', () => {
  test('like-for-like figures share one panel; a locality without the metric is named once, in a footnote', () => {
    const model = card('coverage_rate');
    expect(model.panels).toHaveLength(1);
    expect(model.panels[0]!.bars.map((b) => [b.locality.id, b.value])).toEqual([['alpha', 90], ['beta', 97.8]]);
    expect(model.notReported.map((l) => l.id)).toEqual(['gamma']);
    expect(model.footnotes).toEqual(['未报告：戊己']);
    expect(model.caveats.map((c) => c.kind)).toEqual(['levels']);
    expect(model.verdict).toMatchObject({ kind: 'partly', word: '部分可比' });
  });

  test('a figure of another group is set apart with its reason, never drawn on the main axis', () => {
    const model = card('relief_money');
    // alpha's is a plan, gamma's two: one for everyone, one for new forms of employment only.
    const drawn = model.panels.flatMap((p) => p.bars.map((b) => b.observation.id));
    const apart = model.outside.map((f) => [f.observation.id, f.reason]);
    expect([...drawn, ...apart.map(([id]) => id)].toSorted()).toEqual(['a3', 'g1', 'g2']);
    expect(model.verdict.kind).toBe('reference');
  });

  test('two localities alike: comparable, with the period in the title', () => {
    const figures = [
      observation({ id: 'x1', localityId: 'alpha', value: 11, originalText: '11个' }),
      observation({ id: 'x2', localityId: 'gamma', value: 20, originalText: '20个' }),
    ];
    const model = card('new_unions', { observations: withFigures(figures), localities: [alpha, gamma] });
    expect(model.verdict).toMatchObject({ kind: 'comparable', word: '可比' });
    expect(model.title).toBe('新建工会（2022年）');
    expect(model.caveats).toEqual([]);
    expect(model.outside).toEqual([]);
  });

  test('a provincial figure beside two county ones is set apart: level differs', () => {
    const figures = [
      observation({ id: 'x1', localityId: 'alpha', value: 11, originalText: '11个' }),
      observation({ id: 'x2', localityId: 'gamma', value: 20, originalText: '20个' }),
      observation({ id: 'x3', localityId: 'gamma', value: 2, originalText: '2个', level: 'province', distinction: { zh: '省级', en: 'provincial' } }),
    ];
    const model = card('new_unions', { observations: withFigures(figures), localities: [alpha, gamma] });
    expect(model.outside.map((f) => [f.label, f.reason])).toEqual([['戊己 · 省级', '级别：省级（主图：未写明级别）']]);
    expect(model.verdict).toMatchObject({ kind: 'partly', reason: '另有 1 个数字口径不同（见下方）' });
    const en = card('new_unions', { observations: withFigures(figures), localities: [alpha, gamma], lang: 'en' });
    expect(en.outside[0]!.reason).toBe('level: provincial (main chart: level not stated)');
  });

  test('a part is drawn inside its whole and never ranked against it', () => {
    const figures = [
      observation({ id: 'w', localityId: 'alpha', value: 224, originalText: '224个' }),
      observation({ id: 'p', localityId: 'alpha', value: 35, originalText: '35个', populationId: 'new_employment', partOfId: 'w' }),
      observation({ id: 'o', localityId: 'gamma', value: 40, originalText: '40个' }),
    ];
    const model = card('new_unions', { observations: withFigures(figures), localities: [alpha, gamma], sort: 'desc' });
    expect(model.panels).toHaveLength(1);
    expect(model.panels[0]!.bars.map((b) => [b.observation.id, b.parts.map((p) => p.observation.id)])).toEqual([['w', ['p']], ['o', []]]);
    expect(model.outside).toEqual([]);
    expect(model.caveats.map((c) => c.kind)).toEqual(['parts']);
  });

  test('value sort orders bars within a panel; periods differing are marked on the bars they concern', () => {
    const figures = [
      observation({ id: 'x1', localityId: 'alpha', value: 11, originalText: '11个' }),
      observation({ id: 'x2', localityId: 'gamma', value: 20, originalText: '20个' }),
      observation({ id: 'x3', localityId: 'beta', value: 5, originalText: '5个', period: { label: { zh: '2023年', en: '2023' }, type: 'year', from: 2023, to: 2023, years: 1 } }),
    ];
    const model = card('new_unions', { observations: withFigures(figures), sort: 'desc' });
    const bars = model.panels[0]!.bars;
    expect(bars.map((b) => b.value)).toEqual([20, 11, 5]);
    const periods = model.caveats.find((c) => c.kind === 'periods')!;
    expect(bars.find((b) => b.observation.id === 'x3')!.marks).toContain(periods.mark);
    expect(bars.find((b) => b.observation.id === 'x1')!.marks).not.toContain(periods.mark);
    expect(bars.map((b) => b.label)).toEqual(['戊己 · 2022年', '甲乙 · 2022年', '丙丁 · 2023年']);
  });

  test('per capita: 3 significant digits, per 100,000 when per 10,000 reads below 0.1, said in the unit', () => {
    const figures = [
      observation({ id: 'x1', localityId: 'alpha', value: 1, originalText: '1个' }),
      observation({ id: 'x2', localityId: 'beta', value: 3, originalText: '3个' }),
    ];
    const model = card('new_unions', { observations: withFigures(figures), localities: [alpha, beta], perCapita: true });
    expect(model.perCapitaBase).toBe(100_000);
    expect(model.axisTitle).toBe('个/每10万常住人口');
    expect(model.panels[0]!.bars.map((b) => b.valueLabel)).toEqual(['0.5个/10万人', '0.1个/10万人']);
    // The populations divided by, as people read them; the census is cited apart (once per page, once per export).
    expect(model.footnotes.at(-1)).toBe('每10万常住人口折算，常住人口：甲乙 20.0万、丙丁 300.0万');
    expect(model.populationCitations).toEqual([alpha.population.citation.zh]);
    expect(card('new_unions', { perCapita: false }).populationCitations).toEqual([]);
  });

  test('one locality alone shows its figures, and its verdict says there is nothing to compare with', () => {
    const model = card('new_unions', { localities: [alpha] });
    expect(model.panels.flatMap((p) => p.bars.map((b) => b.locality.id))).toEqual(expect.arrayContaining(['alpha']));
    expect(model.verdict).toEqual({ kind: 'reference', word: '仅供参考', reason: '只选了一个地区，没有可比较的对象' });
    expect(card('new_unions', { localities: [alpha], lang: 'en' }).verdict.reason).toBe('only one locality is selected, so there is nothing to compare with');
  });

  test('a rate is never divided by population', () => {
    const model = card('coverage_rate', { perCapita: true });
    expect(model.perCapitaBase).toBeNull();
    expect(model.panels[0]!.bars.map((b) => b.value)).toEqual([90, 97.8]);
  });

  test('the text alternative says every bar and the verdict', () => {
    const text = card('coverage_rate').textAlternative;
    expect(text).toContain('部分可比');
    expect(text).toContain('甲乙：90%以上');
    expect(text).toContain('丙丁：97.8%①');
    expect(text).toContain('① 行政级别不同：丙丁市（地级市），其余为县级单位');
    expect(text).toContain('未报告：戊己');
  });
});
