import { describe, expect, test } from 'vitest';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex } from '@/testing/fixture-dataset';
import { controlSummary } from '@/app/control-summary';

const { areasById } = buildLookup(fixtureIndex);
const firstArea = fixtureIndex.programAreas[0]!;

describe('the folded control bar says what is chosen in one line', () => {
  test.each([
    [5, null, 'zh', false, '5 个地区 · 全部领域 · 中文'],
    [5, null, 'en', false, '5 localities · All areas · English'],
    [1, null, 'en', false, '1 locality · All areas · English'],
    [0, null, 'zh', false, '未选地区 · 全部领域 · 中文'],
    [0, null, 'en', false, 'No locality · All areas · English'],
    [3, ['a', 'b'], 'zh', true, '3 个地区 · 2 个领域 · 中文 · 每万常住人口'],
    [1200, ['a', 'b'], 'en', false, '1,200 localities · 2 areas · English'],
  ] as const)('%d localities, areas %j, %s, per capita %s: %s', (selectedCount, areaIds, lang, perCapita, expected) => {
    expect(controlSummary({ selectedCount, areaIds, areasById, lang, perCapita })).toBe(expected);
  });

  test('one area is named', () => {
    expect(controlSummary({ selectedCount: 2, areaIds: [firstArea.id], areasById, lang: 'zh', perCapita: false })).toBe(`2 个地区 · ${firstArea.label.zh} · 中文`);
  });
});
