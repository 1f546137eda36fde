// Tabs for the views, as links carrying the full URL state so they can be opened or copied. Where they do not
// fit (a phone), the row scrolls sideways, fades the side that holds more, and keeps the current tab in view.
import { useEffect, useRef } from 'react';
import { useScrollEdges } from '@/components/use-scroll-edges';
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
  const row = useRef<HTMLDivElement>(null);
  useScrollEdges(row);
  useEffect(() => {
    const scroller = row.current;
    const current = scroller?.querySelector<HTMLElement>(`[data-view="${active}"]`);
    if (!scroller || !current) return;
    // Read in the next frame, when it lays the page out anyway: read in the commit, it laid out the whole new
    // page (a dashboard's first render) once more. Scrolls the row only (scrollIntoView could move the page too).
    const frame = requestAnimationFrame(() => {
      const left = current.offsetLeft - scroller.offsetLeft;
      if (left < scroller.scrollLeft) scroller.scrollLeft = left - 24;
      else if (left + current.offsetWidth > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = left + current.offsetWidth - scroller.clientWidth + 24;
    });
    return () => cancelAnimationFrame(frame);
  }, [active]);
  return (
    <nav className="view-tabs" aria-label={t(lang, 'views')}>
      <div className="view-tabs__row" ref={row} data-testid="view-tabs-row">
        {TABS.map((tab) => (
          <a
            key={tab.view}
            data-view={tab.view}
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
      </div>
    </nav>
  );
}
