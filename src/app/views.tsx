// The view registry: what each tab shows, built from the dashboard context and the slots other features fill.
import { lazy, type ReactNode } from 'react';
import type { Observation } from '@/schema/dataset';
import { loadObservations } from '@/data/use-data';
import type { CardModel } from '@/domain/card-model';
import { pick } from '@/lib/i18n';
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
import { chartPageHref } from '@/app/chart-page-links';
import { figureDestination, readerHref, readerState } from '@/app/figure-links';
import type { DashboardContext } from '@/app/use-dashboard';

// Views with their own heavy parts (TanStack Table, the source reader) or seldom opened (the chart page) load when first opened.
const TableView = lazy(() => import('@/features/table/table-view').then((m) => ({ default: m.TableView })));
const ChartPageView = lazy(() => import('@/app/chart-page-view').then((m) => ({ default: m.ChartPageView })));
const ReaderPage = lazy(() => import('@/features/source-reader/reader-page').then((m) => ({ default: m.ReaderPage })));

/** Per-figure link to its sentence in the reader, offered by every view that lists figures. */
function showInSource({ state, change }: DashboardContext) {
  return (observation: Observation) => <ShowInSourceLink href={readerHref(observation)} lang={state.lang} onOpen={() => change(readerState(observation))} />;
}

/** The data downloads: the selected localities and areas, or everything. */
function dataDownloads({ lookup, state, selectedLocalities, index }: DashboardContext) {
  const ids = selectedLocalities.map((l) => l.id);
  return (
    <DataDownloadMenu
      lookup={lookup}
      lang={state.lang}
      loadFiltered={async () => filteredObservations(await loadObservations(ids), ids, state.areaIds)}
      loadAll={async () => [...(await loadObservations(index.localities.map((l) => l.id))).values()].flat()}
    />
  );
}

function charts(context: DashboardContext): ReactNode {
  const { lookup, state, change, index, selectedLocalities, observations, selection } = context;
  const { lang } = state;
  const exportContext = { lookup, localities: selectedLocalities, areaIds: state.areaIds, perCapita: state.perCapita, lang, sort: state.chartSort, perYearMetrics: state.perYearMetrics };
  const cardActions = (card: CardModel) => (
    <>
      <OpenChartLink href={chartPageHref(card.metric.id)} title={card.title} lang={lang} />
      <ChartDownloadMenu chart={() => chartExport(card, lookup)} title={pick(card.metric.label, lang)} builtAt={index.builtAt} lang={lang} />
    </>
  );
  return (
    <ChartsView
      {...selection}
      sort={state.chartSort}
      focusMetricId={state.metricId}
      onSortChange={(chartSort) => change({ chartSort })}
      perYearMetrics={state.perYearMetrics}
      onPerYearChange={(metricId, on) => change({ perYearMetrics: on ? [...state.perYearMetrics, metricId] : state.perYearMetrics.filter((id) => id !== metricId) })}
      sourceHref={readerHref}
      observationActions={showInSource(context)}
      cardActions={cardActions}
      toolbarActions={
        <>
          <ExportAllButton
            charts={() => exportableCharts(exportContext, observations.byLocality)}
            readme={() => readmeFor(lookup, selectedLocalities, state.areaIds, state.perCapita, lang, window.location.href)}
            builtAt={index.builtAt}
            lang={lang}
          />
          {dataDownloads(context)}
        </>
      }
    />
  );
}

export const VIEWS: Record<View, (context: DashboardContext) => ReactNode> = {
  overview: ({ lookup, state, change, selectedLocalities }) => (
    <OverviewView
      lookup={lookup}
      localities={selectedLocalities}
      lang={state.lang}
      areaIds={state.areaIds}
      onAreaSelect={(areaId) => change({ areaIds: [areaId] })}
      onOpenProfile={(id) => change({ profileId: id, view: 'profile' })}
    />
  ),
  charts,
  table: (context) => (
    <TableView
      {...context.selection}
      query={context.state.query}
      sort={context.state.tableSort}
      hidden={context.state.hiddenColumns}
      onChange={context.change}
      toolbarActions={dataDownloads(context)}
      observationActions={showInSource(context)}
    />
  ),
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
      onOpenFigure={(observation) => void figureDestination(observation, index.localities.map((l) => l.id)).then((destination) => change(destination))}
    />
  ),
  about: ({ lookup, state }) => <AboutPage lookup={lookup} lang={state.lang} />,
  chart: (context) => <ChartPageView context={context} />,
};
