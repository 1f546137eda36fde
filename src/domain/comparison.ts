// Lines up the selected localities' figures for one metric, without ever summing or zero-filling.
import type { IndexFile, Locality, LocalizedText, Metric, Observation, ProgramArea } from '@/schema/dataset';
import type { DisplayContext } from '@/domain/display-context';
import { displayValue } from '@/domain/per-capita';

export type ObservationsByLocality = ReadonlyMap<string, readonly Observation[]>;

/** What every view that compares localities reads: the current selection and the figures loaded for it. */
export interface ComparisonSelection extends DisplayContext {
  localities: readonly Locality[];
  observations: ObservationsByLocality;
  areaIds: readonly string[] | null;
}

/** One line of a comparison: a figure of a locality, or that locality's absence. */
export interface ComparisonRow {
  locality: Locality;
  /** Null when the locality did not report the metric. */
  observation: Observation | null;
  /** The value to draw: per 10,000 residents when that is on, else the figure; null when not reported. */
  value: number | null;
  perCapita: boolean;
  /** What tells the figure from the locality's other figures of the metric (省级, 春节慰问 …), from the pipeline. */
  distinction: LocalizedText | null;
}

export interface MetricComparison {
  metric: Metric;
  rows: ComparisonRow[];
  reportingLocalityIds: string[];
}

/** Source by source (ids in code-unit order: ASCII slugs, and no locale data to load), then as the text reads. */
function byFigureOrder(a: Observation, b: Observation): number {
  if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1;
  return a.figureStart - b.figureStart;
}

/** Observations of one metric for one locality, in reading order. */
export function observationsFor(
  observations: ObservationsByLocality,
  localityId: string,
  metricId: string,
): Observation[] {
  return (observations.get(localityId) ?? []).filter((o) => o.metricId === metricId).toSorted(byFigureOrder);
}

/** Rows for one metric: each figure of each selected locality, and a not-reported row for the rest. */
export function compareMetric(
  metric: Metric,
  localities: readonly Locality[],
  observations: ObservationsByLocality,
  perCapita: boolean,
): MetricComparison {
  const rows: ComparisonRow[] = [];
  const reportingLocalityIds: string[] = [];
  for (const locality of localities) {
    const figures = observationsFor(observations, locality.id, metric.id);
    if (figures.length === 0) {
      rows.push({ locality, observation: null, value: null, perCapita: false, distinction: null });
      continue;
    }
    reportingLocalityIds.push(locality.id);
    for (const observation of figures) {
      const shown = displayValue(observation.value, metric, locality.population.value, perCapita);
      rows.push({ locality, observation, value: shown.value, perCapita: shown.perCapita, distinction: observation.distinction });
    }
  }
  return { metric, rows, reportingLocalityIds };
}

export interface AreaGroup<T> {
  area: ProgramArea;
  items: T[];
}

/** Metrics that at least `minLocalities` of the selected localities report, grouped by program area. */
export function comparableMetrics(
  index: Pick<IndexFile, 'metrics' | 'programAreas'>,
  localityIds: readonly string[],
  areaIds: readonly string[] | null,
  observations: ObservationsByLocality,
  minLocalities = 2,
): AreaGroup<Metric>[] {
  const reporters = new Map<string, Set<string>>();
  for (const localityId of localityIds) {
    for (const observation of observations.get(localityId) ?? []) {
      if (observation.metricId === null) continue;
      const set = reporters.get(observation.metricId) ?? new Set<string>();
      set.add(localityId);
      reporters.set(observation.metricId, set);
    }
  }
  const areas = index.programAreas
    .filter((area) => areaIds === null || areaIds.includes(area.id))
    .toSorted((a, b) => a.order - b.order);
  return areas
    .map((area) => ({
      area,
      items: index.metrics.filter(
        (metric) => metric.programAreaId === area.id && (reporters.get(metric.id)?.size ?? 0) >= minLocalities,
      ),
    }))
    .filter((group) => group.items.length > 0);
}
