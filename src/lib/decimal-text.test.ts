// formatDecimal writes what Intl.NumberFormat writes for zh-CN and en-US, for every option the app uses.
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDecimal, type DecimalOptions } from './decimal-text';

/** Every option set src/lib/format.ts asks for, with and without grouping. */
const OPTION_SETS: DecimalOptions[] = [
  {},
  { maximumFractionDigits: 2, useGrouping: false },
  { maximumFractionDigits: 2, useGrouping: true },
  { maximumFractionDigits: 4, useGrouping: false },
  { maximumFractionDigits: 4, useGrouping: true },
  { maximumSignificantDigits: 3, useGrouping: false },
  { maximumSignificantDigits: 3, useGrouping: true },
  { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false },
  { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false },
  { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true },
];
const LOCALES = ['zh-CN', 'en-US'];

function expectLikeIntl(value: number, options: DecimalOptions) {
  for (const locale of LOCALES) {
    expect(formatDecimal(value, options), `${value} ${locale} ${JSON.stringify(options)}`).toBe(new Intl.NumberFormat(locale, options).format(value));
  }
}

describe('formatDecimal', () => {
  test.each([
    [1.005, { maximumFractionDigits: 2 }, '1.01'], // stored as 1.00499…; rounded as written, like ICU (toFixed says 1.00)
    [2.675, { maximumFractionDigits: 2 }, '2.68'],
    [0.125, { maximumFractionDigits: 2 }, '0.13'],
    [999.995, { maximumFractionDigits: 2 }, '1,000'],
    [9.995, { maximumSignificantDigits: 3 }, '10'],
    [0.000123456, { maximumSignificantDigits: 3 }, '0.000123'],
    [1.23e-7, { maximumSignificantDigits: 3 }, '0.000000123'],
    [123_456_789, { maximumSignificantDigits: 3 }, '123,000,000'],
    [1_234_567.891, {}, '1,234,567.891'],
    [1_234_567, { useGrouping: false }, '1234567'],
    [26, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, '26.0'],
    [-1234.5, { maximumFractionDigits: 0 }, '-1,235'],
    [0.004, { maximumFractionDigits: 2 }, '0'],
    [0.005, { maximumFractionDigits: 2 }, '0.01'],
    [0, {}, '0'],
  ] as Array<[number, DecimalOptions, string]>)('%d with %j reads %s, as Intl writes it', (value, options, expected) => {
    expect(formatDecimal(value, options)).toBe(expected);
    expectLikeIntl(value, options);
  });

  test('negative zero and values rounded to zero keep their sign, as Intl does', () => {
    expectLikeIntl(-0, {});
    expectLikeIntl(-0.001, { maximumFractionDigits: 2 });
  });

  test('values String() writes otherwise (1e21 and up, infinities, NaN) are left to Intl', () => {
    for (const value of [1e21, 1.5e300, Infinity, -Infinity, Number.NaN]) expectLikeIntl(value, { maximumFractionDigits: 2 });
  });

  test('any double, any option set the app uses: the same text as Intl.NumberFormat (zh-CN and en-US)', () => {
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1, max: 1 }),
      // Ties and near-ties at two and four places: n + k/1000 and k/100000 with a 5 at the end.
      fc.tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 999 })).map(([n, k]) => n + (k * 10 + 5) / 10_000),
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(...OPTION_SETS), (value, options) => {
        expectLikeIntl(value, options);
      }),
      { numRuns: 3000 },
    );
  });
});
