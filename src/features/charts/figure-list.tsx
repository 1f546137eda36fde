// The card's figures as text, each with its quoted sentence: readable by keyboard and screen reader.
import { useState, type ReactNode } from 'react';
import type { Observation } from '@/schema/dataset';
import type { CardFigure, CardModel } from '@/domain/card-model';
import { markText } from '@/domain/card-messages';
import { periodText } from '@/domain/periods';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { t } from '@/lib/i18n';

interface FigureListProps {
  model: CardModel;
  lookup: DatasetLookup;
  /** Per-figure controls, e.g. "show in source": the keyboard path from a chart to the article. */
  observationActions?: (observation: Observation) => ReactNode;
  /** Shown unfolded (the chart page). */
  open?: boolean;
  /** Each quote a link (into the source reader), followed in place by the app's data-app-link handler. */
  quoteHref?: (observation: Observation) => string;
}

export function FigureList({ model, lookup, observationActions, open = false, quoteHref }: FigureListProps) {
  const { lang } = model;
  // The list is drawn when first opened (or open from the start): eighteen closed lists of quotes are a lot of page for nothing.
  const [opened, setOpened] = useState(open);
  const quote = (observation: Observation) => {
    const text = (
      <q className="figure-list__quote" lang="zh-CN">
        {observation.quote}
      </q>
    );
    return quoteHref ? (
      <a className="figure-list__quote-link" href={quoteHref(observation)} data-app-link="">
        {text}
      </a>
    ) : (
      text
    );
  };
  const item = (figure: CardFigure, marks: readonly number[] = [], nested = false) => (
    <li key={figure.observation.id} className={`figure-list__item${nested ? ' figure-list__item--part' : ''}`} data-observation-id={figure.observation.id}>
      <span className="figure-list__swatch" style={{ background: lookup.colours.get(figure.locality.id) }} aria-hidden="true" />
      <span className="figure-list__category">{figure.label}</span> <strong>{figure.valueLabel}</strong>
      {marks.length > 0 ? <span className="card-mark">{marks.map(markText).join('')}</span> : null}
      <span className="muted">
        {' '}
        · {periodText(figure.observation.period, lang)} · {t(lang, figure.observation.kind === 'plan' ? 'plan' : 'result')}
      </span>
      {quote(figure.observation)}
      {observationActions ? <span className="figure-list__actions">{observationActions(figure.observation)}</span> : null}
    </li>
  );
  return (
    <details className="figure-list" open={open || undefined} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{lang === 'zh' ? '数字与原文' : 'Figures and quotes'}</summary>
      {opened ? (
        <ul>
          {model.panels.flatMap((panel) => panel.bars.flatMap((bar) => [item(bar, bar.marks), ...bar.parts.map((part) => item(part, [], true))]))}
          {model.outside.map((figure) => item(figure))}
        </ul>
      ) : null}
    </details>
  );
}
