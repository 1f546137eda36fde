import { expect, test } from 'vitest';
import { coverageTotals } from './coverage-table';

const row = (n: number) => ({
  sourceId: `s${n}`, localityId: `l${n}`, found: n, classified: n, unclassified: 1, plans: 0, rejected: 2, rejectedByReason: {},
  repeatsDropped: 0, outsideArticle: 3, unknown: { level: 1, measure: n, years: 0 }, undistinguished: 0, untranslated: 0,
});

test('the total line sums every source, unknowns included', () => {
  const total = coverageTotals(Array.from({ length: 100 }, (_, i) => row(i + 1)));
  expect(total).toMatchObject({ found: 5050, classified: 5050, unclassified: 100, rejected: 200, outsideArticle: 300, unknown: { level: 100, measure: 5050 } });
});
