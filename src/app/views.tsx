// The view registry: what each tab shows, built from the dashboard context and the slots other features fill.
import { lazy, type ReactNode } from 'react';
import type { Observation } from '@/schema/dataset';
import { loadObservations } from '@/data/use-data';
import type { CardModel } from '@/domain/card-model';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { formatCount } from '@/lib/format';
import { memoizeLast } from '@/lib/memoize-last';
import { pick, t, type Lang } from '@/lib/i18n';
import { urlOf } from '@/state/view-store';
import type { View } from '@/state/url-state';
import { sourceIdOfFigure } from '@/state/url-state';
import { AboutPage } from '@/features/about/about-page';
import { ChartsView } from '@/features/charts/charts-view';
import { ChartDownloadMenu } from '@/features/export/chart-download-menu';
import { DataDownloadMenu } from '@/features/export/data-download-menu';
import { filteredObservations } from '@/features/export/dataset-export';
import { ExportAllButton } from '@/features/export/export-all-button';
import { OverviewView } from '@/features/overview/overview-view';
import { ProfileView } from '@/features/profile/profile-view';
import { ShowInSourceLink } from '@/features/source-reader/show-in-source-link';
import { OpenChartLink } from '@/features/chart-page/open-chart-link';
import { chartExport, exportableCharts, readmeFor } from '@/app/chart-exports';
import { citationActions } from '@/app/citation-actions';
import { chartPageHref } from '@/app/chart-page-links';
import { figureDestination, readerHref, readerState } from '@/app/figure-links';
import { MAX_COMPARED, type DashboardContext } from '@/app/use-dashboard';
import { ChooseLocalities, OneLocalityHint } from '@/app/choose-localities';

// Views with their own heavy parts (TanStack Table, the source reader, the comparison) or seldom opened (the chart
// page) load when first opened.
const TableView = lazy(() => import('@/features/table/table-view').then((m) => ({ default: m.TableView })));
const RankingView = lazy(() => import('@/features/ranking/ranking-view').then((m) => ({ default: m.RankingView })));
const CompareView = lazy(() => import('@/features/compare/compare-view').then((m) => ({ default: m.CompareView })));
const ChartPageView = lazy(() => import('@/app/chart-page-view').then((m) => ({ default: m.ChartPageView })));
const ReaderPage = lazy(() => import('@/features/source-reader/reader-page').then((m) => ({ default: m.ReaderPage })));

// Slots and callbacks are built once per set of inputs (memoizeLast), not on every click: a card whose own inputs
// did not change skips its render (see the charts view's memoised cards).

/** Per-figure link to its sentence in the reader, offered by every view that lists figures. */
const showInSourceFor = memoizeLast(
  (lang: Lang, change: DashboardContext['change']) => (observation: Observation) => (
    <ShowInSourceLink href={readerHref(observation)} lang={lang} onOpen={() => change(readerState(observation))} />
  ),
);
const showInSource = ({ state, change }: DashboardContext) => showInSourceFor(state.lang, change);

/** A chart card's header controls: open the chart on its own page, download it. */
const cardActionsFor = memoizeLast(
  (lookup: DatasetLookup, lang: Lang, builtAt: string) => (card: CardModel) => (
    <>
      <OpenChartLink href={chartPageHref(card.metric.id)} title={card.title} lang={lang} />
      <ChartDownloadMenu chart={() => chartExport(card, lookup)} title={pick(card.metric.label, lang)} builtAt={builtAt} lang={lang} />
    </>
  ),
);

/** Switches one card's multi-year figures to per year. */
const perYearChangeFor = memoizeLast(
  (perYearMetrics: readonly string[], change: DashboardContext['change']) => (metricId: string, on: boolean) =>
    change({ perYearMetrics: on ? [...perYearMetrics, metricId] : perYearMetrics.filter((id) => id !== metricId) }),
);

/** Why exports are off: no locality chosen, so the view has nothing of its own to export; null otherwise. */
function exportBlocked({ state, selectedLocalities }: DashboardContext): string | null {
  return selectedLocalities.length === 0 ? t(state.lang, 'exportNeedsLocality') : null;
}

/** The selection prompts the comparison views show: no locality (instead of the view), one (above its figures). */
function selectionPrompts({ lookup, state, change, selectedLocalities }: DashboardContext) {
  const props = { lookup, selected: selectedLocalities, localityIds: state.localityIds, lang: state.lang, onChange: (localityIds: string[] | null) => change({ localityIds }) };
  return { emptySelection: <ChooseLocalities {...props} />, selectionHint: <OneLocalityHint {...props} /> };
}

/** The data downloads: the selected localities and areas, or everything. */
function dataDownloads(context: DashboardContext) {
  const { lookup, state, selectedLocalities, index } = context;
  const ids = selectedLocalities.map((l) => l.id);
  return (
    <DataDownloadMenu
      lookup={lookup}
      lang={state.lang}
      filteredDisabledReason={exportBlocked(context)}
      loadFiltered={async () => filteredObservations(await loadObservations(ids), ids, state.areaIds)}
      loadAll={async () => [...(await loadObservations(index.localities.map((l) => l.id))).values()].flat()}
    />
  );
}

