// Combines the features: derives the selection from the URL state, loads what the view needs, renders it.
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { IndexFile, Observation } from '@/schema/dataset';
import type { CardModel } from '@/domain/card-model';
import type { ComparisonSelection } from '@/domain/comparison';
import { buildLookup } from '@/data/dataset-lookup';
import { pick, t } from '@/lib/i18n';
import { useViewStore } from '@/state/view-store';
import { sourceIdOfFigure, type ViewState } from '@/state/url-state';
import { loadObservations, useLocalityObservations } from '@/data/use-data';
import { ErrorPanel } from '@/data/error-panel';
import { OverviewView } from '@/features/overview/overview-view';
import { ChartsView } from '@/features/charts/charts-view';
import { ProfileView } from '@/features/profile/profile-view';
import { AboutPanel } from '@/features/about/about-panel';
import { ChartDownloadMenu } from '@/features/export/chart-download-menu';
import { DataDownloadMenu } from '@/features/export/data-download-menu';
import { ExportAllButton } from '@/features/export/export-all-button';
import { filteredObservations } from '@/features/export/dataset-export';
import { ShowInSourceLink } from '@/features/source-reader/show-in-source-link';
import { chartExport, exportableCharts, readmeFor } from '@/app/chart-exports';
import { ControlBar } from '@/app/control-bar';
import { figureDestination, readerHref, readerState } from '@/app/figure-links';
import { ViewTabs } from '@/app/view-tabs';
import { ErrorBoundary } from '@/components/error-boundary';

// Views with their own heavy parts (TanStack Table, the source reader) load when first opened.
const TableView = lazy(() => import('@/features/table/table-view').then((m) => ({ default: m.TableView })));
const ReaderPanel = lazy(() => import('@/features/source-reader/reader-panel').then((m) => ({ default: m.ReaderPanel })));

