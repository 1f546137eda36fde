// A short card per locality: level, parent, population, sources and their period, figures reported.
import { UNCLASSIFIED_AREA, type Locality } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { periodText } from '@/domain/periods';
import { POPULATION_NOTE_ID, PopulationMark } from '@/components/population-footnote';
import { formatCount, formatDate, formatPopulation } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';

interface LocalityCardProps {
  locality: Locality;
  lookup: DatasetLookup;
  lang: Lang;
  onOpenProfile: (localityId: string) => void;
}

export function LocalityCard({ locality, lookup, lang, onOpenProfile }: LocalityCardProps) {
  const total = Object.values(locality.figureCounts).reduce((sum, n) => sum + n, 0);
  const sources = locality.sourceIds.map((id) => lookup.sourcesById.get(id)).filter((s) => s !== undefined);
  const parent = locality.parent ? `${pick(locality.parent, lang)}, ` : '';
  return (
    <article className="card locality-card" data-testid={`locality-card-${locality.id}`} aria-labelledby={`locality-${locality.id}`}>
      <header className="card__header">
        <h4 className="card__title" id={`locality-${locality.id}`}>
          <span className="swatch" style={{ background: lookup.colours.get(locality.id) }} aria-hidden="true" />
          {pick(locality.name, lang)}
        </h4>
        <p className="card__meta">
          <span className="level-badge">{pick(locality.level, lang)}</span> {parent}
          {pick(locality.province, lang)}
        </p>
      </header>
      <dl className="facts">
        <dt>{t(lang, 'population')}</dt>
        <dd aria-describedby={POPULATION_NOTE_ID} data-testid="population">
          {formatPopulation(locality.population.value, lang)}
          <PopulationMark />
        </dd>
        <dt>{t(lang, 'figuresReported')}</dt>
        <dd>
          {t(lang, 'figuresCount', { n: formatCount(total, lang) })}
          {(locality.figureCounts[UNCLASSIFIED_AREA] ?? 0) > 0 ? (
            <span className="muted small">
              {' '}
              ({t(lang, 'unclassified')} {formatCount(locality.figureCounts[UNCLASSIFIED_AREA] ?? 0, lang)})
            </span>
          ) : null}
        </dd>
        <dt>{t(lang, 'sources')}</dt>
        <dd>
          <ul className="source-list">
            {sources.map((source) => (
              <li key={source.id}>
                <span lang="zh-CN">{source.title}</span>
                <span className="muted small">
                  {' · '}
                  {[source.publisher, source.publishedOn ? formatDate(source.publishedOn, lang) : null]
                    .filter(Boolean)
                    .join(' · ')}
                  {source.publisher || source.publishedOn ? ' · ' : ''}
                  {t(lang, 'period')}: {periodText(source.period, lang)}
                </span>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <button type="button" className="button" onClick={() => onOpenProfile(locality.id)}>
        {t(lang, 'openProfile')}
      </button>
    </article>
  );
}
