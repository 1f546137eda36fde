// Joins the charts and export features: a chart card's comparison -> the stand-alone image, its data and README.
import type { Locality } from '@/schema/dataset';
import type { MetricComparison, ObservationsByLocality } from '@/lib/comparison';
import { comparisonNotes } from '@/lib/comparison-notes';
import type { DatasetLookup } from '@/lib/dataset-lookup';
import type { Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import type { ChartSort } from '@/lib/url-state';
import { chartGroups } from '@/features/charts/chart-groups';
import { chartDescription, chartRowViews, metricChartOption, ROW_HEIGHT, rowsToDraw, unitAxisLabel } from '@/features/charts/metric-chart-option';
import { chartCsv } from '@/features/export/chart-csv';
import type { ChartExport, ReadmeInput } from '@/features/export/export-all';
import { exportMeta } from '@/features/export/export-meta';
import { exportOption } from '@/features/export/export-option';

function perCapitaCitations(comparison: MetricComparison, lang: Lang): string[] {
  return [...new Set(comparison.rows.filter((row) => row.perCapita).map((row) => pick(row.locality.population.citation, lang)))];
}

/** What a card exports: the same rows, notes and option as on screen, every row shown (no slider), wide layout. */
export function chartExport(comparison: MetricComparison, lookup: DatasetLookup, lang: Lang): ChartExport {
  const { metric, rows } = comparison;
  const populations = lookup.index.populations;
  const perCapita = rows.some((row) => row.perCapita);
  const title = pick(metric.label, lang);
  const views = rowsToDraw(chartRowViews(rows, lookup, populations, lang));
  const option = metricChartOption(views, chartDescription(title, views, lang), lang, false);
  const area = lookup.areasById.get(metric.programAreaId);
  const sources = rows.flatMap((row) => {
    const source = row.observation ? lookup.sourcesById.get(row.observation.sourceId) : undefined;
    return source ? [source] : [];
  });
  const meta = exportMeta({
    title,
    unit: unitAxisLabel(metric, lookup, lang, perCapita),
    areaLabel: area ? pick(area.label, lang) : null,
    notes: comparisonNotes(rows, populations, lang),
    sources,
    localitiesById: lookup.localitiesById,
    perCapitaCitations: perCapitaCitations(comparison, lang),
    builtAt: lookup.index.builtAt,
    lang,
  });
  return {
    name: metric.id,
    title,
    perCapita,
    layout: exportOption(option, meta, Math.max(120, views.length * ROW_HEIGHT + 56)),
    csv: chartCsv(rows, metric, lookup, lang),
  };
}

export interface ExportContext {
  lookup: DatasetLookup;
  localities: readonly Locality[];
  areaIds: readonly string[] | null;
  perCapita: boolean;
  lang: Lang;
  sort: ChartSort;
}

/** Every chart the charts view shows, in its order, ready to export. */
export function exportableCharts(context: ExportContext, observations: ObservationsByLocality): ChartExport[] {
  const { lookup, localities, areaIds, perCapita, lang, sort } = context;
  return chartGroups(lookup, localities, areaIds, observations, perCapita, sort).flatMap((group) =>
    group.comparisons.map((comparison) => chartExport(comparison, lookup, lang)),
  );
}

/** The README's account of the view: localities, areas, language, per capita, build date and URL. */
export function readmeFor(
  lookup: DatasetLookup,
  localities: readonly Locality[],
  areaIds: readonly string[] | null,
  perCapita: boolean,
  lang: Lang,
  url: string,
): Omit<ReadmeInput, 'files'> {
  return {
    lang,
    localities: localities.map((l) => pick(l.name, lang)),
    areas: areaIds === null ? null : areaIds.map((id) => lookup.areasById.get(id)).flatMap((area) => (area ? [pick(area.label, lang)] : [])),
    perCapita,
    perCapitaCitations: perCapita ? [...new Set(localities.map((l) => pick(l.population.citation, lang)))] : [],
    builtAt: lookup.index.builtAt,
    url,
  };
}
