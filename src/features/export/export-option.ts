// Pure: the card's chart between a header (title, subtitle, verdict, caveats) and what goes under it (figures
// set apart, footnotes, sources), as one stand-alone option and its size.
import type { ChartFrame, ChartOption, DrawnChart } from '@/components/echart';
import type { ExportMeta } from './export-meta';
import { CHART_FONT_FAMILY } from '@/components/chart-font';

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

/** Estimated width of text: CJK and full-width characters take a full em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u2460-\u24FF\u201C\u201D]/.test(char) ? fontSize : fontSize * 0.6;
  return width;
}

/** Marks that never begin a line (they hang at the end of the previous one) and that never end one. */
const NO_LINE_START = /^[，。、；：？！”’》）」』】〕,.;:?!)\]]/;
const NO_LINE_END = /[“‘《（「『【〔(]$/;

/**
 * Greedy line breaking: Latin words and numbers stay whole where they fit, CJK breaks between characters,
 * closing punctuation never starts a line and an opening mark never ends one (Chinese line-breaking rules).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,;:!?'’()%+≈≥\-/]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (!line || textWidth(line + token.trimEnd(), fontSize) <= maxWidth) {
      line += token;
      continue;
    }
    // Closing punctuation takes the character before it down to the new line; an opening mark moves down
    // with the word it opens.
    const kept = [...line.trimEnd()];
    const carry: string[] = [];
    if (NO_LINE_START.test(token)) {
      // Take characters down until the new line starts with one that may start a line (》， takes 当 too).
      do carry.unshift(kept.pop()!);
      while (kept.length > 1 && NO_LINE_START.test(carry[0]!));
    }
    while (kept.length > 1 && NO_LINE_END.test(kept.at(-1)!)) carry.unshift(kept.pop()!);
    lines.push(kept.join(''));
    line = carry.join('') + token.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.filter((l) => l.length > 0);
}

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
