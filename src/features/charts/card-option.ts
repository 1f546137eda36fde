// Pure: a card model -> one ECharts option with a grid per comparable group (no React, unit-tested). The screen
// card and the exported PNG/SVG both draw with it; the export only places it under a header.
import type { Observation, Source } from '@/schema/dataset';
import type { ChartFrame, ChartOption, DrawnChart } from '@/components/echart';
import { CHART_FONT_FAMILY } from '@/components/chart-font';
import type { CardBar, CardFigure, CardModel } from '@/domain/card-model';
import { markText } from '@/domain/card-messages';
import { periodText } from '@/domain/periods';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { formatNumber } from '@/lib/format';
import { escapeHtml, quoteWithMark } from '@/lib/html';
import { t, type Lang } from '@/lib/i18n';
import { textWidth, wrapText } from '@/lib/text-wrap';

/** A row: the label line above its bar, the bar, and air; each more label line adds LINE_HEIGHT. */
export const ROW_HEIGHT = 44;
export const BAR_WIDTH = 12;
const LINE_HEIGHT = 16;
/** Past this many bars a panel scrolls (slider) on screen instead of growing without end. */
export const VISIBLE_ROWS = 30;
const AXIS_HEIGHT = 26;
const CAPTION_HEIGHT = 22;
const CAPTION_LINE_HEIGHT = 17;
const PANEL_GAP = 18;

/** Where "show in source" in a tooltip leads; given by the app (a URL of the reader at the figure). */
export type SourceHref = (observation: Observation) => string;

export interface CardChartFrame extends ChartFrame {
  sourceHref?: SourceHref;
}

/** A plan (a target, not a result) is drawn faded with a dashed outline, and its label says "plan". */
export function planItemStyle(colour: string): Record<string, unknown> {
  return { opacity: 0.45, borderColor: colour, borderWidth: 1.5, borderType: 'dashed' };
}

function sourceLine(source: Source | undefined, observation: Observation): string {
  if (!source) return escapeHtml(observation.sourceId);
  return `${escapeHtml(source.title)}${source.publisher ? ` · ${escapeHtml(source.publisher)}` : ''}${source.publishedOn ? ` · ${source.publishedOn}` : ''}`;
}

/** The tooltip of a bar: name and distinction, value as written, period, kind, the quote and its source. */
export function tooltipHtml(figure: CardFigure, lookup: DatasetLookup, lang: Lang, sourceHref?: SourceHref): string {
  const { observation } = figure;
  const kind = t(lang, observation.kind === 'plan' ? 'plan' : 'result');
  return [
    `<strong>${escapeHtml(figure.label)}</strong>`,
    `<span class="tt-value">${escapeHtml(figure.valueLabel)}</span> <span class="tt-muted">(${escapeHtml(t(lang, 'originalText'))}: ${escapeHtml(observation.originalText)})</span>`,
    `${escapeHtml(t(lang, 'period'))}: ${escapeHtml(periodText(observation.period, lang))} · ${escapeHtml(t(lang, 'kind'))}: ${escapeHtml(kind)}`,
    `<span class="tt-quote" lang="zh-CN">“${quoteWithMark(observation.quote, observation.figureStart - observation.quoteStart, observation.figureEnd - observation.quoteStart)}”</span>`,
    `<span class="tt-muted">${escapeHtml(t(lang, 'source'))}: ${sourceLine(lookup.sourcesById.get(observation.sourceId), observation)}</span>`,
    ...(sourceHref ? [`<a class="tt-link" data-app-link href="${escapeHtml(sourceHref(observation))}">${escapeHtml(t(lang, 'showInSource'))} →</a>`] : []),
  ].join('<br/>');
}

/** ECharts rich text treats {…} as markup: braces in data become brackets. */
const plainText = (text: string) => text.replaceAll('{', '(').replaceAll('}', ')');

/** A label's width: its text is 12px. */
export const labelWidth = (text: string) => textWidth(text, 12);

/** A panel's caption: 13px bold. */
const CAPTION_FONT_SIZE = 13;

/** One style's text on a label line: ECharts rich text, `{style|text}`. */
interface Segment {
  style: 'name' | 'value' | 'part' | 'mark';
  text: string;
  /** Kept on the line of the segment before it (the caveat marks). */
  glued?: boolean;
}

/**
 * Segments laid into lines no wider than `room`: they share a line where they fit, joined by `separator`; a line
 * breaks between segments, and inside one only where it alone is wider than the room (wrapText: Chinese rules, no
 * word or number broken). A glued segment (the caveat marks) stays on the line of the one before it.
 */
