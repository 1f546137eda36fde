import { describe, expect, test } from 'vitest';
import { formatCount, formatDate, formatFigure, formatNumber, formatPerCapita, formatPopulation, formatQualified, unitForCount } from '@/lib/format';

describe('formatNumber', () => {
  test.each([
    [18_000, '1.8万'],
    [290_000_000, '2.9亿'],
    [50_000, '5万'],
    [1_400_000, '140万'],
    [2200, '2200'],
    [845, '845'],
    [97.8, '97.8'],
    [0.856, '0.86'],
    [0, '0'],
    [107_800, '10.78万'],
    [1_159_200, '115.92万'],
    [99.58, '99.58'],
  ])('in Chinese %d reads %s (万 and 亿, no grouping below 万)', (value, expected) => {
    expect(formatNumber(value, 'zh')).toBe(expected);
  });

  test.each([
    [18_000, '18,000'],
    [290_000_000, '290M'],
    [1_400_000, '1.4M'],
    [2_500_000_000, '2.5B'],
    [2200, '2,200'],
    [97.8, '97.8'],
    [0.856, '0.86'],
    [107_800, '107,800'],
    [99.58, '99.58'],
  ])('in English %d reads %s (grouping, M and B)', (value, expected) => {
    expect(formatNumber(value, 'en')).toBe(expected);
  });
});

describe('formatQualified keeps the qualifier', () => {
  test.each([
    [2200, 'more_than', 'en', '2,200+'],
    [1000, 'about', 'en', '≈1,000'],
    [1000, 'nearly', 'en', 'nearly 1,000'],
    [90, 'at_least', 'en', '≥90'],
    [2200, 'exact', 'en', '2,200'],
    [2200, 'more_than', 'zh', '2200余'],
    [1000, 'nearly', 'zh', '近1000'],
    [1000, 'about', 'zh', '约1000'],
    [90, 'at_least', 'zh', '≥90'],
    [50_000, 'more_than', 'zh', '5万余'],
  ] as const)('%d %s in %s reads %s', (value, qualifier, lang, expected) => {
    expect(formatQualified(value, qualifier, lang)).toBe(expected);
  });
});

describe('formatFigure adds the unit the way each language writes it', () => {
  test.each([
    [90, 'at_least', '%', 'en', '≥90%'],
    [90, 'at_least', '%', 'zh', '≥90%'],
    [50_000, 'more_than', '元', 'zh', '5万余元'],
    [50_000, 'more_than', 'yuan', 'en', '50,000+ yuan'],
    [290_000_000, 'exact', 'yuan', 'en', '290M yuan'],
  ] as const)('%d %s %s in %s reads %s', (value, qualifier, unit, lang, expected) => {
    expect(formatFigure(value, qualifier, unit, lang)).toBe(expected);
  });
});

test('counters use plain grouped digits in both languages', () => {
  expect(formatCount(12_345, 'en')).toBe('12,345');
  expect(formatCount(12, 'zh')).toBe('12');
});

describe('per-capita numbers read to three significant digits and never put 余 on a decimal', () => {
  test.each([
    [0.0147, 'exact', 'zh', '0.0147'],
    [0.01, 'exact', 'en', '0.01'],
    [0.2834, 'more_than', 'zh', '>0.283'],
    [0.2834, 'more_than', 'en', '>0.283'],
    [8.456, 'about', 'zh', '约8.46'],
    [8.456, 'about', 'en', '≈8.46'],
    [110, 'more_than', 'zh', '>110'],
    [12.345, 'nearly', 'en', 'nearly 12.3'],
    [1234.5, 'exact', 'en', '1,230'],
    [123.45, 'exact', 'zh', '123'],
    [28_497, 'exact', 'zh', '2.85万'],
    [28_497, 'exact', 'en', '28,500'],
    [40_000, 'exact', 'zh', '4万'],
  ] as const)('%d %s in %s reads %s', (value, qualifier, lang, expected) => {
    expect(formatPerCapita(value, qualifier, lang)).toBe(expected);
  });
});

describe('English units are singular for exactly one', () => {
  test.each([
    [1, 'people', 'person'],
    [2, 'people', 'people'],
    [1, 'units', 'unit'],
    [1, 'classes', 'class'],
    [1, 'copies', 'copy'],
    [1, 'people (visits)', 'person (visit)'],
    [1, 'yuan', 'yuan'],
    [1, 'children', 'child'],
    [1, '%', '%'],
  ])('%d %s -> %s', (value, label, expected) => {
    expect(unitForCount(value, label)).toBe(expected);
  });
});

describe('populations read as people say them: one decimal of 万 in Chinese, three significant digits in English', () => {
  test.each([
    [259_966, 'zh', '26.0万'],
    [3_614_866, 'zh', '361.5万'],
    [557_000, 'zh', '55.7万'],
    [12_345, 'zh', '1.2万'],
    [9_876, 'zh', '9880'],
    [1_411_778_724, 'zh', '14.12亿'],
    [259_966, 'en', '260,000'],
    [3_614_866, 'en', '3.61 million'],
    [557_000, 'en', '557,000'],
    [12_345, 'en', '12,300'],
    [9_876, 'en', '9,880'],
    [1_411_778_724, 'en', '1.41 billion'],
  ] as const)('%d in %s reads %s', (value, lang, expected) => {
    expect(formatPopulation(value, lang)).toBe(expected);
  });
});

const intlDate = (lang: 'zh' | 'en') => new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

describe('formatDate', () => {
  test('writes a date as Intl.DateTimeFormat does for zh-CN and en-GB, any day from 1900 to 2100', () => {
    for (let time = Date.UTC(1900, 0, 1); time < Date.UTC(2100, 0, 1); time += 86_400_000 * 17) {
      const iso = new Date(time).toISOString().slice(0, 10);
      for (const lang of ['zh', 'en'] as const) expect(formatDate(iso, lang), iso).toBe(intlDate(lang).format(new Date(iso)));
    }
    expect(formatDate('2023-04-29', 'zh')).toBe('2023年4月29日');
    expect(formatDate('2023-04-29', 'en')).toBe('29 April 2023');
  });

  test('a date it cannot read is shown as written', () => {
    expect(formatDate('2023年春', 'zh')).toBe('2023年春');
  });
});
