// The panel a table cell opens: each figure with its quoted sentence, period, kind and source.
import { useEffect, useRef, type ReactNode } from 'react';
import type { Locality, Metric, Observation } from '@/schema/dataset';
import { QuoteText } from '@/components/quote-text';
import { periodText } from '@/domain/periods';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { figureMarks, figureValueText } from '@/domain/figure-text';
import { displayQuoteRange } from '@/domain/display-quote';
import { formatDate } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';

interface CellDetailProps {
  metric: Metric;
  locality: Locality;
  observations: readonly Observation[];
  lookup: DatasetLookup;
  lang: Lang;
  perCapita: boolean;
  onClose: () => void;
  /** Slot for per-figure links added by the app (e.g. "show in source"). */
  observationActions?: (observation: Observation) => ReactNode;
}

export function CellDetail({ metric, locality, observations, lookup, lang, perCapita, onClose, observationActions }: CellDetailProps) {
  const sectionRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // Opened from a cell far down the table, the panel would sit off screen: bring it into view and
  // put the focus on its close button, so that a keyboard user is where the panel is. (The table
  // keys the panel by its cell, so another cell's panel mounts afresh and runs this again.)
  useEffect(() => {
    sectionRef.current?.scrollIntoView({ block: 'nearest' });
    closeRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section
      ref={sectionRef}
      className="card cell-detail"
      aria-labelledby="cell-detail-title"
      data-testid="cell-detail"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="card__header cell-detail__header">
        <h3 className="card__title" id="cell-detail-title">
          {pick(locality.name, lang)} · {pick(metric.label, lang)}
        </h3>
        <button ref={closeRef} type="button" className="button" onClick={onClose} aria-keyshortcuts="Escape">
          {t(lang, 'close')}
        </button>
      </header>
      <ul className="observation-list">
        {observations.map((observation) => {
          const source = lookup.sourcesById.get(observation.sourceId);
          const marks = figureMarks(observation, lookup.index.populations, lang);
          return (
            <li key={observation.id} className="observation" data-observation-id={observation.id}>
              <p className="observation__value">
                <strong>{figureValueText(observation, metric, locality, lookup.unitLabels, lang, perCapita)}</strong>
                {marks.map((mark) => (
                  <span key={mark} className="badge">
                    {mark}
                  </span>
                ))}
                <span className="muted">
                  {' '}
                  {t(lang, 'originalText')}: {observation.originalText} · {periodText(observation.period, lang)}
                </span>
              </p>
              <DisplayedQuote observation={observation} />
              {source ? (
                <p className="muted small">
                  {t(lang, 'source')}: <span lang="zh-CN">{source.title}</span>
                  {source.publisher ? ` · ${source.publisher}` : ''}
                  {source.publishedOn ? ` · ${formatDate(source.publishedOn, lang)}` : ''}
                </p>
              ) : null}
              {observationActions?.(observation)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The quote with capture artefacts (whitespace between Chinese characters) tidied for reading. */
function DisplayedQuote({ observation }: { observation: Observation }) {
  const shown = displayQuoteRange(observation.quote, observation.figureStart - observation.quoteStart, observation.figureEnd - observation.quoteStart);
  return <QuoteText quote={shown.text} figureStart={shown.start} figureEnd={shown.end} />;
}