function fitLines(segments: readonly Segment[], separator: string, room: number, fontSize = 12): Segment[][] {
  const measure = (text: string) => textWidth(text, fontSize);
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  const width = (segs: readonly Segment[]) => measure(segs.map((seg) => seg.text).join(separator));
  const end = () => {
    if (line.length > 0) lines.push(line);
    line = [];
  };
  segments.forEach((segment, index) => {
    if (segment.glued) return; // placed with the segment before it
    const glued: Segment[] = [];
    for (let next = index + 1; segments[next]?.glued; next += 1) glued.push(segments[next]!);
    const whole = [segment, ...glued];
    if (line.length > 0 && width([...line, ...whole]) > room) end();
    if (line.length === 0 && width(whole) > room) {
      // Alone too wide: broken inside (leaving room for what is glued to it), its last line open for what follows.
      const fits = room - (glued.length > 0 ? measure(separator + glued.map((next) => next.text).join(separator)) : 0);
      const broken = wrapText(segment.text, fits, fontSize);
      lines.push(...broken.slice(0, -1).map((text) => [{ style: segment.style, text }]));
      line = [{ style: segment.style, text: broken.at(-1) ?? '' }, ...glued];
      return;
    }
    line.push(...whole);
  });
  end();
  return lines;
}

/**
 * The lines above a bar: who and what, then the value with its parts and caveat marks. They share a line where
 * they fit; otherwise they break between name parts (· ), before a part of the value, and inside a part only where
 * it alone is too wide (never inside a word or a number), so the label may take more lines but is never cut.
 */
export function barLabelLines(bar: CardBar, lang: Lang, room: number): string[] {
  const parts = bar.parts.map((part) => (lang === 'zh' ? `（其中 ${part.label.split(' · ').slice(1).join(' · ') || part.label} ${part.valueLabel}）` : `(of which ${part.valueLabel})`));
  const marks = bar.marks.map(markText).join('');
  const value: Segment[] = [
    { style: 'value', text: bar.valueLabel },
    ...parts.map((text): Segment => ({ style: 'part', text })),
    ...(marks ? [{ style: 'mark' as const, text: marks, glued: true }] : []),
  ];
  const rich = (line: readonly Segment[]) => line.map((segment) => `{${segment.style}|${plainText(segment.text)}}`).join('  ');
  const valueWidth = labelWidth(value.map((segment) => segment.text).join('  '));
  if (labelWidth(bar.label) + 16 + valueWidth <= room) return [`{name|${plainText(bar.label)}}  ${rich(value)}`];
  return [...partLines(bar.label, room, 12).map((text) => `{name|${plainText(text)}}`), ...fitLines(value, '  ', room).map(rich)];
}

/** Text made of parts joined by " · " (a label's who and what, a caption), in lines no wider than `room`. */
function partLines(text: string, room: number, fontSize: number): string[] {
  return fitLines(text.split(' · ').map((part): Segment => ({ style: 'name', text: part })), ' · ', room, fontSize).map((line) => line.map((segment) => segment.text).join(' · '));
}

/** A panel's caption, in lines that fit the chart's width (broken between its parts where it can). */
export function captionLines(caption: string, room: number): string[] {
  return partLines(caption, room, CAPTION_FONT_SIZE);
}

function panelRowHeight(lines: number): number {
  return ROW_HEIGHT + (lines - 1) * LINE_HEIGHT;
}

function panelHeight(bars: number, rowHeight: number, captionHeight: number, still: boolean): number {
  const rows = still ? bars : Math.min(bars, VISIBLE_ROWS);
  return captionHeight + AXIS_HEIGHT + rows * rowHeight;
}

