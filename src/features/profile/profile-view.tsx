// Locality profile: every figure of one locality by program area, unclassified ones too, each with its quote.
import { useId, useMemo, type ReactNode } from 'react';
import type { Locality, Observation, Source } from '@/schema/dataset';
import { missingFacts, publisherText } from '@/domain/citation';
import { LocalityCombobox } from '@/components/locality-combobox';
import { findLocalities } from '@/domain/locality-search';
import { QuoteText } from '@/components/quote-text';
import { periodText } from '@/domain/periods';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { figureMarks, figureValueText, untranslatedLang } from '@/domain/figure-text';
import { POPULATION_NOTE_ID, PopulationMark } from '@/components/population-footnote';
import { formatCount, formatDate, formatPopulation } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';
import { groupByArea } from './group-by-area';
// A stylesheet is imported for its effect: Vite bundles it with the feature's code.
// oxlint-disable-next-line import/no-unassigned-import
import './profile.css';

interface ProfileViewProps {
  lookup: DatasetLookup;
  locality: Locality;
  observations: readonly Observation[];
  lang: Lang;
  perCapita: boolean;
  onLocalityChange: (localityId: string) => void;
  /** Slot for per-figure links added by the app (e.g. "show in source"). */
  observationActions?: (observation: Observation) => ReactNode;
  /** Slot for per-source controls added by the app (copy citation). */
  sourceActions?: (source: Source) => ReactNode;
}

export function ProfileView({ lookup, locality, observations, lang, perCapita, onLocalityChange, observationActions, sourceActions }: ProfileViewProps) {
  const selectId = useId();
  const groups = useMemo(() => groupByArea(observations, lookup.areas), [observations, lookup]);
  return (
    <section className="view profile-view" aria-labelledby="profile-heading">
      <div className="view__toolbar">
        <h2 id="profile-heading" className="view__title">
          <span className="swatch" style={{ background: lookup.colours.get(locality.id) }} aria-hidden="true" />
          {pick(locality.name, lang)}
        </h2>
        <label className="inline-field" htmlFor={selectId}>
          {t(lang, 'profileFor')}
        </label>
        <LocalityCombobox id={selectId} value={locality} lang={lang} search={(query) => findLocalities(lookup.index.localities, query)} onChange={onLocalityChange} />
      </div>
      <p className="view__intro">
        <span className="level-badge">{pick(locality.level, lang)}</span> {locality.parent ? `${pick(locality.parent, lang)}, ` : ''}
        {pick(locality.province, lang)} · {t(lang, 'population')}{' '}
        <span aria-describedby={POPULATION_NOTE_ID} data-testid="population">
          {formatPopulation(locality.population.value, lang)}
          <PopulationMark />
        </span>
        {locality.population.note ? ` (${pick(locality.population.note, lang)})` : ''} ·{' '}
        {t(lang, 'figuresCount', { n: formatCount(observations.length, lang) })}
      </p>
      <section className="profile-sources" aria-labelledby="profile-sources-heading">
        <h3 className="area-group__title" id="profile-sources-heading">
          {t(lang, 'sources')}
        </h3>
        <ul className="profile-sources__list">
          {locality.sourceIds.flatMap((id) => lookup.sourcesById.get(id) ?? []).map((source) => (
            <li key={source.id} className="profile-source" data-source-id={source.id}>
              <p>
                <span lang="zh-CN">{source.title}</span>
                <span className="muted small">
                  {[publisherText(source, lang), source.publishedOn ? formatDate(source.publishedOn, lang) : null, missingFacts(source, lang)]
                    .filter(Boolean)
                    .map((fact) => ` · ${fact}`)
                    .join('')}
                </span>
              </p>
              {source.note ? <p className="note note--levels">{pick(source.note, lang)}</p> : null}
              {sourceActions?.(source)}
            </li>
          ))}
        </ul>
      </section>
      {groups.length === 0 ? <p className="empty-state">{t(lang, 'profileEmpty')}</p> : null}
      {groups.map((group) => (
        <section key={group.id} className="area-group" aria-labelledby={`profile-area-${group.id}`}>
          <h3 className="area-group__title" id={`profile-area-${group.id}`}>
            {group.area ? pick(group.area.label, lang) : t(lang, 'unclassified')}{' '}
            <span className="muted">({formatCount(group.observations.length, lang)})</span>
          </h3>
          <ul className="observation-list">
            {group.observations.map((observation) => {
              const metric = observation.metricId ? lookup.metricsById.get(observation.metricId) : undefined;
              return (
                <li key={observation.id} className="observation card" data-observation-id={observation.id}>
                  <p className="observation__value">
                    <span className="observation__label" lang={untranslatedLang(observation.label, lang)}>
                      {pick(observation.label, lang)}
                    </span>{' '}
                    <strong>{figureValueText(observation, metric, locality, lookup.unitLabels, lang, perCapita)}</strong>
                    {figureMarks(observation, lookup.index.populations, lang).map((mark) => (
                      <span key={mark} className={`badge${observation.kind === 'plan' ? ' badge--plan' : ''}`}>
                        {mark}
                      </span>
                    ))}
                  </p>
                  <p className="muted small">
                    {t(lang, 'originalText')}: <span lang="zh-CN">{observation.originalText}</span> · {t(lang, 'period')}: {periodText(observation.period, lang)} ·{' '}
                    {t(lang, observation.kind === 'plan' ? 'plan' : 'result')}
                  </p>
                  <QuoteText
                    quote={observation.quote}
                    figureStart={observation.figureStart - observation.quoteStart}
                    figureEnd={observation.figureEnd - observation.quoteStart}
                  />
                  {observationActions?.(observation)}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
