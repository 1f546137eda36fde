// Combines the features: derives the selection from the URL state, loads what the view needs, renders it.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { IndexFile } from '@/schema/dataset';
import { buildLookup } from '@/lib/dataset-lookup';
import { t } from '@/lib/i18n';
import { useViewStore } from '@/lib/view-store';
import type { ViewState } from '@/lib/url-state';
import { useLocalityObservations } from '@/features/data-loading/use-data';
import { ErrorPanel } from '@/features/data-loading/error-panel';
import { OverviewView } from '@/features/overview/overview-view';
import { ChartsView } from '@/features/charts/charts-view';
import { TableView } from '@/features/table/table-view';
import { ProfileView } from '@/features/profile/profile-view';
import { AboutView } from '@/features/about/about-view';
import { ControlBar } from '@/app/control-bar';
import { ViewTabs } from '@/app/view-tabs';

export function Dashboard({ index }: { index: IndexFile }) {
  const lookup = useMemo(() => buildLookup(index), [index]);
  const state = useViewStore(
    useShallow((s) => ({
      view: s.view, loc: s.loc, area: s.area, lang: s.lang, pc: s.pc, profile: s.profile,
      metric: s.metric, q: s.q, sort: s.sort, tsort: s.tsort, hide: s.hide,
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
  const view = state.view === 'reader' ? 'overview' : state.view;
  const neededIds = useMemo(() => {
    if (view === 'charts' || view === 'table') return selectedLocalities.map((l) => l.id);
    if (view === 'profile' && profileLocality) return [profileLocality.id];
    return [];
  }, [view, selectedLocalities, profileLocality]);
  const observations = useLocalityObservations(neededIds);
  const change = (partial: Partial<ViewState>, coalesce?: string) => update(partial, { coalesce });

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
            lookup={lookup}
            localities={selectedLocalities}
            observations={observations.byLocality}
            areaIds={state.area}
            lang={lang}
            perCapita={state.pc}
            sort={state.sort}
            focusMetricId={state.metric}
            onSortChange={(sort) => change({ sort })}
          />
        ) : view === 'table' ? (
          <TableView
            lookup={lookup}
            localities={selectedLocalities}
            observations={observations.byLocality}
            areaIds={state.area}
            lang={lang}
            perCapita={state.pc}
            query={state.q}
            sort={state.tsort}
            hidden={state.hide}
            onChange={change}
          />
        ) : view === 'profile' && profileLocality ? (
          <ProfileView
            lookup={lookup}
            locality={profileLocality}
            observations={observations.byLocality.get(profileLocality.id) ?? []}
            lang={lang}
            perCapita={state.pc}
            onLocalityChange={(id) => change({ profile: id })}
          />
        ) : (
          <AboutView lookup={lookup} lang={lang} />
        )}
      </main>
    </>
  );
}
