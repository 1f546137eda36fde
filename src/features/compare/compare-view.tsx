// Two places side by side: pick A and B (or swap them), then every metric either reports, by program area.
import { useId, useMemo, type ReactNode } from 'react';
import type { Locality, Observation } from '@/schema/dataset';
import { LocalityCombobox } from '@/components/locality-combobox';
import { findLocalities } from '@/domain/locality-search';
import type { DatasetLookup } from '@/data/dataset-lookup';
import type { ObservationsByLocality } from '@/domain/comparison';
import { buildComparison } from '@/domain/compare-model';
import { formatCount } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';
import { CompareRowItem } from './compare-row';
import { COMPARE_TEXT } from './compare-text';
// A stylesheet is imported for its effect: Vite bundles it with the feature's code.
// oxlint-disable-next-line import/no-unassigned-import
import './compare.css';

interface CompareViewProps {
  lookup: DatasetLookup;
  a: Locality;
  b: Locality;
  observations: ObservationsByLocality;
  lang: Lang;
  perCapita: boolean;
  areaIds: readonly string[] | null;
  onPlacesChange: (places: { a: string; b: string }) => void;
  /** Slot for per-figure links added by the app (show in source). */
  observationActions?: (observation: Observation) => ReactNode;
}

function PlacePicker({ label, value, lookup, lang, onChange }: { label: string; value: Locality; lookup: DatasetLookup; lang: Lang; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <div className="compare-picker">
      <label className="inline-field" htmlFor={id}>
        {label}
      </label>
      <LocalityCombobox id={id} value={value} lang={lang} search={(query) => findLocalities(lookup.index.localities, query)} onChange={onChange} />
    </div>
  );
}

export function CompareView({ lookup, a, b, observations, lang, perCapita, areaIds, onPlacesChange, observationActions }: CompareViewProps) {
  const same = a.id === b.id;
  const model = useMemo(
    () => (same ? null : buildComparison({ a, b, observations, lookup, lang, perCapita, areaIds })),
    [same, a, b, observations, lookup, lang, perCapita, areaIds],
  );
  return (
    <section className="view compare-view" aria-labelledby="compare-heading" data-testid="compare-view">
      <div className="view__toolbar">
        <h2 id="compare-heading" className="view__title">
          {pick(COMPARE_TEXT.title, lang)}
        </h2>
      </div>
      <p className="view__intro">{pick(COMPARE_TEXT.intro, lang)}</p>
      <div className="compare-pickers card">
        <PlacePicker label={pick(COMPARE_TEXT.placeA, lang)} value={a} lookup={lookup} lang={lang} onChange={(id) => onPlacesChange({ a: id, b: b.id })} />
        <button type="button" className="button compare-swap" aria-label={pick(COMPARE_TEXT.swapLabel, lang)} onClick={() => onPlacesChange({ a: b.id, b: a.id })}>
          <span aria-hidden="true">⇄ </span>
          {pick(COMPARE_TEXT.swap, lang)}
        </button>
        <PlacePicker label={pick(COMPARE_TEXT.placeB, lang)} value={b} lookup={lookup} lang={lang} onChange={(id) => onPlacesChange({ a: a.id, b: id })} />
      </div>
      {model === null ? (
        <p className="empty-state" role="status">
          {pick(COMPARE_TEXT.samePlace, lang)}
        </p>
      ) : (
        <>
          <div className="compare-notes">
            {model.levelNote ? <p className="note note--levels">{model.levelNote}</p> : null}
            <p className="compare-population">{model.populationNote}</p>
          </div>
          {model.sections.length === 0 ? <p className="empty-state">{pick(COMPARE_TEXT.nothing, lang)}</p> : null}
          {model.sections.map((section) => (
            <section key={section.kind} className={`compare-section compare-section--${section.kind}`} aria-labelledby={`compare-${section.kind}`} data-section={section.kind}>
              <h3 className="compare-section__title" id={`compare-${section.kind}`}>
                {section.title} <span className="muted">({formatCount(section.count, lang)})</span>
              </h3>
              {section.areas.map(({ area, rows }) => (
                <section key={area.id} className="compare-area" aria-labelledby={`compare-${section.kind}-${area.id}`} data-area={area.id}>
                  <h4 className="area-group__title" id={`compare-${section.kind}-${area.id}`}>
                    {pick(area.label, lang)}
                  </h4>
                  {rows.map((row) => (
                    <CompareRowItem key={row.metric.id} row={row} a={a} b={b} lookup={lookup} lang={lang} observationActions={observationActions} />
                  ))}
                </section>
              ))}
            </section>
          ))}
          {model.unclassifiedNote ? <p className="muted small">{model.unclassifiedNote}</p> : null}
        </>
      )}
    </section>
  );
}
