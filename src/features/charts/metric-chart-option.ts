// Pure builder: one metric's comparison rows -> a horizontal bar chart option (no React, unit-tested).
import type { Metric, Observation, Population, Source } from '@/schema/dataset';
import type { ChartOption } from '@/components/echart';
import type { ComparisonRow } from '@/lib/comparison';
import { figureMarks, figureValueText, unitText } from '@/lib/figure-text';
import { formatNumber, type Lang } from '@/lib/format';
import { escapeHtml, quoteWithMark } from '@/lib/html';
import { pick, t } from '@/lib/i18n';
import { periodText } from '@/lib/comparison-notes';
import type { DatasetLookup } from '@/lib/dataset-lookup';

export const ROW_HEIGHT = 34;
/** Past this many rows a chart scrolls (slider) instead of growing without end. */
export const VISIBLE_ROWS = 30;

/** A plan (a target, not a result) is drawn faded with a dashed outline, and its label says "plan". */
export function planItemStyle(colour: string): Record<string, unknown> {
  return { opacity: 0.45, borderColor: colour, borderWidth: 1.5, borderType: 'dashed' };
}

/** Rough width of a label in pixels at 12px: CJK characters are about twice as wide as Latin ones. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\uFFFF]/.test(char) ? 12 : 7;
  return width;
}

export interface ChartRowView {
  localityId: string;
  /** The figure drawn, or null for a not-reported row. */
  observation: Observation | null;
  /** Axis label: the locality, with what tells several figures apart. */
  category: string;
  /** Value label on the bar (qualifier, unit, plan and population kept), or "not reported". */
  valueLabel: string;
  value: number | null;
  colour: string;
  decal: object | undefined;
  plan: boolean;
  tooltip: string;
}

/** Where "show in source" in a tooltip leads; given by the app (a URL of the reader at the figure). */
export type SourceHref = (observation: Observation) => string;

function tooltipHtml(row: ComparisonRow, lookup: DatasetLookup, valueLabel: string, lang: Lang, sourceHref?: SourceHref): string {
  const observation = row.observation;
  const heading = `<strong>${escapeHtml(pick(row.locality.name, lang))}</strong>${
    row.distinction ? ` · ${escapeHtml(pick(row.distinction, lang))}` : ''
  }`;
  if (!observation) return `${heading}<br/>${escapeHtml(t(lang, 'notReported'))}`;
  const source: Source | undefined = lookup.sourcesById.get(observation.sourceId);
  const sourceLine = source
    ? `${escapeHtml(source.title)}${source.publisher ? ` · ${escapeHtml(source.publisher)}` : ''}${source.publishedOn ? ` · ${source.publishedOn}` : ''}`
    : escapeHtml(observation.sourceId);
  const kind = t(lang, observation.kind === 'plan' ? 'plan' : 'result');
  return [
    heading,
    `<span class="tt-value">${escapeHtml(valueLabel)}</span> <span class="tt-muted">(${escapeHtml(t(lang, 'originalText'))}: ${escapeHtml(observation.originalText)})</span>`,
    `${escapeHtml(t(lang, 'period'))}: ${escapeHtml(periodText(observation.period, lang))} · ${escapeHtml(t(lang, 'kind'))}: ${escapeHtml(kind)}`,
    `<span class="tt-quote" lang="zh-CN">“${quoteWithMark(observation.quote, observation.figureStart - observation.quoteStart, observation.figureEnd - observation.quoteStart)}”</span>`,
    `<span class="tt-muted">${escapeHtml(t(lang, 'source'))}: ${sourceLine}</span>`,
    ...(sourceHref ? [`<a class="tt-link" data-app-link href="${escapeHtml(sourceHref(observation))}">${escapeHtml(t(lang, 'showInSource'))} →</a>`] : []),
  ].join('<br/>');
}

/** The population mark on a bar: the population itself is named in the card's notes, so the label stays short. */
export const POPULATION_MARK = '※';

/** A bar's value label: the figure, "plan" when it is one, and ※ for a narrower population. */
function chartValueLabel(row: ComparisonRow, metric: Metric | undefined, lookup: DatasetLookup, populations: readonly Population[], lang: Lang): string {
  const observation = row.observation!;
  const value = figureValueText(observation, metric, row.locality, lookup.unitLabels, lang, row.perCapita);
  const plan = figureMarks({ ...observation, populationId: null }, populations, lang);
  const planText = plan.length === 0 ? '' : lang === 'zh' ? `（${plan.join('，')}）` : ` (${plan.join(', ')})`;
  return `${value}${planText}${observation.populationId ? ` ${POPULATION_MARK}` : ''}`;
}

/** The axis label: the locality, and what tells its figure apart (省级, 春节慰问 …) in the reader's language. */
function rowCategory(row: ComparisonRow, name: string, lang: Lang): string {
  return row.distinction ? `${name} · ${pick(row.distinction, lang)}` : name;
}

/** What each row shows, computed once so the chart, its figure list and the tests agree. */
export function chartRowViews(
  rows: readonly ComparisonRow[],
  lookup: DatasetLookup,
  populations: readonly Population[],
  lang: Lang,
  sourceHref?: SourceHref,
): ChartRowView[] {
  return rows.map((row) => {
    const name = pick(row.locality.shortName, lang);
    const colour = lookup.colours.get(row.locality.id) ?? '#4D4D4D';
    if (!row.observation) {
      return {
        localityId: row.locality.id,
        observation: null,
        category: `${name} · ${t(lang, 'notReported')}`,
        valueLabel: t(lang, 'notReported'),
        value: null,
        colour,
        decal: undefined,
        plan: false,
        tooltip: tooltipHtml(row, lookup, '', lang),
      };
    }
    const metric = row.observation.metricId ? lookup.metricsById.get(row.observation.metricId) : undefined;
    const valueLabel = chartValueLabel(row, metric, lookup, populations, lang);
    return {
      localityId: row.locality.id,
      observation: row.observation,
      category: rowCategory(row, name, lang),
      valueLabel,
      value: row.value,
      colour,
      decal: lookup.decals.get(row.locality.id),
      plan: row.observation.kind === 'plan',
      tooltip: tooltipHtml(row, lookup, valueLabel, lang, sourceHref),
    };
  });
}

