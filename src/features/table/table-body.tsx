// The table's body: its lines (area headers and metric rows), all of them for a small table, only those in view for a
// big one (use-row-window). Scrolling re-renders only this body, and of its lines only those that come into view.
import { memo, useCallback, useState, type FocusEvent, type ReactNode } from 'react';
import { useMediaQuery } from '@/components/use-media-query';
import type { TableLine } from './table-data';
import { useRowWindow } from './use-row-window';

/** What a drawn line's `<tr>` must carry: its line's index (for measuring), the measuring ref, its row number for screen readers. */
export interface LineRowProps {
  'data-index': number;
  'data-line': string;
  ref: (element: HTMLTableRowElement | null) => void;
  'aria-rowindex': number | undefined;
}

interface TableBodyProps<R> {
  lines: readonly TableLine<R>[];
  /** Draws a line as a `<tr>` with `row` spread on it. A new function draws every line again. */
  renderLine: (line: TableLine<R>, row: LineRowProps) => ReactNode;
  /** Whether only the lines in view are drawn. */
  virtual: boolean;
  /** Columns drawn, for the spacer rows' span. */
  columnCount: number;
  /** The box that scrolls the table, once it is in the document. */
  scroller: HTMLElement | null;
  /** A line drawn even out of view (the one whose cell is open). */
  openKey: string | null;
  /** Shown when there are no lines. */
  empty: ReactNode;
}

/** First guesses at a line's height before it is drawn and measured (a metric's row wraps more on a phone). */
const ESTIMATED_HEIGHT = { area: 30, wide: 52, narrow: 80 };

export function TableBody<R>({ lines, renderLine, virtual, columnCount, scroller, openKey, empty }: TableBodyProps<R>) {
  const narrow = useMediaQuery('(max-width: 700px)');
  // The line holding the focus stays drawn while it is scrolled out of view, so the focus is not lost.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const keep = [focusedKey, openKey].flatMap((key) => (key ? [lines.findIndex((line) => line.key === key)] : [])).filter((index) => index >= 0);
  const rowWindow = useRowWindow({
    scroller,
    count: lines.length,
    virtual,
    estimateSize: useCallback((index: number) => (lines[index]?.kind === 'area' ? ESTIMATED_HEIGHT.area : narrow ? ESTIMATED_HEIGHT.narrow : ESTIMATED_HEIGHT.wide), [lines, narrow]),
    getKey: useCallback((index: number) => lines[index]?.key ?? String(index), [lines]),
    keep,
  });
  const followFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const key = event.target.closest('tr[data-line]')?.getAttribute('data-line') ?? null;
    if (key !== focusedKey) setFocusedKey(key);
  };
  const dropFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocusedKey(null);
  };
  return (
    <tbody onFocus={followFocus} onBlur={dropFocus}>
      {lines.length === 0 ? empty : null}
      {rowWindow.drawn.flatMap(({ index, gapBefore }) => {
        const line = lines[index]!;
        return [
          <Gap key={`gap-${line.key}`} height={gapBefore} columnCount={columnCount} />,
          <Line key={line.key} line={line} index={index} rowIndex={virtual ? index + 2 : undefined} measure={rowWindow.measure} render={renderLine} />,
        ];
      })}
      <Gap height={rowWindow.gapAfter} columnCount={columnCount} />
    </tbody>
  );
}

interface LineProps<R> {
  line: TableLine<R>;
  index: number;
  rowIndex: number | undefined;
  measure: (element: HTMLTableRowElement | null) => void;
  render: (line: TableLine<R>, row: LineRowProps) => ReactNode;
}

// Memoised: while the table scrolls, lines already drawn keep their props and are not drawn again.
const Line = memo(function Line<R>({ line, index, rowIndex, measure, render }: LineProps<R>) {
  return render(line, { 'data-index': index, 'data-line': line.key, ref: measure, 'aria-rowindex': rowIndex });
}) as <R>(props: LineProps<R>) => ReactNode;

/** A spacer row standing in for the lines left out (its height theirs). */
function Gap({ height, columnCount }: { height: number; columnCount: number }) {
  return height > 0 ? (
    <tr className="figure-table__gap" aria-hidden="true">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  ) : null;
}
