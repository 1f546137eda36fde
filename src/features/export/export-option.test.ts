import { describe, expect, test } from 'vitest';
import type { ChartOption } from '@/components/echart';
import { EXPORT_FONT_FAMILY, exportOption, pngPixelRatio, textWidth, wrapText } from '@/features/export/export-option';

const meta = {
  title: '新建工会',
  subtitle: '单位：个 · 组织建设与建会入会',
  notes: ['时期不同：常山 2022年；抚州 近年来(多年累计)。', '未报告：秀洲。'],
  footer: ['来源：常山：某报，2023-04-29', '数据摘自新闻报道，并非官方统计。', '数据构建时间：2026-11-21 · 工会工作对比看板'],
};
const chart: ChartOption = {
  grid: { left: 172, right: 60, top: 24, bottom: 8 },
  tooltip: { trigger: 'item' },
  dataZoom: [{ type: 'slider' }],
  series: [{ type: 'bar', data: [1, 2] }],
};

function texts(option: ChartOption): string[] {
  const graphic = option.graphic as { elements: { type: string; style: { text?: string } }[] };
  return graphic.elements.filter((e) => e.type === 'text').map((e) => e.style.text ?? '');
}

describe('exportOption', () => {
  test('carries the title, unit, every note and every footer line as text', () => {
    const all = texts(exportOption(chart, meta, 200).option).join('\n');
    for (const line of [meta.title, meta.subtitle, ...meta.notes, ...meta.footer]) expect(all).toContain(line);
  });

  test('keeps the chart as tall as on screen and adds room above and below it', () => {
    const layout = exportOption(chart, meta, 200);
    const grid = layout.option.grid as { top: number; bottom: number; right: number; left: number };
    expect(layout.height - grid.top - grid.bottom).toBe(200 - 24 - 8);
    expect(grid.top).toBeGreaterThan(24 + 28 + 20);
    expect(grid.bottom).toBeGreaterThan(3 * 18);
    expect(grid.right).toBeGreaterThan(60);
    expect(grid.left).toBeGreaterThan(172); // the hand-placed axis labels keep their room, plus a margin
  });

  test('more notes make a taller image, never an overlapping one', () => {
    const short = exportOption(chart, { ...meta, notes: [] }, 200);
    const long = exportOption(chart, { ...meta, notes: [...meta.notes, '很长的说明'.repeat(60)] }, 200);
    expect(long.height).toBeGreaterThan(short.height + 3 * 20);
  });

  test('drops the tooltip and the scrolling slider, and sets a white background and a CJK font list', () => {
    const { option } = exportOption(chart, meta, 200);
    expect(option.tooltip).toBeUndefined();
    expect(option.dataZoom).toBeUndefined();
    expect(option.backgroundColor).toBe('#ffffff');
    expect((option.textStyle as { fontFamily: string }).fontFamily).toMatch(/^'Noto Sans CJK SC'/);
    expect(EXPORT_FONT_FAMILY).not.toContain('"'); // it ends up inside a double-quoted SVG attribute
    expect(option.series).toBe(chart.series);
  });
});

test('the PNG is 2x unless that would exceed what a canvas may hold', () => {
  expect(pngPixelRatio({ width: 960, height: 800 })).toBe(2);
  expect(pngPixelRatio({ width: 960, height: 64_000 }) * 64_000).toBeLessThanOrEqual(32_000);
});

describe('wrapText', () => {
  test('no line is wider than allowed and nothing is lost', () => {
    const text = '时期不同：常山 2022年；抚州 近年来(多年累计)；Periods differ between Changshan and Fuzhou (cumulative).';
    const lines = wrapText(text, 200, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
    expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
  });

  test('English words are not broken in the middle', () => {
    expect(wrapText('extracted from news reports', 90, 10)).toEqual(['extracted from', 'news reports']);
  });
});
