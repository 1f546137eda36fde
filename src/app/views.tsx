// The view registry: what each tab shows, built from the dashboard context and the slots other features fill.
import { lazy, type ReactNode } from 'react';
import type { Observation } from '@/schema/dataset';
import { loadObservations } from '@/data/use-data';
import type { CardModel } from '@/domain/card-model';
import { pick, t } from '@/lib/i18n';
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
import { chartExport, exportableCharts, readmeFor } from '@/app/chart-exports';
import { figureDestination, readerHref, readerState } from '@/app/figure-links';
import type { DashboardContext } from '@/app/use-dashboard';
import { ChooseLocalities, OneLocalityHint } from '@/app/choose-localities';

// Views with their own heavy parts (TanStack Table, the source reader) load when first opened.
const TableView = lazy(() => import('@/features/table/table-view').then((m) => ({ default: m.TableView })));
const ReaderPage = lazy(() => import('@/features/source-reader/reader-page').then((m) => ({ default: m.ReaderPage })));

/** Per-figure link to its sentence in the reader, offered by every view that lists figures. */
function showInSource({ state, change }: DashboardContext) {
  return (observation: Observation) => <ShowInSourceLink href={readerHref(observation)} lang={state.lang} onOpen={() => change(readerState(observation))} />;
}

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
  const cardActions = (card: CardModel) => (
    <ChartDownloadMenu chart={() => chartExport(card, lookup)} title={pick(card.metric.label, lang)} builtAt={index.builtAt} lang={lang} />
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
      {...selectionPrompts(context)}
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
};
