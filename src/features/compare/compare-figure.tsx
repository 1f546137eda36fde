// One figure in the comparison: value with qualifier and unit, period and what tells it apart, its sentence a
// click away (inline), and the app's per-figure links (show in source).
import type { ReactNode } from 'react';
import type { Observation } from '@/schema/dataset';
import { QuoteText } from '@/components/quote-text';
import type { CompareFigure } from '@/domain/compare-model';
import { pick, type Lang } from '@/lib/i18n';
import { COMPARE_TEXT } from './compare-text';

interface CompareFigureProps {
  figure: CompareFigure;
  lang: Lang;
  observationActions?: (observation: Observation) => ReactNode;
  /** Shown before the value: the place's name (figures set apart) or 其中 (parts). */
  prefix?: string;
  /** Shown after the period: why the figure is set apart. */
  reason?: string;
}

export function CompareFigureItem({ figure, lang, observationActions, prefix, reason }: CompareFigureProps) {
  const { observation } = figure;
  return (
    <div className="compare-figure" data-observation-id={observation.id}>
      <p className="compare-figure__line">
        {prefix ? <span className="compare-figure__prefix">{prefix} </span> : null}
        <strong className="compare-figure__value">{figure.valueLabel}</strong>
        <span className="muted">
          {' · '}
          {figure.periodLabel}
          {figure.distinction ? ` · ${figure.distinction}` : ''}
          {reason ? ` — ${reason}` : ''}
        </span>
      </p>
      {figure.parts.map((part) => (
        <CompareFigureItem key={part.observation.id} figure={part} lang={lang} observationActions={observationActions} prefix={pick(COMPARE_TEXT.ofWhich, lang)} />
      ))}
      <div className="compare-figure__links">
        <details className="compare-figure__quote">
          <summary>{pick(COMPARE_TEXT.sentence, lang)}</summary>
          <QuoteText quote={observation.quote} figureStart={observation.figureStart - observation.quoteStart} figureEnd={observation.figureEnd - observation.quoteStart} />
        </details>
        {observationActions ? <span className="compare-figure__actions">{observationActions(observation)}</span> : null}
      </div>
    </div>
  );
}
