// "打开单图 / Open chart": a real link from a card to its chart page (opens in a new tab too), followed in place on a plain click.
// Its words are in lib/i18n: this link is on the charts view, and the page's own messages load with the page.
import { t, type Lang } from '@/lib/i18n';
// A stylesheet is imported for its effect: the link is on the charts view, which loads no chart-page code.
// oxlint-disable-next-line import/no-unassigned-import
import './open-chart-link.css';

interface OpenChartLinkProps {
  href: string;
  /** The chart's title, for the link's accessible name. */
  title: string;
  lang: Lang;
}

export function OpenChartLink({ href, title, lang }: OpenChartLinkProps) {
  return (
    <a className="button button--small open-chart-link" href={href} data-app-link="" aria-label={t(lang, 'openChartNamed', { title })}>
      <span aria-hidden="true">⤢</span> {t(lang, 'openChart')}
    </a>
  );
}
