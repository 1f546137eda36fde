// Pure: the card's chart between a header (title, subtitle, verdict, caveats) and what goes under it (figures
// set apart, footnotes, sources), as one stand-alone option and its size.
import type { ChartFrame, ChartOption, DrawnChart } from '@/components/echart';
import type { ExportMeta } from './export-meta';
import { CHART_FONT_FAMILY } from '@/components/chart-font';
import { wrapText } from '@/lib/text-wrap';

export const EXPORT_WIDTH = 960;
export const EXPORT_PIXEL_RATIO = 2;
/** Browsers refuse canvases much taller than this; very long charts get a lower pixel ratio. */
const MAX_CANVAS_SIDE = 32_000;

/** 2x, unless the image would be taller than a canvas may be. */
export function pngPixelRatio(layout: { width: number; height: number }): number {
  const side = Math.max(layout.width, layout.height);
  return side * EXPORT_PIXEL_RATIO <= MAX_CANVAS_SIDE ? EXPORT_PIXEL_RATIO : Math.max(0.5, MAX_CANVAS_SIDE / side);
}
const PAD = 28;


const TEXT = {
  title: { size: 20, line: 28, weight: 'bold', colour: '#111827' },
  subtitle: { size: 13, line: 20, weight: 'normal', colour: '#4b5563' },
  note: { size: 13, line: 20, weight: 'normal', colour: '#8a5a00' },
  after: { size: 12, line: 18, weight: 'normal', colour: '#374151' },
  footer: { size: 12, line: 18, weight: 'normal', colour: '#4b5563' },
} as const;

type Style = (typeof TEXT)[keyof typeof TEXT];

function textElement(lines: readonly string[], style: Style, top: number): Record<string, unknown> {
  return {
    type: 'text',
    left: PAD,
    top,
    silent: true,
    style: { text: lines.join('\n'), fontSize: style.size, fontWeight: style.weight, fontFamily: CHART_FONT_FAMILY, lineHeight: style.line, fill: style.colour },
  };
}

export interface ExportLayout {
  option: ChartOption;
  width: number;
  height: number;
}

/** Draws the chart below the header: `draw` is the card's own option builder, given the frame to fill. */
export function exportLayout(meta: ExportMeta, draw: (frame: ChartFrame) => DrawnChart, width = EXPORT_WIDTH): ExportLayout {
  const room = width - 2 * PAD;
  const elements: Record<string, unknown>[] = [];
  let y = PAD;
  const block = (text: string, style: Style, gap: number) => {
    const lines = wrapText(text, room, style.size);
    elements.push(textElement(lines, style, y));
    y += lines.length * style.line + gap;
  };
  block(meta.title, TEXT.title, 4);
  block(meta.subtitle, TEXT.subtitle, 6);
  for (const note of meta.notes) block(note, TEXT.note, 4);
  y += 8;
  const chart = draw({ width, top: y, left: PAD, right: PAD, still: true });
  y += chart.height + 8;
  for (const line of meta.after) block(line, TEXT.after, 4);
  y += 8;
  elements.push({ type: 'line', silent: true, shape: { x1: PAD, y1: y, x2: width - PAD, y2: y }, style: { stroke: '#d1d5db', lineWidth: 1 } });
  y += 10;
  const footerLines = meta.footer.flatMap((line) => wrapText(line, room, TEXT.footer.size));
  elements.push(textElement(footerLines, TEXT.footer, y));
  y += footerLines.length * TEXT.footer.line + PAD;

  const chartGraphic = (chart.option.graphic as { elements?: Record<string, unknown>[] } | undefined)?.elements ?? [];
  return {
    width,
    height: Math.ceil(y),
    option: {
      ...chart.option,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      graphic: { elements: [...elements, ...chartGraphic] },
    },
  };
}