export function Dashboard({ index }: { index: IndexFile }) {
  const lookup = useMemo(() => buildLookup(index), [index]);
  const state = useViewStore(
    useShallow((s) => ({
      view: s.view, loc: s.loc, area: s.area, lang: s.lang, pc: s.pc, profile: s.profile,
      metric: s.metric, q: s.q, sort: s.sort, tsort: s.tsort, hide: s.hide, py: s.py, src: s.src, fig: s.fig,
    })),
  );
  const update = useViewStore((s) => s.update);
  const { lang } = state;

  const selectedLocalities = useMemo(() => {
    if (state.loc === null) return index.localities;
    const chosen = new Set(state.loc);
    return index.localities.filter((locality) => chosen.has(locality.id));
  }, [index, state.loc]);

  const profileLocality =
    (state.profile ? lookup.localitiesById.get(state.profile) : undefined) ?? selectedLocalities[0] ?? index.localities[0];
  const view = state.view;
  const neededIds = useMemo(() => {
    if (view === 'charts' || view === 'table') return selectedLocalities.map((l) => l.id);
    if (view === 'profile' && profileLocality) return [profileLocality.id];
    return [];
  }, [view, selectedLocalities, profileLocality]);
  const observations = useLocalityObservations(neededIds);
  const selection: ComparisonSelection = {
    lookup,
    localities: selectedLocalities,
    observations: observations.byLocality,
    areaIds: state.area,
    lang,
    perCapita: state.pc,
  };
  const change = (partial: Partial<ViewState>, coalesce?: string) => update(partial, { coalesce });
  const allLocalityIds = useMemo(() => index.localities.map((l) => l.id), [index]);
  const openFigure = (observation: Observation) => {
    void figureDestination(observation, allLocalityIds).then((destination) => change(destination));
  };
  const showInSource = (observation: Observation) => (
    <ShowInSourceLink href={readerHref(observation)} lang={lang} onOpen={() => change(readerState(observation))} />
  );
  const cardActions = useCallback(
    (card: CardModel) => (
      <ChartDownloadMenu chart={() => chartExport(card, lookup)} title={pick(card.metric.label, lang)} builtAt={index.builtAt} lang={lang} />
    ),
    [lookup, lang, index.builtAt],
  );
  // A figure link without `src` opens the figure's own source, not the profile's first one.
  const readerSourceId = state.src ?? sourceIdOfFigure(state.fig) ?? profileLocality?.sourceIds[0] ?? null;
  const exportContext = { lookup, localities: selectedLocalities, areaIds: state.area, perCapita: state.pc, lang, sort: state.sort, perYearMetrics: state.py };
  const dataDownloads = (
    <DataDownloadMenu
      lookup={lookup}
      lang={lang}
      loadFiltered={async () => {
        const ids = selectedLocalities.map((l) => l.id);
        return filteredObservations(await loadObservations(ids), ids, state.area);
      }}
      loadAll={async () => [...(await loadObservations(allLocalityIds)).values()].flat()}
    />
  );

  return (
    <>
      <ControlBar
        lookup={lookup}
        selectedLocalities={selectedLocalities}
        loc={state.loc}
        area={state.area}
        lang={lang}
        perCapita={state.pc}
        onChange={(partial) => change(partial)}
      />
      <ViewTabs active={view} lang={lang} onSelect={(next) => change({ view: next })} />
      <main id="main" className="app-main" aria-busy={observations.pending}>
        {/* A view that fails to render or to load its code: an error and a retry (a reload: the URL keeps the view). */}
        <ErrorBoundary resetKey={view} fallback={(error) => <ErrorPanel error={error} lang={lang} onRetry={() => window.location.reload()} />}>
          <Suspense fallback={<p className="status-message" role="status">{t(lang, 'loading')}</p>}>
            {observations.error ? (
              <ErrorPanel error={observations.error} lang={lang} onRetry={observations.retry} />
            ) : observations.pending ? (
              <p className="status-message" role="status">
                {t(lang, 'loading')}
              </p>
            ) : view === 'overview' ? (
              <OverviewView
                lookup={lookup}
                localities={selectedLocalities}
                lang={lang}
                areaIds={state.area}
                onAreaSelect={(areaId) => change({ area: [areaId] })}
                onOpenProfile={(id) => change({ profile: id, view: 'profile' })}
              />
            ) : view === 'charts' ? (
              <ChartsView
                {...selection}
                sort={state.sort}
                focusMetricId={state.metric}
                onSortChange={(sort) => change({ sort })}
                perYearMetrics={state.py}
                onPerYearChange={(metricId, on) => change({ py: on ? [...state.py, metricId] : state.py.filter((id) => id !== metricId) })}
                sourceHref={readerHref}
                observationActions={showInSource}
                cardActions={cardActions}
                toolbarActions={
                  <>
                    <ExportAllButton
                      charts={() => exportableCharts(exportContext, observations.byLocality)}
                      readme={() => readmeFor(lookup, selectedLocalities, state.area, state.pc, lang, window.location.href)}
                      builtAt={index.builtAt}
                      lang={lang}
                    />
                    {dataDownloads}
                  </>
                }
              />
            ) : view === 'table' ? (
              <TableView
                {...selection}
                query={state.q}
                sort={state.tsort}
                hidden={state.hide}
                onChange={change}
                toolbarActions={dataDownloads}
                observationActions={showInSource}
              />
            ) : view === 'profile' && profileLocality ? (
              <ProfileView
                lookup={lookup}
                locality={profileLocality}
                observations={observations.byLocality.get(profileLocality.id) ?? []}
                lang={lang}
                perCapita={state.pc}
                onLocalityChange={(id) => change({ profile: id })}
                observationActions={showInSource}
              />
            ) : view === 'reader' ? (
              <ReaderPanel
                lookup={lookup}
                sourceId={readerSourceId}
                fig={state.fig}
                lang={lang}
                perCapita={state.pc}
                onChange={(partial) => change(partial)}
                onOpenFigure={openFigure}
              />
            ) : (
              <AboutPanel lookup={lookup} lang={lang} />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
