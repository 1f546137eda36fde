// Charts view: one card per metric that two or more selected localities report, grouped by area.
import { memo, useEffect, useMemo, type ReactNode } from 'react';
import type { Metric, Observation } from '@/schema/dataset';
import { buildCard, type CardModel } from '@/domain/card-model';
import type { ComparisonSelection } from '@/domain/comparison';
import { chartMetrics } from './chart-groups';
import { pick, t } from '@/lib/i18n';
import { CHART_SORTS, type ChartSort } from '@/state/url-state';
import { MetricChartCard } from './metric-chart-card';
import { useProgressiveCount } from '@/components/use-progressive-count';
import type { SourceHref } from './card-option';

interface ChartsViewProps extends ComparisonSelection {
  sort: ChartSort;
  focusMetricId: string | null;
  onSortChange: (sort: ChartSort) => void;
  /** Cards (metric ids) that show multi-year figures per year, and how to switch one. */
  perYearMetrics: readonly string[];
  onPerYearChange: (metricId: string, on: boolean) => void;
  /** Slots the app fills from other features: per-card controls and view-wide toolbar controls. */
  cardActions?: (card: CardModel) => ReactNode;
  toolbarActions?: ReactNode;
  sourceHref?: SourceHref;
  /** Per-figure controls in each card's figure list (e.g. "show in source"). */
  observationActions?: (observation: Observation) => ReactNode;
  /** Shown instead of the cards when no locality is selected (the app's prompt to choose places). */
  emptySelection?: ReactNode;
  /** Shown above the cards, e.g. the hint to add a second locality when only one is selected. */
  selectionHint?: ReactNode;
}

const SORT_LABELS = { locality: 'sortLocality', desc: 'sortDesc', asc: 'sortAsc' } as const;

/** Cards in the view's first commit (the first screenful at the usual widths), then this many more per transition. */
const FIRST_CARDS = 4;
const MORE_CARDS = 4;

export function ChartsView(props: ChartsViewProps) {
  const { lookup, localities, observations, areaIds, lang, perCapita, sort, focusMetricId, onSortChange, cardActions, toolbarActions, sourceHref, observationActions } = props;
  const { perYearMetrics, onPerYearChange, emptySelection, selectionHint } = props;
  // Which cards, here; each card builds its own model as it renders, so that a re-render after a click (a
  // deferred one, see app/dashboard) can yield to the next click or paint between cards.
  const groups = useMemo(
    () => chartMetrics({ lookup, localities, areaIds, observations }),
    [lookup, localities, areaIds, observations],
  );
  // The cards come in a few at a time (the first screenful first), so the first chart need not wait for all of
  // them; a card jumped to (metric= in the URL) is in the first commit, with a screenful after it (else the page
  // would be too short to scroll it to the top). The view is aria-busy until all are in.
  const cardCount = groups.reduce((sum, group) => sum + group.items.length, 0);
  const focusIndex = focusMetricId ? groups.flatMap((group) => group.items).findIndex((metric) => metric.id === focusMetricId) : -1;
  const shown = useProgressiveCount(cardCount, focusIndex < 0 ? FIRST_CARDS : focusIndex + 1 + FIRST_CARDS, MORE_CARDS);
  const shownGroups = useMemo(() => firstItems(groups, shown), [groups, shown]);
  const firstMetric = groups[0]?.items[0];

  useEffect(() => {
    if (!focusMetricId) return;
    const card = document.getElementById(`metric-${focusMetricId}`);
    if (!card) return;
    // The page's scroll-padding (see app/use-sticky-scroll-padding) stops the card below the sticky bars.
    card.scrollIntoView({ block: 'start' });
  }, [focusMetricId]);

  return (
    <section className="view charts-view" aria-labelledby="charts-heading" aria-busy={shown < cardCount}>
      <div className="view__toolbar">
        <h2 id="charts-heading" className="view__title">
          {t(lang, 'viewCharts')}
        </h2>
        <label className="inline-field">
          <span>{t(lang, 'sortBy')}</span>
          <select className="input" value={sort} onChange={(event) => onSortChange(event.target.value as ChartSort)}>
            {CHART_SORTS.map((option) => (
              <option key={option} value={option}>
                {t(lang, SORT_LABELS[option])}
              </option>
            ))}
          </select>
        </label>
        {toolbarActions}
      </div>
      {localities.length === 0 && emptySelection ? (
        emptySelection
      ) : (
        <>
          {localities.length === 1 ? null : <p className="view__intro">{t(lang, 'chartsIntro')}</p>}
          {selectionHint}
          {groups.length === 0 ? <p className="empty-state">{t(lang, localities.length === 1 ? 'profileEmpty' : 'chartsEmpty')}</p> : null}
        </>
      )}
      {shownGroups.map((group) => (
        <section key={group.area.id} className="area-group" aria-labelledby={`area-${group.area.id}`}>
          <h3 className="area-group__title" id={`area-${group.area.id}`}>
            {pick(group.area.label, lang)}
          </h3>
          <div className="card-grid">
            {group.items.map((metric) => (
              <ModelledCard
                key={metric.id}
                metric={metric}
                lookup={lookup}
                localities={localities}
                observations={observations}
                lang={lang}
                perCapita={perCapita}
                sort={sort}
                perYear={perYearMetrics.includes(metric.id)}
                highlighted={metric.id === focusMetricId}
                first={metric === firstMetric}
                cardActions={cardActions}
                onPerYearChange={onPerYearChange}
                sourceHref={sourceHref}
                observationActions={observationActions}
              />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}

/** The groups with their first `count` items in all (a group none of whose items is in is left out). */
function firstItems<G extends { items: readonly unknown[] }>(groups: readonly G[], count: number): G[] {
  const shown: G[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push(group.items.length <= left ? group : { ...group, items: group.items.slice(0, left) });
    left -= group.items.length;
  }
  return shown;
}

interface ModelledCardProps extends Omit<ComparisonSelection, 'areaIds'> {
  metric: Metric;
  sort: ChartSort;
  perYear: boolean;
  highlighted: boolean;
  first: boolean;
  cardActions?: (card: CardModel) => ReactNode;
  onPerYearChange: (metricId: string, on: boolean) => void;
  sourceHref?: SourceHref;
  observationActions?: (observation: Observation) => ReactNode;
}

/**
 * One metric's card: its model (the same buildCard the exports use), then the card drawn from it. Memoised: a click
 * that leaves a card's inputs as they were (an area added: the cards already shown) does not render it again; the
 * app keeps its slots' identity for that (views.tsx).
 */
const ModelledCard = memo(function ModelledCard({ metric, lookup, localities, observations, lang, perCapita, sort, perYear, highlighted, first, cardActions, ...rest }: ModelledCardProps) {
  const model = useMemo(
    () => buildCard({ metric, localities, observations, lookup, lang, perCapita, sort, perYear }),
    [metric, localities, observations, lookup, lang, perCapita, sort, perYear],
  );
  return (
    <MetricChartCard
      model={model}
      lookup={lookup}
      highlighted={highlighted}
      first={first}
      actions={cardActions?.(model)}
      onPerYearChange={(on) => rest.onPerYearChange(metric.id, on)}
      sourceHref={rest.sourceHref}
      observationActions={rest.observationActions}
      widthGroup="charts-view"
    />
  );
});
