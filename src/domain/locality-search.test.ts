// Finding localities by what a reader types: either language, half- or full-width, names before places, capped.
import { describe, expect, test } from 'vitest';
import type { Locality } from '@/schema/dataset';
import { fixtureIndex } from '@/testing/fixture-dataset';
import { findLocalities, foldSearchText, matchesLocality } from './locality-search';

const base = fixtureIndex.localities[0]!;
const place = (id: string, zh: string, en: string, code: string, province: [string, string], parent: [string, string] | null = null): Locality => ({
  ...base,
  id,
  name: { zh, en },
  shortName: { zh: zh.replace(/(自治县|县|市|区)$/, ''), en: en.split(' ')[0]! },
  divisionCode: code,
  province: { zh: province[0], en: province[1] },
  parent: parent ? { zh: parent[0], en: parent[1] } : null,
});

const changshan = place('changshan', '常山县', 'Changshan County', '330822', ['浙江省', 'Zhejiang'], ['衢州市', 'Quzhou']);
const fuzhou = place('fuzhou', '抚州市', 'Fuzhou', '361000', ['江西省', 'Jiangxi']);
const xiuzhou = place('xiuzhou', '秀洲区', 'Xiuzhou District', '330411', ['浙江省', 'Zhejiang'], ['嘉兴市', 'Jiaxing']);
const changshanHunan = place('changsha-county', '长沙县', 'Changsha County', '430121', ['湖南省', 'Hunan'], ['长沙市', 'Changsha']);
const all = [xiuzhou, changshanHunan, fuzhou, changshan];

describe('locality search', () => {
  test('folds full-width letters and digits, case and surrounding space (as typed on Chinese keyboards)', () => {
    expect(foldSearchText('  ＣＨＡＮＧｓｈａｎ　')).toBe('changshan');
    expect(foldSearchText('３３０８２２')).toBe('330822');
  });

  test('a locality answers to its names in either language, its division code, its city and its province', () => {
    for (const query of ['常山', '常山县', 'changshan', 'Changshan County', 'ＣＨＡＮＧＳＨＡＮ', '330822', '３３０８２２', '衢州', 'Quzhou', '浙江', 'zhejiang']) {
      expect(matchesLocality(changshan, query), query).toBe(true);
    }
    for (const query of ['抚州', '江西', '361000']) expect(matchesLocality(changshan, query), query).toBe(false);
    expect(matchesLocality(changshan, '   ')).toBe(true);
  });

  test('names rank above places: an exact name first, then names that start with the query, then names that hold it', () => {
    // 长沙县 starts with 长沙, and its city 长沙市 holds it too; no other locality does.
    expect(findLocalities(all, '长沙', 10).shown.map((l) => l.id)).toEqual(['changsha-county']);
    // "chang": both start with it, in the index's order.
    expect(findLocalities(all, 'chang', 10).shown.map((l) => l.id)).toEqual(['changsha-county', 'changshan']);
    // "zhou": held by three names (Fuzhou, Xiuzhou District) and by Quzhou, Changshan's city: names first.
    expect(findLocalities(all, 'zhou', 10).shown.map((l) => l.id)).toEqual(['xiuzhou', 'fuzhou', 'changshan']);
    // An exact short name beats a prefix of another name.
    expect(findLocalities([changshanHunan, changshan], '常山', 10).shown.map((l) => l.id)).toEqual(['changshan']);
  });

  test('caps what it shows and counts the rest; an empty query lists the index in its order', () => {
    expect(findLocalities(all, '', 2)).toEqual({ shown: [xiuzhou, changshanHunan], total: 4 });
    expect(findLocalities(all, '浙江', 1)).toEqual({ shown: [xiuzhou], total: 2 });
    expect(findLocalities(all, '北京', 5)).toEqual({ shown: [], total: 0 });
  });
});
