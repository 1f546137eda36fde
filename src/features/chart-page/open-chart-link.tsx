// "打开单图 / Open chart": a real link from a card to its chart page (opens in a new tab too), followed in place on a plain click.
import { fillPlaceholders, pick, type Lang } from '@/lib/i18n';
import { CHART_PAGE_TEXT } from './chart-page-messages';

interface OpenChartLinkProps {
  href: string;
  /** The chart's title, for the link's accessible name. */
  title: string;
  lang: Lang;
}

export function OpenChartLink({ href, title, lang }: OpenChartLinkProps) {
  return (
    <a className="button open-chart-link" href={href} data-app-link="" aria-label={fillPlaceholders(pick(CHART_PAGE_TEXT.openChartNamed, lang), { title })}>
      <span aria-hidden="true">⤢</span> {pick(CHART_PAGE_TEXT.openChart, lang)}
    </a>
  );
}
