import { describe, expect, test } from 'vitest';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureObservations, observation } from '@/testing/fixture-dataset';
import { buildTableRows, cellCsvText, cellSortValue, cellText, filterRows, orderLocalities, tableLines } from './table-data';

const lookup = buildLookup(fixtureIndex);
const [alpha, beta, gamma] = fixtureIndex.localities;
const rows = buildTableRows(lookup, fixtureIndex.localities, fixtureObservations, null);
const zh = { lookup, lang: 'zh' as const, perCapita: false };

describe('table data', () => {
  test('rows are the metrics any selected locality reports, by area order; unclassified figures are not rows', () => {
    expect(rows.map((row) => row.metric.id)).toEqual(['new_unions', 'coverage_rate', 'relief_money']);
    expect(buildTableRows(lookup, [beta!], fixtureObservations, ['welfare'])).toEqual([]);
  });

  test('a cell lists several figures without adding them, and a missing one reads "—"', () => {
    const relief = rows.find((row) => row.metric.id === 'relief_money')!;
    expect(cellText(relief, gamma!, zh)).toBe('8万元；3万元（新就业形态）');
    expect(cellText(relief, beta!, zh)).toBe('—');
    expect(cellSortValue(relief, beta!, false)).toBeUndefined();
  });

  test('in the CSV a cell not reported is empty, not "—"', () => {
    const relief = rows.find((row) => row.metric.id === 'relief_money')!;
    expect(cellCsvText(relief, beta!, zh)).toBe('');
    expect(cellCsvText(relief, gamma!, zh)).toBe(cellText(relief, gamma!, zh));
  });

  test('search matches metric names in both languages and the quoted sentences', () => {
    expect(filterRows(rows, 'relief', fixtureIndex.localities, zh).map((r) => r.metric.id)).toEqual(['relief_money']);
    expect(filterRows(rows, '大病', fixtureIndex.localities, zh).map((r) => r.metric.id)).toEqual(['relief_money']);
    expect(filterRows(rows, '  ', fixtureIndex.localities, zh)).toHaveLength(3);
  });

  test('per capita sort values divide counts by population', () => {
    const unions = rows.find((row) => row.metric.id === 'new_unions')!;
    expect(cellSortValue(unions, alpha!, true)).toBeCloseTo(110);
  });

  test('columns are ordered by one metric’s values within its main comparable group; rows never sort across units', () => {
    const unions = rows.find((row) => row.metric.id === 'new_unions')!;
    expect(orderLocalities(unions, fixtureIndex.localities, false, true).map((l) => l.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(orderLocalities(unions, fixtureIndex.localities, false, false).map((l) => l.id)).toEqual(['beta', 'alpha', 'gamma']);
  });

  test('a figure of another group does not take part in the order', () => {
    const figures = new Map([
      ['alpha', [observation({ id: 'x1', localityId: 'alpha', value: 5, originalText: '5个' })]],
      ['beta', [observation({ id: 'x2', localityId: 'beta', value: 3, originalText: '3个' })]],
      ['gamma', [observation({ id: 'x3', localityId: 'gamma', value: 900, originalText: '900个', level: 'province' })]],
    ]);
    const [row] = buildTableRows(lookup, fixtureIndex.localities, figures, null);
    expect(orderLocalities(row!, fixtureIndex.localities, false, true).map((l) => l.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(cellSortValue(row!, gamma!, false)).toBeUndefined();
  });

  test('body lines: an area header before each run of its rows when grouped, none when the rows are sorted', () => {
    const grouped = tableLines(rows, (row) => row, true);
    const areaOf = (id: string) => rows.find((row) => row.metric.id === id)!.area.id;
    const expected = rows.flatMap((row, i) => (i === 0 || areaOf(rows[i - 1]!.metric.id) !== row.area.id ? [`area:${row.area.id}`, row.metric.id] : [row.metric.id]));
    expect(grouped.map((line) => line.key)).toEqual(expected);
    expect(new Set(rows.map((row) => row.area.id)).size).toBeGreaterThan(1);
    expect(grouped.filter((line) => line.kind === 'area')).toHaveLength(new Set(rows.map((row) => row.area.id)).size);
    // Sorted rows may leave and re-enter an area: no headers then, just the rows in their order.
    const sorted = rows.toReversed();
    expect(tableLines(sorted, (row) => row, false).map((line) => line.key)).toEqual(sorted.map((row) => row.metric.id));
    expect(tableLines([], (row: (typeof rows)[number]) => row, true)).toEqual([]);
  });
});
