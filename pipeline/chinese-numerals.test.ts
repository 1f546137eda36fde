import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from './chinese-numerals.ts';

describe('parseChineseNumeral', () => {
  test.each([
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两', 2],
    ['两千', 2000],
    ['百', 100],
    ['千', 1000],
    ['一百零五', 105],
    ['两千五百', 2500],
    ['三万零五十', 30050],
    ['十万', 100000],
    ['一亿二千万', 120000000],
    ['零', 0],
  ])('reads %s as %d', (run, value) => {
    expect(parseChineseNumeral(run)).toBe(value);
  });

  test.each(['一五', '十百', '一零', '万万', ''])('refuses %j, which is not a well-formed number', (run) => {
    expect(parseChineseNumeral(run)).toBeNull();
  });
});

describe('toChineseNumeral', () => {
  test.each([
    [12, '十二'],
    [105, '一百零五'],
    [110, '一百一十'],
    [10050, '一万零五十'],
    [100000000, '一亿'],
  ])('writes %d as %s', (value, text) => {
    expect(toChineseNumeral(value)).toBe(text);
  });

  test('formatting any integer in Chinese numerals and parsing it back returns the integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => parseChineseNumeral(toChineseNumeral(n)) === n),
      { numRuns: 2000, seed: 20261121 },
    );
  });
});
