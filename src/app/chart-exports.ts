// Joins the charts and export features: a card model -> the stand-alone image, its data and the ZIP's README.
import type { Locality } from '@/schema/dataset';
import type { CardModel } from '@/domain/card-model';
import type { ObservationsByLocality } from '@/domain/comparison';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { pick, type Lang } from '@/lib/i18n';
import type { ChartSort } from '@/state/url-state';
import { chartGroups } from '@/features/charts/chart-groups';
import { cardChartOption } from '@/features/charts/card-option';
import { chartCsv } from '@/features/export/chart-csv';
import type { ChartExport, ReadmeInput } from '@/features/export/export-all';
import { exportMeta } from '@/features/export/export-meta';
import { exportLayout } from '@/features/export/export-option';

/** What a card exports: the same model as on screen, every bar shown, with its text above and below. */
export function chartExport(model: CardModel, lookup: DatasetLookup): ChartExport {
  const meta = exportMeta(model, lookup.localitiesById, lookup.index.builtAt);
  return {
    name: model.metric.id,
    title: model.title,
    perCapita: model.perCapitaBase !== null,
    layout: exportLayout(meta, (frame) => cardChartOption(model, lookup, frame)),
    csv: () => chartCsv(model),
  };
}

export interface ExportContext {
  lookup: DatasetLookup;
  localities: readonly Locality[];
  areaIds: readonly string[] | null;
  perCapita: boolean;
  lang: Lang;
  sort: ChartSort;
  perYearMetrics: readonly string[];
}

/** Every chart the charts view shows, in its order, ready to export. */
export function exportableCharts(context: ExportContext, observations: ObservationsByLocality): ChartExport[] {
  return chartGroups({ ...context, observations }).flatMap((group) => group.cards.map((card) => chartExport(card, context.lookup)));
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
