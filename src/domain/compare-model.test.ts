import { describe, expect, test } from 'vitest';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureObservations } from '@/testing/fixture-dataset';
import { buildComparison, differencesInWords, type CompareFigure, type CompareModel, type OneSidedRow, type SharedRow } from './compare-model';

const lookup = buildLookup(fixtureIndex);
const place = (id: string) => lookup.localitiesById.get(id)!;
const compare = (a: string, b: string, lang: 'zh' | 'en' = 'zh', areaIds: string[] | null = null) =>
  buildComparison({ a: place(a), b: place(b), observations: fixtureObservations, lookup, lang, perCapita: false, areaIds });
const rows = (model: CompareModel) =>
  model.sections.flatMap((section) => section.areas.flatMap((area) => area.rows.map((row) => `${section.title}: ${area.area.id} ${row.metric.id}`)));
const shared = (model: CompareModel, metricId: string) => model.sections.flatMap((s) => s.areas.flatMap((a) => a.rows)).find((r): r is SharedRow => r.kind === 'shared' && r.metric.id === metricId)!;
const values = (figures: readonly CompareFigure[]) => figures.map((f) => f.valueLabel);

describe('buildComparison', () => {
  test('splits metrics into shared, only a and only b, in that order, each by program area', () => {
    expect(rows(compare('alpha', 'beta'))).toEqual(['两地都报告: organising new_unions', '两地都报告: organising coverage_rate', '仅甲乙报告: welfare relief_money']);
    expect(rows(compare('beta', 'alpha'))).toEqual(['两地都报告: organising new_unions', '两地都报告: organising coverage_rate', '仅甲乙报告: welfare relief_money']);
    const model = compare('alpha', 'gamma', 'en');
    expect(rows(model)).toEqual(['Both report: welfare relief_money', 'Only Alpha reports: organising new_unions', 'Only Alpha reports: organising coverage_rate']);
    expect(model.sections.map((s) => [s.kind, s.count])).toEqual([['shared', 1], ['only-a', 2]]);
    expect(rows(compare('gamma', 'alpha', 'en')).at(-1)).toBe('Only Alpha reports: organising coverage_rate');
    expect(compare('gamma', 'alpha').sections.map((s) => s.kind)).toEqual(['shared', 'only-b']);
    const only = model.sections[1]!.areas[0]!.rows[0] as OneSidedRow;
    expect(only.side).toBe('a');
    expect(values(only.figures)).toEqual(['2,200+ units']);
  });

  test('each side keeps its own figures with value, period and quote; the verdict is the card model’s', () => {
    const row = shared(compare('alpha', 'beta'), 'new_unions');
    expect(row.groups).toHaveLength(1);
    expect(values(row.groups[0]!.a)).toEqual(['2200余个']);
    expect(values(row.groups[0]!.b)).toEqual(['近千个']);
    expect(row.groups[0]!.a[0]!.periodLabel).toBe('2022年');
    expect(row.groups[0]!.b[0]!.observation.quote).toContain('近千个');
    expect(row.verdict.word).toBe('部分可比');
  });

  test('figures of no common group are set apart with the card’s reason, and the verdict says for reference only', () => {
    const row = shared(compare('alpha', 'gamma'), 'relief_money');
    expect(row.verdict.word).toBe('仅供参考');
    expect(row.groups.map((g) => [values(g.a), values(g.b)])).toEqual([
      [['5万余元（计划）'], []],
      [[], ['8万元']],
      [[], ['3万元']],
    ]);
    expect(row.setApart).toEqual([]);
  });

  test('the differences are said in words: periods, administrative levels; none gives "same"', () => {
    const row = shared(compare('alpha', 'beta'), 'new_unions');
    expect(row.differences).toEqual(['时期不同：甲乙 2022年；丙丁 近年来（累计）', '行政级别不同：甲乙县为县，丙丁市为地级市']);
    const en = shared(compare('alpha', 'beta', 'en'), 'coverage_rate');
    expect(en.differences).toEqual(['Administrative levels differ: Alpha County is a county; Beta City is a prefecture-level city']);
  });

  test('groups counted and plans are said in words too', () => {
    const row = shared(compare('alpha', 'gamma'), 'relief_money');
    expect(row.differences).toEqual(['人群不同：甲乙 全体职工；戊己 全体职工、新就业形态', '含计划目标：甲乙']);
  });

  test('the place notes state both populations and a level difference once; unclassified figures are pointed to', () => {
    const model = compare('alpha', 'beta');
    expect(model.levelNote).toBe('甲乙县为县，丙丁市为地级市，不是同级单位，数字规模不可直接对比。');
    expect(model.populationNote).toBe('常住人口：甲乙县 20.0万，丙丁市 300.0万。');
    expect(model.unclassifiedNote).toBe('另有未归类的数字（甲乙 1 个），见地区档案。');
    expect(compare('beta', 'gamma').unclassifiedNote).toBeNull();
    expect(compare('alpha', 'gamma').levelNote).toBeNull();
  });

  test('per 10,000 residents, counts are divided by each place’s population and rates are not', () => {
    const model = buildComparison({ a: place('alpha'), b: place('beta'), observations: fixtureObservations, lookup, lang: 'zh', perCapita: true, areaIds: null });
    const unions = shared(model, 'new_unions');
    expect(values(unions.groups[0]!.a)[0]).toMatch(/万人$/);
    expect(values(shared(model, 'coverage_rate').groups[0]!.a)).toEqual(['90%以上']);
  });

  test('an area filter keeps only its metrics', () => {
    expect(rows(compare('alpha', 'beta', 'zh', ['welfare']))).toEqual(['仅甲乙报告: welfare relief_money']);
  });
});

describe('differencesInWords', () => {
  test('the same sets in another order are not a difference', () => {
    const [first, second] = [...(fixtureObservations.get('gamma') ?? [])];
    const figure = (observation: typeof first) => ({ observation: observation!, valueLabel: '', periodLabel: '2022年', distinction: null, parts: [] });
    const a = [figure(first), figure(second)];
    expect(differencesInWords(place('alpha'), place('gamma'), { a, b: a.toReversed() }, lookup, 'zh')).toEqual(['时期、级别、人群相同']);
  });
});