function charts(context: DashboardContext): ReactNode {
  const { lookup, state, change, index, selectedLocalities, observations, selection } = context;
  const { lang } = state;
  const exportContext = { lookup, localities: selectedLocalities, areaIds: state.areaIds, perCapita: state.perCapita, lang, sort: state.chartSort, perYearMetrics: state.perYearMetrics };
  return (
    <ChartsView
      {...selection}
      sort={state.chartSort}
      focusMetricId={state.metricId}
      onSortChange={(chartSort) => change({ chartSort })}
      perYearMetrics={state.perYearMetrics}
      onPerYearChange={perYearChangeFor(state.perYearMetrics, change)}
      sourceHref={readerHref}
      observationActions={showInSource(context)}
      cardActions={cardActionsFor(lookup, lang, index.builtAt)}
      {...selectionPrompts(context)}
      toolbarActions={
        <>
          <ExportAllButton
            charts={() => exportableCharts(exportContext, observations.byLocality)}
            readme={() => readmeFor(lookup, selectedLocalities, state.areaIds, state.perCapita, lang, window.location.href)}
            builtAt={index.builtAt}
            lang={lang}
            disabledReason={exportBlocked(context)}
          />
          {dataDownloads(context)}
        </>
      }
    />
  );
}

/** Instead of charts or a table of more localities than can be read side by side: what to do instead. */
function overCompareLimit({ state, selectedLocalities }: DashboardContext): ReactNode {
  const { lang } = state;
  return (
    <section className="view" aria-labelledby="over-limit-heading">
      <h2 id="over-limit-heading" className="view__title">
        {t(lang, state.view === 'table' ? 'viewTable' : 'viewCharts')}
      </h2>
      <p className="empty-state" data-testid="over-compare-limit">
        {t(lang, 'overCompareLimit', { n: formatCount(selectedLocalities.length, lang), max: formatCount(MAX_COMPARED, lang) })}{' '}
        {/* Followed in place by the app-link listener (view-store); a new tab works too. */}
        <a href={urlOf({ ...state, view: 'rank' })} data-app-link="">
          {t(lang, 'openRanking')}
        </a>
      </p>
    </section>
  );
}

/** The charts and the table, unless more localities are selected than they compare. */
const comparing = (view: (context: DashboardContext) => ReactNode) => (context: DashboardContext) =>
  context.overCompareLimit ? overCompareLimit(context) : view(context);

export const VIEWS: Record<View, (context: DashboardContext) => ReactNode> = {
  overview: (context) => (
    <OverviewView
      lookup={context.lookup}
      localities={context.selectedLocalities}
      lang={context.state.lang}
      areaIds={context.state.areaIds}
      // A cell is that locality's figures in that area: its charts, with the other places a tap away.
      onCellSelect={(areaId, localityId) => context.change({ view: 'charts', areaIds: [areaId], localityIds: [localityId], metricId: null })}
      onOpenProfile={(id) => context.change({ profileId: id, view: 'profile' })}
      emptySelection={selectionPrompts(context).emptySelection}
    />
  ),
  charts: comparing(charts),
  rank: (context) => (
    <RankingView
      lookup={context.lookup}
      lang={context.state.lang}
      perCapita={context.state.perCapita}
      metricId={context.state.metricId}
      selectedIds={context.selectedLocalities.map((l) => l.id)}
      onMetricChange={(metricId) => context.change({ metricId })}
      observationActions={showInSource(context)}
    />
  ),
  table: comparing((context) => (
    <TableView
      {...context.selection}
      query={context.state.query}
      sort={context.state.tableSort}
      hidden={context.state.hiddenColumns}
      onChange={context.change}
      toolbarActions={dataDownloads(context)}
      observationActions={showInSource(context)}
      {...selectionPrompts(context)}
    />
  )),
  compare: (context) =>
    context.comparePair ? (
      <CompareView
        lookup={context.lookup}
        a={context.comparePair.a}
        b={context.comparePair.b}
        observations={context.observations.byLocality}
        lang={context.state.lang}
        perCapita={context.state.perCapita}
        areaIds={context.state.areaIds}
        onPlacesChange={({ a, b }) => context.change({ compareA: a, compareB: b })}
        observationActions={showInSource(context)}
      />
    ) : null,
  profile: (context) =>
    context.profileLocality ? (
      <ProfileView
        lookup={context.lookup}
        locality={context.profileLocality}
        observations={context.observations.byLocality.get(context.profileLocality.id) ?? []}
        lang={context.state.lang}
        perCapita={context.state.perCapita}
        onLocalityChange={(id) => context.change({ profileId: id })}
        observationActions={showInSource(context)}
        sourceActions={citationActions(context.state.lang)}
      />
    ) : null,
  reader: ({ lookup, state, change, profileLocality, index }) => (
    <ReaderPage
      lookup={lookup}
      // A figure link without `src` opens the figure's own source, not the profile's first one.
      sourceId={state.sourceId ?? sourceIdOfFigure(state.figureId) ?? profileLocality?.sourceIds[0] ?? null}
      figureId={state.figureId}
      lang={state.lang}
      perCapita={state.perCapita}
      onChange={(partial) => change(partial)}
      onOpenFigure={(observation) => void figureDestination(observation, index.defaultLocalityIds).then((destination) => change(destination))}
      sourceActions={citationActions(state.lang)}
    />
  ),
  about: ({ lookup, state }) => <AboutPage lookup={lookup} lang={state.lang} />,
  chart: (context) => <ChartPageView context={context} />,
};