/** Share of the chart's width the axis labels and the value labels may take at most, so bars keep half. */
export const CATEGORY_SHARE = 0.24;
export const VALUE_LABEL_SHARE = 0.2;

/** Left and right margins in px: never more than their share of the width, whatever the labels. */
export function chartMargins(views: readonly ChartRowView[], width: number, compact: boolean): { left: number; right: number } {
  const categoryWidth = Math.min(compact ? 100 : 160, Math.round(width * CATEGORY_SHARE));
  const longestLabel = Math.max(0, ...views.filter((view) => view.value !== null).map((view) => labelWidth(view.valueLabel)));
  const right = Math.min(Math.round(width * VALUE_LABEL_SHARE), Math.max(24, longestLabel + 12));
  return { left: categoryWidth + 12, right };
}

/**
 * The bar chart: one bar per figure, no bar (and a "not reported" axis label) where there is none.
 * `compact`: a phone-width card; `width`: the chart's width in px, so the margins leave the bars room.
 */
export function metricChartOption(views: readonly ChartRowView[], description: string, lang: Lang, compact = false, width = 600): ChartOption {
  const { left, right } = chartMargins(views, width, compact);
  const categoryWidth = left - 12;
  const labelRoom = right - 8;
  const integers = views.every((view) => view.value === null || Number.isInteger(view.value));
  return {
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description } },
    animation: false,
    // Labels are placed by hand (left = label width) because containLabel mismeasures truncated CJK text.
    grid: { left, right, top: 24, bottom: 8 },
    tooltip: {
      trigger: 'item',
      confine: true,
      // Enterable so that the "show in source" link in it can be reached and clicked.
      enterable: true,
      formatter: (params: { data?: { tooltip?: string } }) => params.data?.tooltip ?? '',
      extraCssText: 'max-width:340px;white-space:normal;line-height:1.5;',
    },
    xAxis: {
      type: 'value',
      position: 'top',
      // Few, evenly spaced ticks from 0, all shown (hiding overlaps left odd gaps such as "0 10 30 50").
      min: 0,
      splitNumber: compact ? 3 : 4,
      ...(integers ? { minInterval: 1 } : {}),
      axisLabel: { formatter: (value: number) => formatNumber(value, lang), hideOverlap: false },
      splitLine: { lineStyle: { color: '#e6e8eb' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: views.map((view) =>
        view.value === null ? { value: view.category, textStyle: { color: '#6b7280', fontStyle: 'italic' } } : view.category,
      ),
      axisTick: { show: false },
      axisLabel: { width: categoryWidth, overflow: 'truncate', ellipsis: '…', color: '#1f2937' },
    },
    ...(views.length > VISIBLE_ROWS
      ? {
          dataZoom: [
            { type: 'slider', yAxisIndex: 0, right: 4, width: 16, startValue: 0, endValue: VISIBLE_ROWS - 1, zoomLock: true, showDetail: false, brushSelect: false },
            { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
          ],
        }
      : {}),
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: views.map((view) =>
          view.value === null
            ? { value: '-', tooltip: view.tooltip }
            : {
                value: view.value,
                tooltip: view.tooltip,
                itemStyle: { color: view.colour, decal: view.decal, ...(view.plan ? planItemStyle(view.colour) : {}) },
                label: {
                  show: true,
                  position: 'right',
                  formatter: view.valueLabel.replaceAll('{', '(').replaceAll('}', ')'),
                  // A label longer than its margin wraps onto a second line instead of squeezing the bars.
                  ...(labelWidth(view.valueLabel) > labelRoom ? { width: labelRoom, overflow: 'break', lineHeight: 13 } : {}),
                },
              },
        ),
      },
    ],
  };
}

export function chartHeight(rowCount: number): number {
  return Math.max(120, Math.min(rowCount, VISIBLE_ROWS) * ROW_HEIGHT + 56);
}

/**
 * With many localities selected, one "not reported" row each would bury the figures: past the limit the
 * chart keeps the reported rows and the card's note names (and counts) those without the metric.
 */
export function rowsToDraw<T extends { value: number | null }>(views: readonly T[], limit = VISIBLE_ROWS): T[] {
  return views.length > limit ? views.filter((view) => view.value !== null) : [...views];
}

/** The text screen readers get for the chart: every row with its value or "not reported". */
export function chartDescription(title: string, views: readonly ChartRowView[], lang: Lang): string {
  const separator = lang === 'zh' ? '；' : '; ';
  const colon = lang === 'zh' ? '：' : ': ';
  return `${title}${colon}${views.map((view) => `${view.category}${colon}${view.valueLabel}`).join(separator)}`;
}

/** The unit a card shows under its title, with the per-capita suffix when that is on. */
export function unitAxisLabel(metric: Metric, lookup: DatasetLookup, lang: Lang, perCapita: boolean): string {
  const unit = unitText(metric.unit, metric, lookup.unitLabels, lang);
  return perCapita ? `${unit}${lang === 'zh' ? '' : ' '}${t(lang, 'perCapitaShort')}` : unit;
}
