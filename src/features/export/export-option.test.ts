import { describe, expect, test } from 'vitest';
import type { ChartFrame, ChartOption } from '@/components/echart';

import { EXPORT_WIDTH, exportLayout, pngPixelRatio } from './export-option';
import { CHART_FONT_FAMILY } from '@/components/chart-font';

const meta = {
  title: '新建工会（2022年）',
  subtitle: '组织建设与建会入会 · 单位：个',
  notes: ['部分可比：时期不同①', '① 时期不同：2022年：常山；近年来(多年累计)：抚州'],
  after: ['未报告：秀洲'],
  footer: ['来源：常山《某报道》，某报，2023-04-29', '数据摘自新闻报道，并非官方统计。', '数据构建时间：2026-11-21 · 工会工作对比看板'],
};
const chartOption: ChartOption = { grid: [{ top: 100, height: 44 }], series: [{ type: 'bar', data: [1] }], graphic: { elements: [{ type: 'text', style: { text: '当期' } }] } };
const draws: ChartFrame[] = [];
const draw = (frame: ChartFrame) => {
  draws.push(frame);
  return { option: chartOption, height: 200 };
};

function texts(option: ChartOption): string[] {
  const graphic = option.graphic as { elements: { type: string; style: { text?: string } }[] };
  return graphic.elements.filter((e) => e.type === 'text').map((e) => e.style.text ?? '');
}

describe('exportLayout', () => {
  test('carries the title, subtitle, notes, the lines under the chart and the footer, and keeps the chart’s own captions', () => {
    const all = texts(exportLayout(meta, draw).option).join('\n');
    for (const line of [meta.title, meta.subtitle, ...meta.notes, ...meta.after, ...meta.footer, '当期']) expect(all).toContain(line);
  });

  test('draws the chart still, inside the margins, below the header; the image grows with it', () => {
    draws.length = 0;
    const layout = exportLayout(meta, draw);
    expect(draws).toHaveLength(1);
    expect(draws[0]).toMatchObject({ width: EXPORT_WIDTH, still: true, left: 28, right: 28 });
    expect(draws[0]!.top).toBeGreaterThan(28 + 28 + 20);
    expect(layout.height).toBeGreaterThan(draws[0]!.top! + 200 + 3 * 18);
  });

  test('more notes make a taller image, never an overlapping one', () => {
    const short = exportLayout({ ...meta, notes: [] }, draw);
    const long = exportLayout({ ...meta, notes: [...meta.notes, '很长的说明'.repeat(60)] }, draw);
    expect(long.height).toBeGreaterThan(short.height + 3 * 20);
  });

  test('sets a white background and a CJK font list', () => {
    const { option } = exportLayout(meta, draw);
    expect(option.backgroundColor).toBe('#ffffff');
    expect((option.textStyle as { fontFamily: string }).fontFamily).toMatch(/^'Noto Sans CJK SC'/);
    expect(CHART_FONT_FAMILY).not.toContain('"'); // it ends up inside a double-quoted SVG attribute
    expect(option.series).toBe(chartOption.series);
  });
});

test('the PNG is 2x unless that would exceed what a canvas may hold', () => {
  expect(pngPixelRatio({ width: 960, height: 800 })).toBe(2);
  expect(pngPixelRatio({ width: 960, height: 64_000 }) * 64_000).toBeLessThanOrEqual(32_000);
});
