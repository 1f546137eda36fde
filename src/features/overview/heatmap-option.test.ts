import { describe, expect, test } from 'vitest';
import { APART_COLOUR, HEATMAP_VISIBLE_ROWS, heatmapCells, heatmapOption } from './heatmap-option';

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

  test('a column drawn apart keeps its counts but stays out of the colour scale, so it never sets the darkest cell', () => {
    const rows = [
      { id: 'x', label: 'X', counts: { a: 2, b: 40 } },
      { id: 'y', label: 'Y', counts: { a: 5, b: 1 } },
    ];
    const option = heatmapOption(columns, rows, 'zh', null, false, 'b') as {
      visualMap: { max: number; seriesIndex: number };
      series: { data: { value: [number, number, number] }[]; itemStyle: { color?: string } }[];
    };
    expect(option.visualMap.max).toBe(5);
    expect(option.visualMap.seriesIndex).toBe(0);
    expect(option.series[0]!.data.map((cell) => cell.value)).toEqual([
      [0, 0, 2],
      [0, 1, 5],
    ]);
    expect(option.series[1]!.data.map((cell) => cell.value)).toEqual([
      [1, 0, 40],
      [1, 1, 1],
    ]);
    expect(option.series[1]!.itemStyle.color).toBe(APART_COLOUR);
    // Without a column apart, every cell is on the scale.
    expect((heatmapOption(columns, rows, 'zh') as { visualMap: { max: number } }).visualMap.max).toBe(40);
  });

  test('areas outside the filter are dimmed, not removed', () => {
    const option = heatmapOption(columns, [{ id: 'x', label: 'X', counts: { a: 1, b: 2 } }], 'zh', ['b']) as {
      series: { data: { itemStyle?: { opacity: number } }[] }[];
    };
    expect(option.series[0]!.data.map((cell) => cell.itemStyle?.opacity ?? 1)).toEqual([0.3, 1]);
  });

  test('transposed (areas as rows, on a phone): the row apart and the dimmed rows are the areas; tooltips name the full column label', () => {
    const localities = [
      { id: 'p', label: '常山', fullLabel: '常山 · 县' },
      { id: 'q', label: '抚州', fullLabel: '抚州 · 地级市' },
    ];
    const areaRows = [
      { id: 'a', label: 'A', counts: { p: 3, q: 1 } },
      { id: 'b', label: 'B', counts: { p: 50, q: 0 } },
      { id: 'c', label: 'C', counts: { p: 0, q: 2 } },
    ];
    const option = heatmapOption(localities, areaRows, 'zh', ['c'], true, 'b', true) as {
      visualMap: { max: number };
      series: { data: { value: [number, number, number]; itemStyle?: { opacity: number } }[] }[];
      tooltip: { formatter: (params: { value: [number, number, number] }) => string };
      xAxis: { axisLabel: { rotate: number } };
    };
    expect(option.visualMap.max).toBe(3);
    expect(option.series[1]!.data.map((cell) => cell.value)).toEqual([
      [0, 1, 50],
      [1, 1, 0],
    ]);
    // Only row C is in the filter: rows A dimmed, C not.
    expect(option.series[0]!.data.map((cell) => [cell.value[1], cell.itemStyle?.opacity ?? 1])).toEqual([
      [0, 0.3],
      [0, 0.3],
      [2, 1],
      [2, 1],
    ]);
    expect(option.tooltip.formatter({ value: [1, 0, 1] })).toContain('A · 抚州 · 地级市');
    expect(option.xAxis.axisLabel.rotate).toBe(0);
  });
});
