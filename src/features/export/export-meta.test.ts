import { describe, expect, test } from 'vitest';
import type { Source } from '@/schema/dataset';
import { fixtureIndex } from '@/lib/testing/fixture-dataset';
import { exportFooter, exportMeta, NEWS_DISCLAIMER } from '@/features/export/export-meta';

const localitiesById = new Map(fixtureIndex.localities.map((l) => [l.id, l]));
const [alphaSource, betaSource] = fixtureIndex.sources as [Source, Source, Source];
const noPublisher: Source = { ...betaSource, publisher: null, publishedOn: null, title: '一篇很长很长的报道标题，用来检查截断是否发生在二十八个字以后的位置上面' };
const base = { localitiesById, perCapitaCitations: [], builtAt: '2026-11-21T05:20:18.529Z' };

describe('exportFooter', () => {
  test('lists each source once with publisher and date, then the caveat and the build date (zh)', () => {
    const footer = exportFooter({ ...base, sources: [alphaSource, alphaSource, noPublisher], lang: 'zh' });
    expect(footer).toEqual([
      '来源：甲乙：某报，2023-04-29；丙丁：《一篇很长很长的报道标题，用来检查截断是否发生在二十八个字…》，日期未注明',
      NEWS_DISCLAIMER.zh,
      '数据构建时间：2026-11-21 · 工会工作对比看板',
    ]);
  });

  test('in English it says where figures come from, and cites the census when per-capita values are shown', () => {
    const footer = exportFooter({ ...base, sources: [alphaSource], perCapitaCitations: ['7th census', '7th census'], lang: 'en' });
    expect(footer[0]).toBe('Sources: Alpha: 某报, 2023-04-29');
    expect(footer[1]).toContain('Figures extracted from news reports');
    expect(footer[2]).toBe('Per 10,000 residents; population: 7th census.');
    expect(footer[3]).toBe('Data built: 2026-11-21 · Union Work Comparison');
  });

  test('without sources the footer still says so instead of leaving the line empty', () => {
    expect(exportFooter({ ...base, sources: [], lang: 'en' })[0]).toBe('Sources: —');
  });
});

test('exportMeta puts the unit and area under the title and moves the per-capita note to the footer', () => {
  const meta = exportMeta({
    ...base,
    sources: [alphaSource],
    perCapitaCitations: ['普查'],
    lang: 'zh',
    title: '新建工会',
    unit: '个/万人',
    areaLabel: '组织建设',
    notes: [
      { kind: 'notReported', text: '未报告：丙丁。' },
      { kind: 'perCapita', text: '每万常住人口折算，人口依据：普查。' },
    ],
  });
  expect(meta.title).toBe('新建工会');
  expect(meta.subtitle).toBe('单位：个/万人 · 组织建设');
  expect(meta.notes).toEqual(['未报告：丙丁。']);
  expect(meta.footer).toContain('每万常住人口折算，人口依据：普查。');
});
