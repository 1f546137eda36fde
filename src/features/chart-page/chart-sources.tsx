// The chart's sources, each once: locality, article title, publisher and date as stated, a link to read it.
import type { ReactNode } from 'react';
import type { Locality, Source } from '@/schema/dataset';
import { pick, type Lang } from '@/lib/i18n';
import { CHART_PAGE_TEXT } from './chart-page-messages';

interface ChartSourcesProps {
  sources: readonly Source[];
  localitiesById: ReadonlyMap<string, Locality>;
  lang: Lang;
  /** Where "read the article" leads (the source reader); no link without it. */
  sourceHref?: (source: Source) => string;
  /** Links open a new window (the embed: the frame keeps the chart). */
  newWindow?: boolean;
  /** Slot for per-source controls: "copy citation" (issue 12, item 2) goes here. */
  sourceActions?: (source: Source) => ReactNode;
}

/** "发布者，2023-01-05", or says once that neither is stated. */
function facts(source: Source, lang: Lang): string {
  const known = [source.publisher, source.publishedOn].filter((fact): fact is string => Boolean(fact));
  if (known.length > 0) return known.join(lang === 'zh' ? '，' : ', ');
  return `${pick(CHART_PAGE_TEXT.publisherNotStated, lang)}${lang === 'zh' ? '，' : ', '}${pick(CHART_PAGE_TEXT.dateNotStated, lang)}`;
}

export function ChartSources({ sources, localitiesById, lang, sourceHref, newWindow = false, sourceActions }: ChartSourcesProps) {
  if (sources.length === 0) return null;
  const zh = lang === 'zh';
  return (
    <section className="chart-sources" aria-label={pick(CHART_PAGE_TEXT.sourcesTitle, lang)} data-testid="chart-sources">
      <h3 className="chart-sources__title">{pick(CHART_PAGE_TEXT.sourcesTitle, lang)}</h3>
      <ol className="source-list">
        {sources.map((source) => {
          const locality = localitiesById.get(source.localityId);
          const place = locality ? pick(locality.shortName, lang) : source.localityId;
          return (
            <li key={source.id} data-source-id={source.id}>
              {place}
              {zh ? '：' : ': '}
              <cite lang="zh-CN">{zh ? `《${source.title}》` : `“${source.title}”`}</cite>
              {zh ? '，' : ', '}
              {facts(source, lang)}
              {sourceHref ? (
                <>
                  {' '}
                  <a className="chart-sources__link" href={sourceHref(source)} {...(newWindow ? { target: '_blank', rel: 'noopener' } : { 'data-app-link': '' })}>
                    {pick(CHART_PAGE_TEXT.openInReader, lang)}
                    {newWindow ? <span className="visually-hidden">{pick(CHART_PAGE_TEXT.newWindow, lang)}</span> : null}
                  </a>
                </>
              ) : null}
              {sourceActions ? <span className="chart-sources__actions">{sourceActions(source)}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
