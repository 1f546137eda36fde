// The chart's figures as text, each with its quoted sentence: readable by keyboard and screen reader.
import { periodText } from '@/lib/comparison-notes';
import type { Lang } from '@/lib/format';
import { t } from '@/lib/i18n';
import type { ChartRowView } from '@/features/charts/metric-chart-option';

interface FigureListProps {
  views: readonly ChartRowView[];
  lang: Lang;
}

export function FigureList({ views, lang }: FigureListProps) {
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
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
