// The chart's figures as text, each with its quoted sentence: readable by keyboard and screen reader.
import { periodText } from '@/lib/comparison-notes';
import type { ReactNode } from 'react';
import type { Observation } from '@/schema/dataset';
import type { Lang } from '@/lib/format';
import { t } from '@/lib/i18n';
import type { ChartRowView } from '@/features/charts/metric-chart-option';

interface FigureListProps {
  views: readonly ChartRowView[];
  lang: Lang;
  /** Per-figure controls, e.g. "show in source": the keyboard path from a chart to the article. */
  observationActions?: (observation: Observation) => ReactNode;
}

export function FigureList({ views, lang, observationActions }: FigureListProps) {
  return (
    <details className="figure-list">
      <summary>{lang === 'zh' ? '数字与原文' : 'Figures and quotes'}</summary>
      <ul>
        {views.map((view) => {
          const observation = view.observation;
          return (
            <li key={observation?.id ?? `missing-${view.localityId}`} className="figure-list__item" data-observation-id={observation?.id}>
              <span className="figure-list__swatch" style={{ background: view.colour }} aria-hidden="true" />
              <span className="figure-list__category">{view.category}</span>{' '}
              <strong className={view.value === null ? 'not-reported' : undefined}>{view.valueLabel}</strong>
              {observation ? (
                <>
                  <span className="muted">
                    {' '}
                    · {periodText(observation.period, lang)} · {t(lang, observation.kind === 'plan' ? 'plan' : 'result')}
                  </span>
                  <q className="figure-list__quote" lang="zh-CN">
                    {observation.quote}
                  </q>
                  {observationActions ? <span className="figure-list__actions">{observationActions(observation)}</span> : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
