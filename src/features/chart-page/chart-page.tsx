// The page of one chart: a way back, the localities it shows, the chart at full width with its groups, notes and
// figures, then its sources. The app fills the slots (controls, card, sources) from the other features.
import type { ReactNode } from 'react';
import { pick, t, type Lang } from '@/lib/i18n';
import { CHART_PAGE_TEXT } from './chart-page-messages';
// A stylesheet is imported for its effect: Vite bundles it with the page.
// oxlint-disable-next-line import/no-unassigned-import
import './chart-page.css';

/** Why the chart cannot compare: nobody selected, nobody reports it, or only one locality does. */
export type ChartNotice = 'none-selected' | 'none-report' | 'one-reports' | null;

interface ChartPageProps {
  lang: Lang;
  /** The metric's name, the page's heading. */
  metricLabel: string;
  /** The charts view, with the same selection. */
  chartsHref: string;
  /** The locality chips, language and per capita. */
  /** The same metric ranked across every locality. */
  rankingHref: string;
  controls: ReactNode;
  notice: ChartNotice;
  /** The chart card; null when there is nothing to draw. */
  card: ReactNode;
  sources: ReactNode;
}

/** The notice in words. */
export function noticeText(notice: Exclude<ChartNotice, null>, lang: Lang): string {
  if (notice === 'none-selected') return t(lang, 'noLocalitySelected');
  return pick(notice === 'none-report' ? CHART_PAGE_TEXT.noneReport : CHART_PAGE_TEXT.oneReports, lang);
}

export function ChartPage({ lang, metricLabel, chartsHref, rankingHref, controls, notice, card, sources }: ChartPageProps) {
  return (
    <section className="view chart-page" aria-labelledby="chart-page-heading">
      <div className="view__toolbar chart-page__toolbar">
        <a className="chart-page__back" href={chartsHref} data-app-link="">
          <span aria-hidden="true">← </span>
          {pick(CHART_PAGE_TEXT.backToCharts, lang)}
        </a>
        <h2 id="chart-page-heading" className="view__title">
          <span className="chart-page__kind">{pick(CHART_PAGE_TEXT.heading, lang)}</span> {metricLabel}
        </h2>
        <a className="chart-page__ranking" href={rankingHref} data-app-link="" data-testid="chart-page-ranking">
          {pick(CHART_PAGE_TEXT.ranking, lang)}
          <span aria-hidden="true"> →</span>
        </a>
      </div>
      <div className="chart-page__controls" role="group" aria-label={pick(CHART_PAGE_TEXT.chooseLocalities, lang)}>
        {controls}
      </div>
      {notice ? (
        <p className={notice === 'one-reports' ? 'chart-page__hint' : 'empty-state'} data-testid="chart-page-notice">
          {noticeText(notice, lang)}
        </p>
      ) : null}
      {card}
      {sources}
    </section>
  );
}
