// Composition only: the control bar, the tabs and the chosen view from the registry, with loading and errors.
import { Suspense, useMemo } from 'react';
import type { IndexFile } from '@/schema/dataset';
import { ErrorPanel } from '@/data/error-panel';
import { ControlBar } from '@/app/control-bar';
import { useDashboard } from '@/app/use-dashboard';
import { useDocumentLang } from '@/app/document-title';
import { useStickyScrollPadding } from '@/app/use-sticky-scroll-padding';
import { ViewTabs } from '@/app/view-tabs';
import { VIEWS } from '@/app/views';
import { ErrorBoundary } from '@/components/error-boundary';
import { useValueAfterPaint } from '@/components/use-value-after-paint';
import { LoadingMessage } from '@/components/loading-message';
import { PopulationFootnote } from '@/components/population-footnote';
import { populationCitations } from '@/domain/per-capita';
import type { DashboardContext } from '@/app/use-dashboard';

/** The localities whose populations the view shows (overview cards, the profile, per-capita figures): their census is the page's footnote. */
function populationsShown({ state, selectedLocalities, profileLocality }: DashboardContext) {
  if (state.view === 'overview') return selectedLocalities;
  if (state.view === 'profile') return profileLocality ? [profileLocality] : [];
  if (state.view === 'charts' || state.view === 'table') return state.perCapita ? selectedLocalities : [];
  return [];
}

export function Dashboard({ index }: { index: IndexFile }) {
  const context = useDashboard(index);
  const { state, change, lookup, selectedLocalities } = context;
  // The chart page has its own locality chips (an area filter means nothing for one chart); its embed mode
  // shows no controls and no tabs at all.
  const embed = state.view === 'chart' && state.embed;
  // The controls answer a click at once, in a frame of their own; the view re-renders from a copy of the context
  // that follows after that frame is painted, in the background (React yields to the next click or paint), dimmed
  // while it catches up. What replaces a loading message (the first figures) is rendered at once: there is nothing
  // older worth showing.
  const deferred = useValueAfterPaint(context);
  const shown = deferred.observations.pending ? context : deferred;
  const updating = shown !== context;
  useStickyScrollPadding(updating);
  const { observations } = shown;
  const { lang, view } = shown.state;
  useDocumentLang(lang);
  const loading = <LoadingMessage lang={lang} />;
  // One element per shown context: while the view is behind (a click's urgent render), React sees the same
  // element and skips the whole view instead of re-rendering it with the old context.
  const viewElement = useMemo(() => VIEWS[view](shown), [view, shown]);
  return (
    <>
      {state.view === 'chart' ? null : (
        <ControlBar
          lookup={lookup}
          selectedLocalities={selectedLocalities}
          localityIds={state.localityIds}
          areaIds={state.areaIds}
          lang={state.lang}
          perCapita={state.perCapita}
          onChange={(partial) => change(partial)}
        />
      )}
      {embed ? null : <ViewTabs active={state.view === 'chart' ? 'charts' : state.view} lang={state.lang} onSelect={(next) => change({ view: next })} />}
      {/* aria-busy and data-ready tell readers and tests when the view has what it needs. */}
      <main
        id="main"
        className={`app-main${embed ? ' app-main--embed' : ''}${updating ? ' app-main--updating' : ''}`}
        tabIndex={-1}
        aria-busy={observations.pending || updating}
        data-ready={!observations.pending && !updating}
      >
        {/* A view that fails to render or to load its code: an error and a retry (a reload: the URL keeps the view). */}
        <ErrorBoundary resetKey={view} fallback={(error) => <ErrorPanel error={error} lang={lang} onRetry={() => window.location.reload()} />}>
          <Suspense fallback={loading}>
            {observations.error ? (
              <ErrorPanel error={observations.error} lang={lang} onRetry={observations.retry} />
            ) : observations.pending ? (
              loading
            ) : (
              viewElement
            )}
          </Suspense>
        </ErrorBoundary>
        {observations.pending || observations.error ? null : <PopulationFootnote citations={populationCitations(populationsShown(shown), lang)} lang={lang} />}
      </main>
    </>
  );
}
