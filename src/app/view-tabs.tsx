// Tabs for the views, as links carrying the full URL state so they can be opened or copied.
import { t, type MessageKey, type Lang } from '@/lib/i18n';
import { currentViewState, urlOf } from '@/state/view-store';
import type { View } from '@/state/url-state';

const TABS: { view: View; key: MessageKey }[] = [
  { view: 'overview', key: 'viewOverview' },
  { view: 'charts', key: 'viewCharts' },
  { view: 'rank', key: 'viewRanking' },
  { view: 'table', key: 'viewTable' },
  { view: 'compare', key: 'viewCompare' },
  { view: 'profile', key: 'viewProfile' },
  { view: 'reader', key: 'viewReader' },
  { view: 'about', key: 'viewAbout' },
];

interface ViewTabsProps {
  active: View;
  lang: Lang;
  onSelect: (view: View) => void;
}

export function ViewTabs({ active, lang, onSelect }: ViewTabsProps) {
  return (
    <nav className="view-tabs" aria-label={t(lang, 'views')}>
      {TABS.map((tab) => (
        <a
          key={tab.view}
          className="view-tabs__tab"
          href={urlOf({ ...currentViewState(), view: tab.view }) || '?'}
          aria-current={active === tab.view ? 'page' : undefined}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onSelect(tab.view);
          }}
        >
          {t(lang, tab.key)}
        </a>
      ))}
    </nav>
  );
}
