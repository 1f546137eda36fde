import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { forEachMatch, globalCopy } from './regex-matches.ts';

const matches = (pattern: RegExp, text: string) => {
  const out: Array<[number, number]> = [];
  forEachMatch(pattern, text, (index, length) => out.push([index, length]));
  return out;
};
const reference = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, 'g'))].map((m): [number, number] => [m.index, m[0].length]);

describe('forEachMatch', () => {
  test.each([/省级|市级/, /a*/, /(?=b)/, /级?/, /“[^”]{9,}”/, /x/i])('finds what matchAll with a new global pattern finds: %s', (pattern) => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'x', 'X', '省', '市', '级', '“', '”', '𠀀') }), (text) => {
        expect(matches(pattern, text)).toEqual(reference(pattern, text));
      }),
      { seed: 7 },
    );
  });

  test('keeps no state between calls, and drops the flags as new RegExp(source, "g") does', () => {
    const pattern = /ab/i;
    expect(matches(pattern, 'ab ab')).toEqual([[0, 2], [3, 2]]);
    expect(matches(pattern, 'ab')).toEqual([[0, 2]]);
    expect(matches(pattern, 'AB')).toEqual([]);
    expect(globalCopy(pattern)).toBe(globalCopy(pattern));
  });
});
