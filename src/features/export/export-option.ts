// Pure: a card's chart option plus its ExportMeta -> a stand-alone option (title, notes, footer) and its size.
import type { ChartOption } from '@/components/echart';
import type { ExportMeta } from '@/features/export/export-meta';

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

/**
 * CJK fonts first so that Chinese renders in the PNG and in the SVG wherever it is opened. Single quotes:
 * the SVG renderer writes this into a double-quoted style attribute without escaping it.
 */
export const EXPORT_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";

const TEXT = {
  title: { size: 20, line: 28, weight: 'bold', colour: '#111827' },
  subtitle: { size: 13, line: 20, weight: 'normal', colour: '#4b5563' },
  note: { size: 13, line: 20, weight: 'normal', colour: '#8a5a00' },
  footer: { size: 12, line: 18, weight: 'normal', colour: '#4b5563' },
} as const;

/** Estimated width of text: CJK and full-width characters take a full em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char) ? fontSize : fontSize * 0.6;
  return width;
}

/** Greedy line breaking: Latin words stay whole where they fit, CJK breaks between any two characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,;:!?'’()%+≈≥\-/]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth(line + token.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

interface Block {
  lines: string[];
  style: (typeof TEXT)[keyof typeof TEXT];
}

function textElement(block: Block, top: number): Record<string, unknown> {
  return {
    type: 'text',
    left: PAD,
    top,
    silent: true,
    style: {
      text: block.lines.join('\n'),
      fontSize: block.style.size,
      fontWeight: block.style.weight,
      fontFamily: EXPORT_FONT_FAMILY,
      lineHeight: block.style.line,
      fill: block.style.colour,
    },
  };
}

function blockHeight(block: Block): number {
  return block.lines.length * block.style.line;
}

export interface ExportLayout {
  option: ChartOption;
  width: number;
  height: number;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** Lays the chart out between a header (title, unit, notes) and a footer (sources, caveat, build date). */
export function exportOption(option: ChartOption, meta: ExportMeta, chartHeight: number, width = EXPORT_WIDTH): ExportLayout {
  const textWidthMax = width - 2 * PAD;
  const header: Block[] = [
    { lines: wrapText(meta.title, textWidthMax, TEXT.title.size), style: TEXT.title },
    { lines: wrapText(meta.subtitle, textWidthMax, TEXT.subtitle.size), style: TEXT.subtitle },
    ...meta.notes.map((note) => ({ lines: wrapText(`• ${note}`, textWidthMax, TEXT.note.size), style: TEXT.note })),
  ];
  const footer: Block = { lines: meta.footer.flatMap((line) => wrapText(line, textWidthMax, TEXT.footer.size)), style: TEXT.footer };

  const elements: Record<string, unknown>[] = [];
  let y = PAD;
  header.forEach((block, index) => {
    elements.push(textElement(block, y));
    y += blockHeight(block) + (index === 0 ? 4 : 2);
  });
  const headerHeight = y + 8;
  const footerHeight = blockHeight(footer) + 16 + PAD;
  const height = Math.ceil(headerHeight + chartHeight + footerHeight);
  const ruleY = height - footerHeight + 4;
  elements.push({ type: 'line', silent: true, shape: { x1: PAD, y1: ruleY, x2: width - PAD, y2: ruleY }, style: { stroke: '#d1d5db', lineWidth: 1 } });
  elements.push(textElement(footer, ruleY + 10));

  const grid = (typeof option.grid === 'object' && option.grid !== null && !Array.isArray(option.grid) ? option.grid : {}) as Record<string, unknown>;
  // No tooltip and no scrolling slider: the image shows every row at once.
  const { tooltip: _tooltip, dataZoom: _dataZoom, ...rest } = option;
  return {
    width,
    height,
    option: {
      ...rest,
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: EXPORT_FONT_FAMILY },
      grid: {
        ...grid,
        left: numberOr(grid.left, 8) + PAD,
        right: numberOr(grid.right, 24) + PAD,
        top: headerHeight + numberOr(grid.top, 24),
        bottom: footerHeight + numberOr(grid.bottom, 8),
      },
      graphic: { elements },
    },
  };
}
