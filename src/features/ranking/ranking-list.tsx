// The whole ranking as a scrolling list that renders only the rows in view, so thousands of rows stay cheap.
import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMediaQuery } from '@/components/use-media-query';
import type { RankedRow } from '@/domain/ranking';

/** Rows are one line on a desk, two on a phone (see ranking.css). */
const ROW_HEIGHT = { wide: 44, compact: 64 };

interface RankingListProps {
  rows: readonly RankedRow[];
  label: string;
  renderRow: (row: RankedRow, style: CSSProperties) => ReactNode;
}

export function RankingList({ rows, label, renderRow }: RankingListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const height = useMediaQuery('(max-width: 640px)') ? ROW_HEIGHT.compact : ROW_HEIGHT.wide;
  // The app is not built with the React Compiler, and nothing here memoises what the virtualizer returns.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => height,
    overscan: 8,
  });
  return (
    <div ref={scroller} className="ranking__scroller" data-testid="ranking-all" tabIndex={0} role="region" aria-label={label}>
      <ol className="ranking__rows ranking__rows--virtual" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          renderRow(rows[item.index]!, { position: 'absolute', top: 0, left: 0, right: 0, height, transform: `translateY(${item.start}px)` })
        ))}
      </ol>
    </div>
  );
}
