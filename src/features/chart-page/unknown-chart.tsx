// A chart link whose metric the data does not know (or that names none): says so, with a way to every chart.
import { fillPlaceholders, pick, type Lang } from '@/lib/i18n';
import { CHART_PAGE_TEXT } from './chart-page-messages';

interface UnknownChartProps {
  metricId: string | null;
  lang: Lang;
  chartsHref: string;
  /** In an embed the link opens a new window. */
  newWindow?: boolean;
}

export function UnknownChart({ metricId, lang, chartsHref, newWindow = false }: UnknownChartProps) {
  const message = metricId === null ? pick(CHART_PAGE_TEXT.noMetric, lang) : fillPlaceholders(pick(CHART_PAGE_TEXT.unknownMetric, lang), { id: metricId });
  return (
    <section className="view chart-page" aria-labelledby="chart-page-heading">
      <h2 id="chart-page-heading" className="view__title">
        {pick(CHART_PAGE_TEXT.heading, lang)}
      </h2>
      <div className="empty-state" role="alert" data-testid="unknown-chart">
        <p>{message}</p>
        <a href={chartsHref} {...(newWindow ? { target: '_blank', rel: 'noopener' } : { 'data-app-link': '' })}>
          {pick(CHART_PAGE_TEXT.seeAllCharts, lang)} →
        </a>
      </div>
    </section>
  );
}
