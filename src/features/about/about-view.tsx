// About: data origin, extraction method, qualifier meanings, caveats, coverage and the build date.
import type { CoverageFile } from '@/schema/dataset';
import { formatCount, formatDate, qualifierPattern } from '@/lib/format';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { periodText } from '@/domain/periods';
import { pick, t, type Lang } from '@/lib/i18n';
import { ABOUT_SECTIONS, QUALIFIER_MEANINGS } from './about-text';
import { COVERAGE_ROWS_SHOWN, CoverageTable } from './coverage-table';
import { ShowAllToggle, useShowAll } from '@/components/show-all-toggle';
// A stylesheet is imported for its effect: Vite bundles it with the feature's code.
// oxlint-disable-next-line import/no-unassigned-import
import './about.css';

interface AboutViewProps {
  lookup: DatasetLookup;
  lang: Lang;
  /** The coverage file, loaded by the app (features do not load each other's data). */
  coverage: {
    state: { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; data: CoverageFile };
    retry: () => void;
  };
}

export function AboutView({ lookup, lang, coverage }: AboutViewProps) {
  const builtAt = lookup.index.builtAt;
  const sources = useShowAll(lookup.index.sources, COVERAGE_ROWS_SHOWN);
  return (
    <section className="view about-view" aria-labelledby="about-heading">
      <h2 id="about-heading" className="view__title">
        {t(lang, 'viewAbout')}
      </h2>
      <p className="view__intro" data-testid="built-at">
        {t(lang, 'builtAt')}: <time dateTime={builtAt}>{formatDate(builtAt.slice(0, 10), lang)}</time> ({builtAt})
      </p>
      {ABOUT_SECTIONS.map((section) => (
        <section key={section.id} className="about-section">
          <h3>{pick(section.title, lang)}</h3>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.zh}>{pick(paragraph, lang)}</p>
          ))}
          {section.id === 'origin' ? (
            <ul className="source-list">
              {sources.shown.map((source) => {
                const locality = lookup.localitiesById.get(source.localityId);
                return (
                  <li key={source.id}>
                    <strong>{locality ? pick(locality.name, lang) : source.localityId}</strong>: <span lang="zh-CN">{source.title}</span>
                    <span className="muted">
                      {' · '}
                      {[
                        source.publisher,
                        source.authors.join(lang === 'zh' ? '、' : ', ') || null,
                        source.publishedOn ? formatDate(source.publishedOn, lang) : null,
                        `${t(lang, 'period')}: ${periodText(source.period, lang)}`,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    {source.note ? <span className="note note--levels">{pick(source.note, lang)}</span> : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
          {section.id === 'origin' && sources.long ? (
            <ShowAllToggle total={lookup.index.sources.length} limit={COVERAGE_ROWS_SHOWN} all={sources.all} onToggle={sources.toggle} noun={{ zh: '篇来源', en: 'sources' }} lang={lang} />
          ) : null}
          {section.id === 'method' ? (
            <table className="plain-table">
              <caption>{lang === 'zh' ? '限定词的含义' : 'What the qualifiers mean'}</caption>
              <thead>
                <tr>
                  <th scope="col">{lang === 'zh' ? '原文用词' : 'Words in the text'}</th>
                  <th scope="col">{lang === 'zh' ? '显示为' : 'Shown as'}</th>
                  <th scope="col">{lang === 'zh' ? '含义' : 'Meaning'}</th>
                </tr>
              </thead>
              <tbody>
                {QUALIFIER_MEANINGS.map((entry) => (
                  <tr key={entry.qualifier}>
                    <td lang="zh-CN">{entry.words}</td>
                    <td>{qualifierPattern(entry.qualifier, lang)}</td>
                    <td>{pick(entry.meaning, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
      <section className="about-section">
        <h3>{lang === 'zh' ? '提取覆盖情况' : 'Extraction coverage'}</h3>
        {coverage.state.status === 'ready' ? (
          <CoverageTable coverage={coverage.state.data} lookup={lookup} lang={lang} />
        ) : coverage.state.status === 'error' ? (
          <p role="alert">
            {t(lang, 'loadError')}: {coverage.state.error.message}{' '}
            <button type="button" className="button" onClick={coverage.retry}>
              {t(lang, 'retry')}
            </button>
          </p>
        ) : (
          <p role="status">{t(lang, 'loading')}</p>
        )}
        <p className="muted small">
          {lang === 'zh'
            ? `共 ${formatCount(lookup.index.metrics.length, lang)} 个指标，${formatCount(lookup.index.programAreas.length, lang)} 个工作领域。`
            : `${formatCount(lookup.index.metrics.length, lang)} metrics in ${formatCount(lookup.index.programAreas.length, lang)} program areas.`}
        </p>
      </section>
    </section>
  );
}