/** The card's chart: one grid per panel, stacked, each with its own value axis from 0. */
export function cardChartOption(model: CardModel, lookup: DatasetLookup, frame: CardChartFrame): DrawnChart {
  const { lang } = model;
  const { width, top = 0, left = 0, right = 0, compact = false, still = false, sourceHref } = frame;
  const grids: Record<string, unknown>[] = [];
  const xAxes: Record<string, unknown>[] = [];
  const yAxes: Record<string, unknown>[] = [];
  const series: Record<string, unknown>[] = [];
  const captions: Record<string, unknown>[] = [];
  const dataZoom: Record<string, unknown>[] = [];
  let y = top;
  model.panels.forEach((panel, index) => {
    const rows = still ? panel.bars.length : Math.min(panel.bars.length, VISIBLE_ROWS);
    const room = Math.max(120, width - left - right - 12);
    const captionText = panel.caption ? captionLines(panel.caption, room) : [];
    const captionHeight = captionText.length > 0 ? CAPTION_HEIGHT + (captionText.length - 1) * CAPTION_LINE_HEIGHT : 0;
    if (captionText.length > 0) {
      captions.push({ type: 'text', left: left + 4, top: y + 2, silent: true, style: { text: captionText.join('\n'), fontFamily: CHART_FONT_FAMILY, fontSize: CAPTION_FONT_SIZE, fontWeight: 'bold', lineHeight: CAPTION_LINE_HEIGHT, fill: '#374151' } });
    }
    const labels = panel.bars.map((bar) => barLabelLines(bar, lang, room));
    const lineCount = Math.max(1, ...labels.map((lines) => lines.length));
    const rowHeight = panelRowHeight(lineCount);
    // The first row's label lines reach above the grid; the value axis is under it.
    const labelRise = 6 + (lineCount - 1) * LINE_HEIGHT;
    const gridTop = y + captionHeight + labelRise;
    // Placed here, where it is drawn: ECharts' outer-bounds pass (a layout estimate of the axes to fit their labels in
    // the chart, about a fifth of a chart's drawing) has nothing to do, as the end labels are aligned inside the axis.
    grids.push({ left: left + 4, right: right + (compact ? 12 : 24), top: gridTop, height: rows * rowHeight, outerBoundsMode: 'none' });
    const integers = panel.bars.every((bar) => Number.isInteger(bar.value));
    xAxes.push({
      type: 'value',
      gridIndex: index,
      position: 'bottom',
      min: 0,
      splitNumber: compact ? 3 : 4,
      ...(integers ? { minInterval: 1 } : {}),
      // The first label starts at the axis and the last ends at it: neither reaches out of the chart.
      axisLabel: { formatter: (value: number) => formatNumber(value, lang), hideOverlap: false, color: '#4b5563', alignMinLabel: 'left', alignMaxLabel: 'right' },
      splitLine: { lineStyle: { color: '#e6e8eb' } },
    });
    yAxes.push({
      type: 'category',
      gridIndex: index,
      inverse: true,
      data: panel.bars.map((bar) => bar.observation.id),
      axisLabel: { show: false },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#9ca3af' } },
    });
    // The bars and the parts overlaid on them share the panel's axes and rows.
    const panelBars = { type: 'bar', xAxisIndex: index, yAxisIndex: index, barWidth: BAR_WIDTH, barGap: '-100%' };
    series.push({
      ...panelBars,
      // Bar positions never move with the data, so labels above them stay put.
      data: panel.bars.map((bar, barIndex) => {
        const colour = lookup.colours.get(bar.locality.id) ?? '#4D4D4D';
        const lines = labels[barIndex]!;
        return {
          value: bar.value,
          tooltip: still ? undefined : tooltipHtml(bar, lookup, lang, sourceHref),
          itemStyle: { color: colour, decal: lookup.decals.get(bar.locality.id), ...(bar.plan ? planItemStyle(colour) : {}) },
          label: {
            show: true,
            // Above the bar, from the axis: the whole width is the label's, so nothing is cut.
            position: [0, -17 - (lines.length - 1) * LINE_HEIGHT],
            formatter: lines.join('\n'),
            lineHeight: LINE_HEIGHT,
            rich: {
              name: { color: '#111827', fontSize: 12 },
              value: { color: '#111827', fontSize: 12, fontWeight: 'bold' },
              part: { color: '#4b5563', fontSize: 12 },
              mark: { color: '#8a5a00', fontSize: 12 },
            },
          },
        };
      }),
    });
    // Parts sit inside their whole: a light overlay on the same row, never a bar of their own.
    if (panel.bars.some((bar) => bar.parts.length > 0)) {
      series.push({
        ...panelBars,
        silent: still,
        data: panel.bars.map((bar) => {
          const part = bar.parts[0];
          if (!part) return { value: '-' };
          return {
            value: part.value,
            tooltip: still ? undefined : tooltipHtml(part, lookup, lang, sourceHref),
            itemStyle: { color: 'rgba(255,255,255,0.6)', borderColor: '#111827', borderType: 'dashed', borderWidth: 1 },
          };
        }),
      });
    }
    if (!still && panel.bars.length > VISIBLE_ROWS) {
      dataZoom.push(
        { type: 'slider', yAxisIndex: index, right: right + 2, width: 14, top: gridTop, height: rows * rowHeight, startValue: 0, endValue: VISIBLE_ROWS - 1, zoomLock: true, showDetail: false, brushSelect: false },
        { type: 'inside', yAxisIndex: index, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
      );
    }
    y += panelHeight(panel.bars.length, rowHeight, captionHeight, still) + labelRise + PANEL_GAP;
  });
  const option: ChartOption = {
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: model.textAlternative } },
    animation: false,
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series,
    ...(captions.length > 0 ? { graphic: { elements: captions } } : {}),
    ...(dataZoom.length > 0 ? { dataZoom } : {}),
    ...(still
      ? {}
      : {
          tooltip: {
            trigger: 'item',
            confine: true,
            // Enterable so that the "show in source" link in it can be reached and clicked.
            enterable: true,
            formatter: (params: { data?: { tooltip?: string } }) => params.data?.tooltip ?? '',
            extraCssText: 'max-width:340px;white-space:normal;line-height:1.5;',
          },
        }),
  };
  return { option, height: Math.max(80, y - top - PANEL_GAP + 8) };
}
