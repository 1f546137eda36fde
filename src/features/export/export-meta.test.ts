import { describe, expect, test } from 'vitest';
import type { Source } from '@/schema/dataset';
import { buildCard } from '@/domain/card-model';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureObservations } from '@/testing/fixture-dataset';
import { exportFooter, exportMeta, NEWS_DISCLAIMER } from './export-meta';

const localitiesById = new Map(fixtureIndex.localities.map((l) => [l.id, l]));
const [alphaSource, betaSource, gammaSource] = fixtureIndex.sources as [Source, Source, Source];
const longTitle = '一篇很长很长的报道标题——“用来检查”标题不在引号里被截断的情况，即使它超过二十八个字';
const noPublisher: Source = { ...betaSource, publisher: null, publishedOn: null, title: longTitle };
const noDate: Source = { ...gammaSource, publishedOn: null };
const base = { localitiesById, builtAt: '2026-11-21T05:20:18.529Z' };

describe('exportFooter', () => {
  test('lists each source once, its whole title, then once per kind of gap which sources leave publisher or date unstated (zh)', () => {
    const footer = exportFooter({ ...base, sources: [alphaSource, alphaSource, noPublisher, noDate], lang: 'zh' });
    expect(footer).toEqual([
      `来源：甲乙《alpha 工会工作》，某报，2023-04-29；丙丁《${longTitle}》；戊己《gamma 工会工作》，某报`,
      '出版者、日期未注明：丙丁',
      '日期未注明：戊己',
      NEWS_DISCLAIMER.zh,
      '数据构建时间：2026-11-21 · 工会工作对比看板',
    ]);
  });

  test('sources that all lack publisher and date are named in one line, not one line per field', () => {
    const unstated = [noPublisher, { ...noDate, publisher: null }];
    const zh = exportFooter({ ...base, sources: unstated, lang: 'zh' });
    expect(zh.filter((line) => line.includes('未注明'))).toEqual(['出版者、日期未注明：丙丁、戊己']);
    const en = exportFooter({ ...base, sources: unstated, lang: 'en' });
    expect(en.filter((line) => line.includes('not stated'))).toEqual(['Publisher and date not stated: Beta, Gamma']);
  });

  test('in English it says where figures come from', () => {
    const footer = exportFooter({ ...base, sources: [alphaSource], lang: 'en' });
    expect(footer).toEqual(['Sources: Alpha: “alpha 工会工作”, 某报, 2023-04-29', NEWS_DISCLAIMER.en, 'Data built: 2026-11-21 · Union Work Comparison']);
  });

  test('without sources the footer still says so instead of leaving the line empty', () => {
    expect(exportFooter({ ...base, sources: [], lang: 'en' })[0]).toBe('Sources: —');
  });
});

test('exportMeta takes title, verdict, caveats, figures set apart and footnotes from the card model', () => {
  const lookup = buildLookup(fixtureIndex);
  const metric = fixtureIndex.metrics.find((m) => m.id === 'coverage_rate')!;
  const model = buildCard({ metric, localities: fixtureIndex.localities, observations: fixtureObservations, lookup, lang: 'zh', perCapita: false, sort: 'locality' });
  const meta = exportMeta(model, localitiesById, '2026-11-21T05:20:18.529Z');
  expect(meta.title).toBe(model.title);
  expect(meta.subtitle).toBe(model.subtitle);
  expect(meta.notes).toEqual([`部分可比：${model.verdict.reason}`, `① ${model.caveats[0]!.text}`]);
  expect(meta.after).toEqual(['未报告：戊己']);
  expect(meta.footer[0]).toContain('甲乙《alpha 工会工作》');
});
