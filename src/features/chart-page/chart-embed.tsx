// The embed mode: the chart, its notes and sources, and a link back to the full page; no controls, no tabs.
import type { ReactNode } from 'react';
import { pick, type Lang } from '@/lib/i18n';
import { CHART_PAGE_TEXT } from './chart-page-messages';
// oxlint-disable-next-line import/no-unassigned-import
import './chart-page.css';

interface ChartEmbedProps {
  lang: Lang;
  /** The chart card (drawn without its figure list or buttons). */
  card: ReactNode;
  sources: ReactNode;
  /** The full chart page (absolute URL), opened in a new window. */
  fullUrl: string;
}

export function ChartEmbed({ lang, card, sources, fullUrl }: ChartEmbedProps) {
  return (
    <div className="chart-embed">
      {card}
      {sources}
      <p className="chart-embed__back">
        <a href={fullUrl} target="_blank" rel="noopener" data-testid="embed-back-link">
          {pick(CHART_PAGE_TEXT.openFull, lang)} <span aria-hidden="true">↗</span>
          <span className="visually-hidden">{pick(CHART_PAGE_TEXT.newWindow, lang)}</span>
        </a>
      </p>
    </div>
  );
}

/** The embed's heading: the title (the frame's only heading) and the subtitle. */
export function EmbedHeading({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <>
      <h1 className="chart-embed__title">{title}</h1>
      <p className="card__meta">{subtitle}</p>
    </>
  );
}
