// Pure: the chart cards a view shows, by program area: every metric two or more selected localities report.
import type { Locality, ProgramArea } from '@/schema/dataset';
import { compareMetric, comparableMetrics, sortRows, type MetricComparison, type ObservationsByLocality } from '@/lib/comparison';
import type { DatasetLookup } from '@/lib/dataset-lookup';
import type { ChartSort } from '@/lib/url-state';

export interface ChartGroup {
  area: ProgramArea;
  comparisons: MetricComparison[];
}

/** Shared by the charts view and "export all", so that the ZIP holds exactly the cards on screen. */
export function chartGroups(
  lookup: DatasetLookup,
  localities: readonly Locality[],
  areaIds: readonly string[] | null,
  observations: ObservationsByLocality,
  perCapita: boolean,
  sort: ChartSort,
): ChartGroup[] {
  return comparableMetrics(lookup.index, localities.map((l) => l.id), areaIds, observations).map((group) => ({
    area: group.area,
    comparisons: group.items.map((metric) => {
      const comparison = compareMetric(metric, localities, observations, perCapita);
      return { ...comparison, rows: sortRows(comparison.rows, sort) };
    }),
  }));
}
