// One chart card: a metric compared across the selected localities, with its caveats in plain sight.
import { useMemo, type ReactNode } from 'react';
import type { Observation } from '@/schema/dataset';
import { EChart } from '@/components/echart';
import { useMediaQuery } from '@/components/use-media-query';
import type { MetricComparison } from '@/lib/comparison';
import { comparisonNotes } from '@/lib/comparison-notes';
import type { DatasetLookup } from '@/lib/dataset-lookup';
import type { Lang } from '@/lib/format';
import { pick, t } from '@/lib/i18n';
import {
  chartDescription,
  chartHeight,
  chartRowViews,
  metricChartOption,
  rowsToDraw,
  POPULATION_MARK,
  unitAxisLabel,
  type SourceHref,
} from '@/features/charts/metric-chart-option';
import { FigureList } from '@/features/charts/figure-list';
import { useElementWidth } from '@/features/charts/use-element-width';
// A stylesheet is imported for its effect: Vite bundles it with the charts chunk.
// oxlint-disable-next-line import/no-unassigned-import
import '@/features/charts/charts.css';

interface MetricChartCardProps {
  comparison: MetricComparison;
  lookup: DatasetLookup;
  lang: Lang;
  highlighted: boolean;
  /** Slot for controls the app adds to the card header (e.g. the export menu of issue 4). */
  actions?: ReactNode;
  /** Where each tooltip's "show in source" link leads; no link without it. */
  sourceHref?: SourceHref;
  /** Per-figure controls in the figure list (e.g. "show in source"), as in the table's cell detail. */
  observationActions?: (observation: Observation) => ReactNode;
}

export function MetricChartCard({ comparison, lookup, lang, highlighted, actions, sourceHref, observationActions }: MetricChartCardProps) {
  const { metric, rows } = comparison;
  const populations = lookup.index.populations;
  const perCapita = rows.some((row) => row.perCapita);
  const title = pick(metric.label, lang);
  const compact = useMediaQuery('(max-width: 600px)');
  const views = useMemo(() => rowsToDraw(chartRowViews(rows, lookup, populations, lang, sourceHref)), [rows, lookup, populations, lang, sourceHref]);
  const notes = useMemo(() => comparisonNotes(rows, populations, lang, lookup.unitLabels), [rows, populations, lang, lookup.unitLabels]);
  const [chartBox, width] = useElementWidth<HTMLDivElement>(compact ? 340 : 600);
  const option = useMemo(
    () => metricChartOption(views, chartDescription(title, views, lang), lang, compact, width),
    [views, lang, title, compact, width],
  );
  const area = lookup.areasById.get(metric.programAreaId);
  return (
    <article
      className={`card chart-card${highlighted ? ' card--highlighted' : ''}`}
      id={`metric-${metric.id}`}
      data-testid={`chart-${metric.id}`}
      aria-labelledby={`metric-title-${metric.id}`}
    >
      <header className="card__header">
        <h4 className="card__title" id={`metric-title-${metric.id}`}>
          {title}
        </h4>
        <p className="card__meta">
          {area ? pick(area.label, lang) : null} · {t(lang, 'unit')}: {unitAxisLabel(metric, lookup, lang, perCapita)}
        </p>
        {actions ? <div className="card__actions">{actions}</div> : null}
      </header>
      {notes.length > 0 ? (
        <ul className="notes" aria-label={lang === 'zh' ? '说明' : 'Notes'}>
          {notes.map((note) => (
            <li key={note.kind} className={`note note--${note.kind}`} data-note={note.kind}>
              {note.kind === 'population' ? `${POPULATION_MARK} ${note.text}` : note.text}
            </li>
          ))}
        </ul>
      ) : null}
      <div ref={chartBox}>
        <EChart option={option} height={chartHeight(views.length)} label={title} />
      </div>
      <FigureList views={views} lang={lang} observationActions={observationActions} />
    </article>
  );
}
