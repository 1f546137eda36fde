// One chart card, drawn from its card model: verdict, one caveat line, a chart per comparable group, the
// figures that are not directly comparable with their reasons and quotes, and who did not report.
import { useMemo, type ReactNode } from 'react';
import type { Observation } from '@/schema/dataset';
import { EChart } from '@/components/echart';
import { POPULATION_NOTE_ID, PopulationMark } from '@/components/population-footnote';
import { useMediaQuery } from '@/components/use-media-query';
import type { CardModel } from '@/domain/card-model';
import { cardText, markText } from '@/domain/card-messages';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { cardChartOption, type SourceHref } from './card-option';
import { FigureList } from './figure-list';
import { useElementWidth } from './use-element-width';
// A stylesheet is imported for its effect: Vite bundles it with the charts chunk.
// oxlint-disable-next-line import/no-unassigned-import
import './charts.css';

interface MetricChartCardProps {
  model: CardModel;
  lookup: DatasetLookup;
  highlighted: boolean;
  /** Slot for controls the app adds to the card header (the download menu). */
  actions?: ReactNode;
  /** Where each tooltip's "show in source" link leads; no link without it. */
  sourceHref?: SourceHref;
  /** Per-figure controls in the figure list and the list of figures set apart (e.g. "show in source"). */
  observationActions?: (observation: Observation) => ReactNode;
  /** Switches the card's multi-year figures to per year, where the card offers it. */
  onPerYearChange?: (on: boolean) => void;
  /** Replaces the title and subtitle in the header (the chart page's editable fields, the embed's heading). */
  heading?: ReactNode;
  /** The figure list: folded (a card among many), open (the chart page) or left out (an embed). */
  figures?: 'folded' | 'open' | 'none';
  /** Makes each quote in the figure list a link (into the source reader). */
  quoteHref?: (observation: Observation) => string;
  /** Cards of one grid, all as wide: they share the measured chart width (see useElementWidth). */
  widthGroup?: string;
  /** The view's first card: its chart is drawn as soon as its width is measured, not when an observer reports it near. */
  first?: boolean;
}

export function MetricChartCard(props: MetricChartCardProps) {
  const { model, lookup, highlighted, actions, sourceHref, observationActions, onPerYearChange, heading, figures = 'folded', quoteHref, widthGroup, first = false } = props;
  const { metric, lang } = model;
  const compact = useMediaQuery('(max-width: 600px)');
  const [chartBox, width, measured] = useElementWidth<HTMLDivElement>(compact ? 340 : 600, widthGroup);
  const chart = useMemo(() => cardChartOption(model, lookup, { width, compact, sourceHref }), [model, lookup, width, compact, sourceHref]);
  return (
    <article
      className={`card chart-card${highlighted ? ' card--highlighted' : ''}`}
      id={`metric-${metric.id}`}
      data-testid={`chart-${metric.id}`}
      data-verdict={model.verdict.kind}
      aria-labelledby={heading ? undefined : `metric-title-${metric.id}`}
      aria-label={heading ? model.title : undefined}
    >
      <header className="card__header">
        {heading ?? (
          <>
            <h4 className="card__title" id={`metric-title-${metric.id}`}>
              {model.title}
            </h4>
            <p className="card__meta">{model.subtitle}</p>
          </>
        )}
        {actions || (model.perYearOffered && onPerYearChange) ? (
          <div className="card__actions">
            {model.perYearOffered && onPerYearChange ? (
              <button
                type="button"
                className="button"
                aria-pressed={model.perYear}
                title={cardText(lang, 'perYearHint')}
                onClick={() => onPerYearChange(!model.perYear)}
              >
                {cardText(lang, 'perYear')}
              </button>
            ) : null}
            {actions}
          </div>
        ) : null}
      </header>
      <p className="card-verdict" data-testid="card-verdict">
        <strong className={`verdict-word verdict-word--${model.verdict.kind}`}>{model.verdict.word}</strong> <span>{model.verdict.reason}</span>
      </p>
      {model.caveats.length > 0 ? (
        <p className="card-caveats" data-testid="card-caveats">
          {model.caveats.map((caveat) => (
            <span key={caveat.mark} className="card-caveat" data-caveat={caveat.kind}>
              <span className="card-mark">{markText(caveat.mark)}</span> {caveat.text}
            </span>
          ))}
        </p>
      ) : null}
      <div ref={chartBox}>
        <EChart option={chart.option} width={width} height={chart.height} label={model.title} eager={first && measured} />
      </div>
      {model.outside.length > 0 ? (
        <section className="card-outside" aria-label={cardText(lang, 'outsideTitle')}>
          <h5 className="card-outside__title">{cardText(lang, 'outsideTitle')}</h5>
          <ul>
            {model.outside.map((figure) => (
              <li key={figure.observation.id} data-observation-id={figure.observation.id}>
                <span>{figure.label}</span> <strong>{figure.valueLabel}</strong> <span className="muted">— {figure.reason}</span>
                <q className="figure-list__quote" lang="zh-CN">
                  {figure.observation.quote}
                </q>
                {observationActions ? <span className="figure-list__actions">{observationActions(figure.observation)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {model.footnotes.map((line, index) => {
        // The population line comes last; its census is the page's footnote.
        const populations = index === model.footnotes.length - 1 && model.populationCitations.length > 0;
        return (
          <p key={line} className="card-footnote" data-testid="card-footnote" aria-describedby={populations ? POPULATION_NOTE_ID : undefined}>
            {line}
            {populations ? <PopulationMark /> : null}
          </p>
        );
      })}
      {figures === 'none' ? null : <FigureList model={model} lookup={lookup} observationActions={observationActions} open={figures === 'open'} quoteHref={quoteHref} />}
    </article>
  );
}
