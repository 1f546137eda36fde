// Overview: a heat map of figures per program area and locality, and a card per locality.
import { useMemo, type ReactNode } from 'react';
import { UNCLASSIFIED_AREA, type Locality } from '@/schema/dataset';
import { EChart, type ChartClickParams } from '@/components/echart';
import { useMediaQuery } from '@/components/use-media-query';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { formatCount } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';
import { HEATMAP_VISIBLE_ROWS, heatmapHeight, heatmapOption, type HeatmapColumn } from './heatmap-option';
import { HeatmapTable } from './heatmap-table';
import { LocalityCard } from './locality-card';
// A stylesheet is imported for its effect: Vite bundles it with the feature's code.
// oxlint-disable-next-line import/no-unassigned-import
import './overview.css';

const MAX_CARDS = 60;
const MAX_TABLE_ROWS = 200;
/** The most locality columns a phone-wide heat map holds with its names upright and readable. */
const MAX_PHONE_COLUMNS = 6;

interface OverviewViewProps {
  lookup: DatasetLookup;
  localities: readonly Locality[];
  lang: Lang;
  /** The area filter (null = all): the heat map dims the other areas. */
  areaIds: readonly string[] | null;
  /** A cell of a program area: that area's figures of that locality (the app opens its charts). */
  onCellSelect: (areaId: string, localityId: string) => void;
  onOpenProfile: (localityId: string) => void;
  /** Shown instead of the view when no locality is selected (the app's prompt to choose places). */
  emptySelection?: ReactNode;
}

export function OverviewView({ lookup, localities, lang, areaIds, onCellSelect, onOpenProfile, emptySelection }: OverviewViewProps) {
  const columns = useMemo<HeatmapColumn[]>(
    () => [
      ...lookup.areas.map((area) => ({ id: area.id, label: pick(area.label, lang) })),
      { id: UNCLASSIFIED_AREA, label: t(lang, 'unclassified') },
    ],
    [lookup, lang],
  );
  const rows = useMemo(
    () => localities.map((l) => ({ id: l.id, label: `${pick(l.shortName, lang)} · ${pick(l.level, lang)}`, counts: l.figureCounts })),
    [localities, lang],
  );
  const compact = useMediaQuery('(max-width: 600px)');
  // On a phone, a dozen area columns crowd their labels: with a few localities, the areas become the rows.
  const transposed = compact && localities.length <= MAX_PHONE_COLUMNS;
  const chart = useMemo(() => {
    if (!transposed) return { columns, rows };
    return {
      columns: localities.map((l) => ({ id: l.id, label: pick(l.shortName, lang), fullLabel: `${pick(l.shortName, lang)} · ${pick(l.level, lang)}` })),
      rows: columns.map((area) => ({ id: area.id, label: area.label, counts: Object.fromEntries(localities.map((l) => [l.id, l.figureCounts[area.id] ?? 0])) })),
    };
  }, [transposed, columns, rows, localities, lang]);
  const option = useMemo(
    () => heatmapOption(chart.columns, chart.rows, lang, areaIds, compact, UNCLASSIFIED_AREA, transposed),
    [chart, lang, areaIds, compact, transposed],
  );
  const unclassified = localities.reduce((sum, l) => sum + (l.figureCounts[UNCLASSIFIED_AREA] ?? 0), 0);

  const onCellClick = (params: ChartClickParams) => {
    const [x, y] = params.value as [number, number, number];
    const column = chart.columns[x];
    const row = chart.rows[y];
    if (!column || !row) return;
    const [areaId, localityId] = transposed ? [row.id, column.id] : [column.id, row.id];
    if (areaId === UNCLASSIFIED_AREA) onOpenProfile(localityId);
    else onCellSelect(areaId, localityId);
  };

  return (
    <section className="view overview-view" aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="view__title">
        {t(lang, 'viewOverview')}
      </h2>
      {localities.length === 0 ? (
        (emptySelection ?? <p className="empty-state">{t(lang, 'noLocalitySelected')}</p>)
      ) : (
        <>
          <article className="card heatmap-card" data-testid="heatmap">
            <header className="card__header">
              <h3 className="card__title">{t(lang, 'heatmapTitle')}</h3>
              <p className="card__meta">
                {t(lang, 'heatmapHint')}
                {rows.length > HEATMAP_VISIBLE_ROWS ? ` ${t(lang, 'heatmapCapped', { n: formatCount(rows.length, lang) })}` : ''}
              </p>
              {unclassified > 0 ? (
                <p className="card__meta heatmap-card__apart" data-testid="heatmap-unclassified">
                  <span className="heatmap-card__apart-swatch" aria-hidden="true" />
                  {t(lang, transposed ? 'heatmapUnclassifiedRow' : 'heatmapUnclassified', { n: formatCount(unclassified, lang) })}
                </p>
              ) : null}
            </header>
            <EChart option={option} height={heatmapHeight(chart.rows.length, chart.columns, compact, transposed)} label={t(lang, 'heatmapTitle')} onItemClick={onCellClick} />
            <HeatmapTable
              columns={columns}
              rows={rows.slice(0, MAX_TABLE_ROWS)}
              profileColumnId={UNCLASSIFIED_AREA}
              lang={lang}
              onCellSelect={onCellSelect}
              onOpenProfile={onOpenProfile}
            />
          </article>
          <h3 className="section-title">{t(lang, 'localityCards')}</h3>
          <div className="card-grid card-grid--localities">
            {localities.slice(0, MAX_CARDS).map((locality) => (
              <LocalityCard key={locality.id} locality={locality} lookup={lookup} lang={lang} onOpenProfile={onOpenProfile} />
            ))}
          </div>
          {localities.length > MAX_CARDS ? (
            <p className="muted">{t(lang, 'moreMatches', { n: formatCount(localities.length - MAX_CARDS, lang) })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
