import { describe, expect, test } from 'vitest';
import { HEATMAP_VISIBLE_ROWS, heatmapCells, heatmapOption } from './heatmap-option';

const columns = [
  { id: 'a', label: 'Area A' },
  { id: 'b', label: 'Area B' },
];

describe('heat map option', () => {
  test('cells count figures per area and locality; an area with none is a true zero count', () => {
    const rows = [{ id: 'x', label: 'X', counts: { a: 3 } }];
    expect(heatmapCells(columns, rows)).toEqual([
      [0, 0, 3],
      [1, 0, 0],
    ]);
  });

  test('a short list shows every row; a long one scrolls with a slider instead of growing', () => {
    const few = heatmapOption(columns, [{ id: 'x', label: 'X', counts: {} }], 'en') as { dataZoom?: unknown };
    expect(few.dataZoom).toBeUndefined();
    const many = Array.from({ length: 2850 }, (_, i) => ({ id: `l${i}`, label: `L${i}`, counts: { a: i % 7 } }));
    const option = heatmapOption(columns, many, 'en') as { dataZoom: { endValue?: number }[] };
    expect(option.dataZoom[0]?.endValue).toBe(HEATMAP_VISIBLE_ROWS - 1);
  });

  test('areas outside the filter are dimmed, not removed', () => {
    const option = heatmapOption(columns, [{ id: 'x', label: 'X', counts: { a: 1, b: 2 } }], 'zh', ['b']) as {
      series: { data: { itemStyle?: { opacity: number } }[] }[];
    };
    expect(option.series[0]!.data.map((cell) => cell.itemStyle?.opacity ?? 1)).toEqual([0.3, 1]);
  });
});
