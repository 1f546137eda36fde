// Pure builder: figure counts of program areas x localities -> a heat map option that scrolls when long.
import type { ChartOption } from '@/components/echart';
import { formatCount } from '@/lib/format';
import { escapeHtml } from '@/lib/html';
import { t, type Lang } from '@/lib/i18n';

export const HEATMAP_VISIBLE_ROWS = 20;
const ROW_HEIGHT = 30;

export interface HeatmapColumn {
  id: string;
  /** Under the column. */
  label: string;
  /** In the tooltip and the screen-reader description, where the label is shortened; else the label. */
  fullLabel?: string;
}

export interface HeatmapRow {
  id: string;
  label: string;
  /** Figures per column id; a missing key counts as zero (a count of figures, not a missing figure). */
  counts: Readonly<Record<string, number>>;
}

/** Cells as [column index, row index, count]. */
export function heatmapCells(columns: readonly HeatmapColumn[], rows: readonly HeatmapRow[]): [number, number, number][] {
  return rows.flatMap((row, y) => columns.map((column, x): [number, number, number] => [x, y, row.counts[column.id] ?? 0]));
}

/**
 * Rows plus room for the column labels: wrapped under the cells, or upright and longer on a phone; on a phone with
 * the axes swapped (`transposed`), the few short locality names under their columns.
 */
export function heatmapHeight(rowCount: number, columns: readonly HeatmapColumn[] = [], compact = false, transposed = false): number {
  const labelRoom = transposed
    ? 36
    : compact
      ? Math.max(90, 12 + 7 * Math.max(0, ...columns.map((c) => [...c.label].reduce((w, ch) => w + (/[\u2E80-\uFFFF]/.test(ch) ? 2 : 1), 0))))
      : 90;
  return Math.min(rowCount, HEATMAP_VISIBLE_ROWS) * ROW_HEIGHT + labelRoom;
}

/** Colour of the column drawn apart (unclassified figures): a neutral grey, outside the colour scale. */
export const APART_COLOUR = '#e5e7eb';

/**
 * `activeColumnIds`: columns kept by the area filter (null = all); the others are dimmed, not hidden.
 * `apartColumnId`: a column drawn apart, in grey with its counts, outside the colour scale (unclassified figures
 * say what the catalogue does not match yet, not how much a locality does: they must not set the darkest cell).
 * `transposed`: the areas are the rows and the localities the columns (a phone with a few localities, where a
 * dozen area columns would crowd their labels); the two ids above then name rows.
 */
export function heatmapOption(
  columns: readonly HeatmapColumn[],
  rows: readonly HeatmapRow[],
  lang: Lang,
  activeColumnIds: readonly string[] | null = null,
  compact = false,
  apartColumnId: string | null = null,
  transposed = false,
): ChartOption {
  const areaIdOf = (cell: [number, number, number]) => (transposed ? rows[cell[1]]?.id : columns[cell[0]]?.id) ?? '';
  const allCells = heatmapCells(columns, rows);
  const cells = allCells.filter((cell) => apartColumnId === null || areaIdOf(cell) !== apartColumnId);
  const apartCells = allCells.filter((cell) => apartColumnId !== null && areaIdOf(cell) === apartColumnId);
  const max = Math.max(1, ...cells.map((cell) => cell[2]));
  const scrolls = rows.length > HEATMAP_VISIBLE_ROWS;
  const description = rows
    .map((row) => `${row.label}: ${columns.map((c) => `${c.fullLabel ?? c.label} ${row.counts[c.id] ?? 0}`).join(', ')}`)
    .join('; ');
  return {
    aria: { enabled: true, label: { enabled: true, description: `${t(lang, 'heatmapTitle')}. ${description}` } },
    animation: false,
    tooltip: {
      confine: true,
      formatter: (params: { value: [number, number, number] }) => {
        const [x, y, count] = params.value;
        return `${escapeHtml(rows[y]?.label ?? '')} · ${escapeHtml(columns[x]?.fullLabel ?? columns[x]?.label ?? '')}<br/><strong>${escapeHtml(t(lang, 'figuresCount', { n: formatCount(count, lang) }))}</strong>`;
      },
    },
    grid: { left: 8, right: scrolls ? 40 : 12, top: 8, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: columns.map((column) => column.label),
      splitArea: { show: true },
      // Labels are never cut ("Political guidance", not "Political guida…"): they wrap between words, or on a
      // phone stand upright at full length (wrapped upright lines would run into their neighbours).
      axisLabel: transposed
        ? { interval: 0, rotate: 0, overflow: 'none', lineHeight: 14 }
        : compact
          ? { interval: 0, rotate: 90, overflow: 'none' }
          : { interval: 0, rotate: 0, width: 92, overflow: 'break', lineHeight: 14 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisLabel: { width: compact ? 132 : 180, overflow: 'break', lineHeight: 13 },
    },
    visualMap: {
      show: false,
      seriesIndex: 0,
      min: 0,
      max,
      inRange: { color: ['#f3f6fa', '#9ecae1', '#2171b5', '#08306b'] },
    },
    ...(scrolls
      ? {
          dataZoom: [
            { type: 'slider', yAxisIndex: 0, right: 6, width: 18, startValue: 0, endValue: HEATMAP_VISIBLE_ROWS - 1, zoomLock: true, showDetail: false, brushSelect: false },
            { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
          ],
        }
      : {}),
    series: [
      {
        type: 'heatmap',
        data: cells.map((cell) => {
          const active = activeColumnIds === null || activeColumnIds.includes(areaIdOf(cell));
          const dark = cell[2] > max * 0.55;
          return {
            value: cell,
            label: { color: dark ? '#ffffff' : '#1f2937', opacity: active ? 1 : 0.5 },
            ...(active ? {} : { itemStyle: { opacity: 0.3 } }),
          };
        }),
        label: { show: true, formatter: (params: { value: [number, number, number] }) => formatCount(params.value[2], lang) },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 2 } },
      },
      ...(apartCells.length > 0
        ? [
            {
              type: 'heatmap',
              data: apartCells.map((cell) => ({ value: cell, label: { color: '#4b5563' } })),
              label: { show: true, formatter: (params: { value: [number, number, number] }) => formatCount(params.value[2], lang) },
              itemStyle: { color: APART_COLOUR, borderColor: '#ffffff', borderWidth: 2 },
              emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 2 } },
            },
          ]
        : []),
    ],
  };
}
