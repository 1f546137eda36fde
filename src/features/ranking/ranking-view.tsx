// Ranking view: one metric across every locality, ranked within each comparable group, the reader's selection
// marked; the top and bottom rows and the selected ones first, the whole list behind "show all" (virtualised).
import { useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { Metric, Observation } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { ErrorPanel } from '@/data/error-panel';
import { useMetricFile } from '@/data/use-data';
import { LoadingMessage } from '@/components/loading-message';
import { markText } from '@/domain/card-messages';
import { buildRanking, rankingWindow, type RankedPanel, type RankedRow } from '@/domain/ranking';
import { formatCount } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';
import { RankingList } from './ranking-list';
// oxlint-disable-next-line import/no-unassigned-import
import './ranking.css';

/** Rows shown at each end before "show all". */
export const WINDOW_ROWS = 10;

interface RankingViewProps {
  lookup: DatasetLookup;
  lang: Lang;
  perCapita: boolean;
  /** The metric asked for in the URL; null picks the one most localities report. */
  metricId: string | null;
  selectedIds: readonly string[];
  onMetricChange: (metricId: string) => void;
  /** Per-figure controls (e.g. "show in source"). */
  observationActions?: (observation: Observation) => ReactNode;
}

/** Metrics with at least one figure, by program area, most widely reported first within each. */
function rankableMetrics(lookup: DatasetLookup): Array<{ areaLabel: Metric['label']; metrics: Array<{ metric: Metric; localities: number }> }> {
  const reach = new Map<string, number>();
  for (const group of lookup.index.comparableGroups) reach.set(group.metricId, Math.max(reach.get(group.metricId) ?? 0, group.localityCount));
  return lookup.areas
    .map((area) => ({
      areaLabel: area.label,
      metrics: lookup.index.metrics
        .filter((m) => m.programAreaId === area.id && reach.has(m.id))
        .map((metric) => ({ metric, localities: reach.get(metric.id)! }))
        .toSorted((a, b) => b.localities - a.localities),
    }))
    .filter((area) => area.metrics.length > 0);
}

export function RankingView({ lookup, lang, perCapita, metricId, selectedIds, onMetricChange, observationActions }: RankingViewProps) {
  const options = useMemo(() => rankableMetrics(lookup), [lookup]);
  const widest = options.flatMap((o) => o.metrics).toSorted((a, b) => b.localities - a.localities)[0]?.metric.id ?? null;
  const chosen = metricId && options.some((o) => o.metrics.some((m) => m.metric.id === metricId)) ? metricId : widest;
  const metric = chosen ? lookup.metricsById.get(chosen) : undefined;
  const { state, retry } = useMetricFile(chosen);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const ranking = useMemo(
    () => (metric && state?.status === 'ready' ? buildRanking({ metric, observations: state.data.observations, lookup, lang, perCapita, selectedIds: selected }) : null),
    [metric, state, lookup, lang, perCapita, selected],
  );

  return (
    <section className="view ranking-view" aria-labelledby="ranking-heading">
      <div className="view__toolbar">
        <h2 id="ranking-heading" className="view__title">
          {t(lang, 'viewRanking')}
        </h2>
        <label className="inline-field">
          <span>{t(lang, 'rankingMetric')}</span>
          <select className="input" value={chosen ?? ''} onChange={(event) => onMetricChange(event.target.value)} data-testid="ranking-metric">
            {options.map((area) => (
              <optgroup key={area.areaLabel.zh} label={pick(area.areaLabel, lang)}>
                {area.metrics.map(({ metric: m, localities }) => (
                  <option key={m.id} value={m.id}>
                    {`${pick(m.label, lang)} (${formatCount(localities, lang)})`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
      <p className="view__intro muted">{t(lang, 'rankingIntro')}</p>
      {state?.status === 'error' ? (
        <ErrorPanel error={state.error} lang={lang} onRetry={retry} />
      ) : !ranking ? (
        chosen ? <LoadingMessage lang={lang} /> : <p>{t(lang, 'rankingNone')}</p>
      ) : (
        <article className="ranking" data-testid="ranking" data-metric={ranking.card.metric.id}>
          <h3 className="ranking__title">{ranking.card.title}</h3>
          <p className="ranking__subtitle muted">{ranking.card.subtitle}</p>
          <p className="ranking__verdict">
            <strong className={`verdict-word verdict-word--${ranking.card.verdict.kind}`}>{ranking.card.verdict.word}</strong> {ranking.card.verdict.reason}
          </p>
          <p className="muted" data-testid="ranking-counts">
            {t(lang, 'rankingCounts', {
              reported: formatCount(lookup.index.localities.length - ranking.notReportedCount, lang),
              missing: formatCount(ranking.notReportedCount, lang),
            })}
          </p>
          {ranking.card.caveats.length > 0 ? (
            <ol className="ranking__caveats">
              {ranking.card.caveats.map((caveat) => (
                <li key={caveat.mark} value={caveat.mark}>
                  {caveat.text}
                </li>
              ))}
            </ol>
          ) : null}
          {ranking.panels.map((panel) => (
            <RankedPanelView key={panel.groupId} panel={panel} lang={lang} observationActions={observationActions} />
          ))}
          {ranking.card.outside.length > 0 ? (
            <section className="ranking__outside" aria-label={t(lang, 'rankingOutside')}>
              <h4>{t(lang, 'rankingOutside')}</h4>
              <ul>
                {ranking.card.outside.map((figure) => (
                  <li key={figure.observation.id}>
                    <span className="ranking__name">{figure.label}</span> {figure.valueLabel} <span className="muted">· {figure.periodLabel} · {figure.reason}</span>{' '}
                    {observationActions?.(figure.observation)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {ranking.card.footnotes.map((note) => (
            <p key={note} className="muted ranking__footnote">
              {note}
            </p>
          ))}
        </article>
      )}
    </section>
  );
}

function RankedPanelView({ panel, lang, observationActions }: { panel: RankedPanel; lang: Lang; observationActions?: (o: Observation) => ReactNode }) {
  const [all, setAll] = useState(false);
  const slices = useMemo(() => rankingWindow(panel.rows, WINDOW_ROWS), [panel.rows]);
  const max = Math.max(...panel.rows.map((r) => Math.abs(r.bar.value)), 0);
  const windowed = slices.length > 1 || slices[0]!.rows.length < panel.rows.length;
  const row = (r: RankedRow, style?: CSSProperties) => (
    <RankRow key={r.bar.observation.id} row={r} max={max} lang={lang} style={style} actions={observationActions?.(r.bar.observation)} />
  );
  return (
    <section className="ranking__panel" data-testid="ranking-panel" aria-label={panel.caption ?? undefined}>
      {panel.caption ? <h4 className="ranking__caption">{panel.caption}</h4> : null}
      {all ? (
        <RankingList rows={panel.rows} label={panel.caption ?? t(lang, 'viewRanking')} renderRow={row} />
      ) : (
        <ol className="ranking__rows" data-testid="ranking-rows">
          {slices.map((slice) => [
            slice.gapBefore > 0 ? (
              <li key={`gap-${slice.rows[0]!.bar.observation.id}`} className="ranking__gap muted">
                {t(lang, 'rankingGap', { n: formatCount(slice.gapBefore, lang) })}
              </li>
            ) : null,
            ...slice.rows.map((r) => row(r)),
          ])}
        </ol>
      )}
      {windowed || all ? (
        <button type="button" className="button" onClick={() => setAll(!all)} aria-expanded={all} data-testid="ranking-show-all">
          {all ? t(lang, 'rankingShowFewer') : t(lang, 'rankingShowAll', { n: formatCount(panel.rows.length, lang) })}
        </button>
      ) : null}
    </section>
  );
}

function RankRow({ row, max, lang, style, actions }: { row: RankedRow; max: number; lang: Lang; style?: CSSProperties; actions?: ReactNode }) {
  const { bar } = row;
  const width = max > 0 ? (Math.abs(bar.value) / max) * 100 : 0;
  return (
    <li className={`ranking__row${row.selected ? ' ranking__row--selected' : ''}`} style={style} data-locality={bar.locality.id} data-rank={row.rank}>
      <span className="ranking__rank">{formatCount(row.rank, lang)}</span>
      <span className="ranking__name">
        {pick(bar.locality.shortName, lang)}
        {bar.observation.distinction ? ` · ${pick(bar.observation.distinction, lang)}` : ''}
        {bar.marks.length > 0 ? <sup className="ranking__marks">{bar.marks.map(markText).join('')}</sup> : null}
        {row.selected ? <span className="ranking__badge">{t(lang, 'rankingSelected')}</span> : null}
        <span className="muted ranking__place"> {pick(bar.locality.level, lang)} · {pick(bar.locality.province, lang)}</span>
      </span>
      <span className="ranking__bar" aria-hidden="true">
        <span style={{ width: `${width}%` }} />
      </span>
      <span className="ranking__value">{bar.valueLabel}</span>
      <span className="ranking__period muted">
        {bar.periodLabel} {actions}
      </span>
    </li>
  );
}
