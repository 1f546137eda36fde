// Pure: the chart cards a view shows, by program area: every metric two or more selected localities report (or the one's).
import type { Locality, Metric, ProgramArea } from '@/schema/dataset';
import { buildCard, type CardModel, type ValueSort } from '@/domain/card-model';
import { comparableMetrics, type AreaGroup, type ObservationsByLocality } from '@/domain/comparison';
import type { DatasetLookup } from '@/data/dataset-lookup';
import type { Lang } from '@/lib/i18n';

export interface ChartGroup {
  area: ProgramArea;
  cards: CardModel[];
}

export interface ChartsInput {
  lookup: DatasetLookup;
  localities: readonly Locality[];
  areaIds: readonly string[] | null;
  observations: ObservationsByLocality;
  perCapita: boolean;
  sort: ValueSort;
  lang: Lang;
  /** Cards (metric ids) that show multi-year figures per year. */
  perYearMetrics?: readonly string[];
}

/** The metrics that get a card, by area (the view builds each card's model as it renders it). */
export function chartMetrics({ lookup, localities, areaIds, observations }: Pick<ChartsInput, 'lookup' | 'localities' | 'areaIds' | 'observations'>): AreaGroup<Metric>[] {
  const minLocalities = localities.length === 1 ? 1 : 2;
  return comparableMetrics(lookup.index, localities.map((l) => l.id), areaIds, observations, minLocalities);
}

/**
 * Shared by the charts view and "export all", so that the ZIP holds exactly the cards on screen. With one locality
 * selected there is nothing to compare: its own metrics are shown (the view says to add another).
 */
export function chartGroups({ lookup, localities, areaIds, observations, perCapita, sort, lang, perYearMetrics = [] }: ChartsInput): ChartGroup[] {
  return chartMetrics({ lookup, localities, areaIds, observations }).map((group) => ({
    area: group.area,
    cards: group.items.map((metric) =>
      buildCard({ metric, localities, observations, lookup, lang, perCapita, sort, perYear: perYearMetrics.includes(metric.id) }),
    ),
  }));
}
