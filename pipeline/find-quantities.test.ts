import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toChineseNumeral } from './chinese-numerals.ts';
import { findQuantities, scaleDecimal } from './find-quantities.ts';
import { normalizeText } from './normalize-text.ts';

const only = (text: string) => {
  const found = findQuantities(normalizeText(text).text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findQuantities reads every shape the articles use', () => {
  test.each([
    // text, value, unit, qualifier, figure text
    ['吸收会员845人。', 845, '人', 'exact', '845人'],
    ['发布招工信息2200余个', 2200, '个', 'more_than', '2200余个'],
    ['累计发放慰问金5万余元', 50000, '元', 'more_than', '5万余元'],
    ['带动职工岗位练兵40余万人次', 400000, '人次', 'more_than', '40余万人次'],
    ['提供就业岗位1.8万余个', 18000, '个', 'more_than', '1.8万余个'],
    ['发放贴息贷款2.9亿元', 290000000, '元', 'exact', '2.9亿元'],
    ['年均开展活动近千场', 1000, '场', 'nearly', '近千场'],
    ['开展宣讲百余场', 100, '场', 'more_than', '百余场'],
    ['投资近140余万元', 1400000, '元', 'about', '近140余万元'],
    ['吸纳劳动者超8000人', 8000, '人', 'more_than', '超8000人'],
    ['建会率97.8%', 97.8, '%', 'exact', '97.8%'],
    ['建制率保持在90%以上', 90, '%', 'at_least', '保持在90%以上'],
    ['发放慰问金10.78万元', 107800, '元', 'exact', '10.78万元'],
    ['补助金额19.30万元', 193000, '元', 'exact', '19.30万元'],
    ['不少于5000场次', 5000, '场次', 'at_least', '不少于5000场次'],
    ['宣讲800场以上', 800, '场', 'at_least', '800场以上'],
    ['约300人参加', 300, '人', 'about', '约300人'],
    ['参与职工达6.5万人次', 65000, '人次', 'exact', '达6.5万人次'],
    ['服务职工超30万人次', 300000, '人次', 'more_than', '超30万人次'],
    ['评选十二名', 12, '名', 'exact', '十二名'],
    ['两千人参加', 2000, '人', 'exact', '两千人'],
    ['慰问3.7万名一线职工', 37000, '名', 'exact', '3.7万名'],
    ['全年共1,200人入会', 1200, '人', 'exact', '1,200人'],
    ['全市建立工会54家', 54, '家', 'exact', '54家'],
    ['签订率达99.58%', 99.58, '%', 'exact', '达99.58%'],
    ['全角数字１２３家', 123, '家', 'exact', '１２３家'],
    ['入会率９５％', 95, '%', 'exact', '９５％'],
    // Compound multipliers: 千万, 百万, 万亿, with 余 before or after them.
    ['全年投入资金3千万元', 30_000_000, '元', 'exact', '3千万元'],
    ['撬动投资1.2万亿元', 1.2e12, '元', 'exact', '1.2万亿元'],
    ['筹集资金5百万元', 5_000_000, '元', 'exact', '5百万元'],
    ['覆盖职工2千余人', 2000, '人', 'more_than', '2千余人'],
    ['发放贷款三千万元', 30_000_000, '元', 'exact', '三千万元'],
    ['惠及一万亿元', 1e12, '元', 'exact', '一万亿元'],
    // Full-width punctuation around a figure changes nothing.
    ['新建工会１１家，吸收会员', 11, '家', 'exact', '１１家'],
    ['（含）入会率达９５％；', 95, '%', 'exact', '达９５％'],
  ])('%s -> %d %s (%s)', (text, value, unit, qualifier, figure) => {
    const found = only(text);
    expect(found).toMatchObject({ value, unit, qualifier });
    // Offsets into the normalised text are offsets into the original too (full-width digits map 1:1).
    expect(text.slice(found.start, found.end)).toBe(figure);
  });

  test('a word that begins with a measure word is not a unit: 5场景 has no unit', () => {
    expect(only('建设5场景').unit).toBeNull();
  });

  test('Chinese numerals count only before a measure word or after 第', () => {
    expect(findQuantities('一线职工学习二十大精神,做到三心')).toEqual([]);
    expect(findQuantities('第二届运动会').map((q) => q.text)).toEqual(['二']);
  });

  test('values are exact in base units, whatever the decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
        const written = (n / 10 ** decimals).toFixed(decimals);
        const found = findQuantities(`发放${written}万元`);
        return found.length === 1 && found[0]!.value === scaleDecimal(written, 10_000) && Math.abs(found[0]!.value! - n * 10 ** (4 - decimals)) < 1e-6;
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  test('a number written in Chinese numerals with a measure word reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 99_999_999 }), (n) => {
        const found = findQuantities(`共有${toChineseNumeral(n)}人参加`);
        return found.length === 1 && found[0]!.value === n && found[0]!.unit === '人';
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
