// The app: loads the index, then shows the header, the control bar, the view tabs and the chosen view.
import { useEffect } from 'react';
import type { IndexFile } from '@/schema/dataset';
import { t, type Lang } from '@/lib/i18n';
import { restoreView, setKnownLocalities, useLang, useViewStore } from '@/state/view-store';
import { useIndex } from '@/data/use-data';
import { ErrorPanel } from '@/data/error-panel';
import { Dashboard } from '@/app/dashboard';
import { reconciledViewState, requestFirstView } from '@/app/first-view';
import { appTitle, useDocumentLang, useDocumentTitle } from '@/app/document-title';
import { ErrorBoundary } from '@/components/error-boundary';
import { LoadingMessage } from '@/components/loading-message';

export function App() {
  const lang = useLang();
  // Framed by another site (embed=1 on the chart page): the chart alone; app.css hides the site's header.
  const embed = useViewStore((state) => state.embed && state.view === 'chart');
  const { state, retry } = useIndex(requestFirstView);

  // The chart page names its tab after its chart (see chart-page-view); every other view, after the app.
  const chartPage = useViewStore((view) => view.view === 'chart');
  useDocumentTitle(chartPage ? null : appTitle(lang));
  // Once the dashboard is in, it sets the page's language when its view has caught up (see dashboard.tsx).
  useDocumentLang(state.status === 'ready' ? null : lang);

  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      {/* The link moves the focus itself: <main> is not focusable by default, and "#main" in the URL is not view state. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          const main = document.getElementById('main');
          if (!main) return;
          event.preventDefault();
          main.focus();
        }}
      >
        {t(lang, 'skipToContent')}
      </a>
      <header className="app-header">
        <h1 className="app-header__title">
          <span lang="zh-CN">工会工作对比看板</span>
          <span className="app-header__title-en" lang="en">
            Union Work Comparison
          </span>
        </h1>
        <p className="app-header__subtitle">{t(lang, 'appSubtitle')}</p>
      </header>
      {state.status === 'loading' ? (
        <LoadingMessage lang={lang} />
      ) : state.status === 'error' ? (
        <main id="main" className="app-main" tabIndex={-1}>
          <ErrorPanel error={state.error} lang={lang} onRetry={retry} />
        </main>
      ) : (
        <ErrorBoundary
          resetKey="dashboard"
          fallback={(error) => <DashboardError error={error} lang={lang} />}
        >
          <ReconciledDashboard index={state.data} />
        </ErrorBoundary>
      )}
    </div>
  );
}

/** The dashboard failed: its error, and the page's language follows the control again (the dashboard set it). */
function DashboardError({ error, lang }: { error: Error; lang: Lang }) {
  useDocumentLang(lang);
  return (
    <main id="main" className="app-main" tabIndex={-1}>
      <ErrorPanel error={error} lang={lang} onRetry={() => window.location.reload()} />
    </main>
  );
}

/** Drops ids from the URL that the dataset does not know, once, before the first render of the views. */
function ReconciledDashboard({ index }: { index: IndexFile }) {
  useEffect(() => {
    setKnownLocalities(index.localities.map((l) => l.id));
    restoreView(reconciledViewState(index), { rewriteUrl: true });
  }, [index]);
  return <Dashboard index={index} />;
}
