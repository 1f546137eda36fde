// One metric ranked across every locality that reports it: the card model's comparable groups, each ranked on
// its own axis (never across groups), with the reader's selected localities marked and a short window of rows
// (top, bottom, and the selected ones between) for thousands of localities.
import type { Locality, Metric, Observation } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { buildCard, type CardBar, type CardModel } from '@/domain/card-model';
import type { Lang } from '@/lib/i18n';

export interface RankedRow {
  /** Competition rank (1, 2, 2, 4): equal values share a rank. */
  rank: number;
  bar: CardBar;
  selected: boolean;
}

export interface RankedPanel {
  groupId: string;
  caption: string | null;
  rows: RankedRow[];
}

export interface Ranking {
  /** The card of the metric over every reporting locality, ordered by value: panels, caveats, what is set apart. */
  card: CardModel;
  panels: RankedPanel[];
  /** Localities of the dataset that report no figure of this metric. */
  notReportedCount: number;
}

export interface RankingInput {
  metric: Metric;
  /** The metric's figures across every locality (metrics/<id>.json). */
  observations: readonly Observation[];
  lookup: DatasetLookup;
  lang: Lang;
  perCapita: boolean;
  /** The reader's selection, marked in the ranking. */
  selectedIds: ReadonlySet<string>;
}

/** Ranks within each comparable group, largest first; ties share a rank. */
export function rankRows(bars: readonly CardBar[], selectedIds: ReadonlySet<string>): RankedRow[] {
  const ordered = bars.toSorted((a, b) => b.value - a.value);
  let rank = 0;
  return ordered.map((bar, index) => {
    if (index === 0 || bar.value !== ordered[index - 1]!.value) rank = index + 1;
    return { rank, bar, selected: selectedIds.has(bar.locality.id) };
  });
}

export function buildRanking(input: RankingInput): Ranking {
  const { metric, observations, lookup, lang, perCapita, selectedIds } = input;
  const byLocality = new Map<string, Observation[]>();
  for (const o of observations) {
    const list = byLocality.get(o.localityId);
    if (list) list.push(o);
    else byLocality.set(o.localityId, [o]);
  }
  // Only the localities that report: the rest are counted, not listed (there may be thousands).
  const localities: Locality[] = lookup.index.localities.filter((l) => byLocality.has(l.id));
  const card = buildCard({ metric, localities, observations: byLocality, lookup, lang, perCapita, sort: 'desc' });
  const panels = card.panels.map((panel) => ({ groupId: panel.groupId, caption: panel.caption, rows: rankRows(panel.bars, selectedIds) }));
  return { card, panels, notReportedCount: lookup.index.localities.length - localities.length };
}

/** A stretch of rows to show; `gapBefore` counts the rows left out just above it. */
export interface RowSlice {
  rows: RankedRow[];
  gapBefore: number;
}

/**
 * The rows worth showing first: the top `n`, the bottom `n`, and every selected row between them, with the size
 * of each gap; all rows when there are no more than 2n + 1.
 */
export function rankingWindow(rows: readonly RankedRow[], n: number): RowSlice[] {
  if (rows.length <= 2 * n + 1) return [{ rows: [...rows], gapBefore: 0 }];
  const shown = (index: number) => index < n || index >= rows.length - n || rows[index]!.selected;
  const slices: RowSlice[] = [];
  let gap = 0;
  rows.forEach((row, index) => {
    if (!shown(index)) {
      gap += 1;
      return;
    }
    const last = slices.at(-1);
    if (last && gap === 0) last.rows.push(row);
    else slices.push({ rows: [row], gapBefore: gap });
    gap = 0;
  });
  return slices;
}
