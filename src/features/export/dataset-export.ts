// Pure: observations as a flat CSV (both languages, quotes and source offsets) and the dataset as one JSON.
import type { IndexFile, Observation } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { displayValue } from '@/domain/per-capita';
import { toCsv, type CsvCell } from '@/lib/csv';

export const OBSERVATION_CSV_HEADER = [
  'observation_id', 'locality_id', 'locality_zh', 'locality_en', 'program_area_id', 'program_area_zh', 'program_area_en',
  'metric_id', 'metric_zh', 'metric_en', 'label_zh', 'label_en', 'value', 'qualifier', 'qualifier_text', 'unit',
  'per_10k_residents', 'population', 'population_citation', 'original_text', 'kind', 'period_zh', 'period_en',
  'period_from', 'period_to', 'period_type', 'period_years', 'level', 'population_id', 'measure', 'part_of_id', 'distinction_zh', 'distinction_en', 'group_id', 'quote', 'clause', 'source_id', 'source_title', 'publisher', 'published_on',
  'source_authors', 'source_page', 'source_url',
  'source_file', 'quote_start', 'quote_end', 'figure_start', 'figure_end',
] as const;

function observationRow(o: Observation, lookup: DatasetLookup): CsvCell[] {
  const locality = lookup.localitiesById.get(o.localityId);
  const area = o.programAreaId ? lookup.areasById.get(o.programAreaId) : undefined;
  const metric = o.metricId ? lookup.metricsById.get(o.metricId) : undefined;
  const source = lookup.sourcesById.get(o.sourceId);
  const perCapita = locality && metric ? displayValue(o.value, metric, locality.population.value, true) : null;
  return [
    o.id, o.localityId, locality?.name.zh, locality?.name.en, o.programAreaId, area?.label.zh, area?.label.en,
    o.metricId, metric?.label.zh, metric?.label.en, o.label.zh, o.label.en, o.value, o.qualifier, o.qualifierText, o.unit,
    perCapita?.perCapita ? perCapita.value : null, locality?.population.value, locality?.population.citation.zh, o.originalText, o.kind,
    o.period.label.zh, o.period.label.en, o.period.from, o.period.to, o.period.type, o.period.years, o.level, o.populationId, o.measure, o.partOfId,
    o.distinction?.zh, o.distinction?.en, o.groupId, o.quote, o.clause, o.sourceId,
    source?.title, source?.publisher, source?.publishedOn, source?.authors.join('、'), source?.page, source?.url, source?.file, o.quoteStart, o.quoteEnd, o.figureStart, o.figureEnd,
  ];
}

/** Reading order within each locality, localities in index order. */
function ordered(observations: readonly Observation[], lookup: DatasetLookup): Observation[] {
  const rank = new Map(lookup.index.localities.map((l, i) => [l.id, i]));
  return observations.toSorted(
    (a, b) => (rank.get(a.localityId) ?? 0) - (rank.get(b.localityId) ?? 0) || a.sourceId.localeCompare(b.sourceId) || a.figureStart - b.figureStart,
  );
}

export function observationsCsv(observations: readonly Observation[], lookup: DatasetLookup): Promise<string> {
  return toCsv(OBSERVATION_CSV_HEADER, ordered(observations, lookup).map((o) => observationRow(o, lookup)));
}

/** The figures the current filters show: selected localities, and selected areas (all, with unclassified, when none is chosen). */
export function filteredObservations(
  byLocality: ReadonlyMap<string, readonly Observation[]>,
  localityIds: readonly string[],
  areaIds: readonly string[] | null,
): Observation[] {
  const areas = areaIds ? new Set(areaIds) : null;
  return localityIds.flatMap((id) => (byLocality.get(id) ?? []).filter((o) => areas === null || (o.programAreaId !== null && areas.has(o.programAreaId))));
}

/** Everything in one file: the index (localities, sources, metrics, areas, populations) and every observation. */
export function datasetJson(index: IndexFile, observations: readonly Observation[], lookup: DatasetLookup): string {
  return `${JSON.stringify({ ...index, observations: ordered(observations, lookup) }, null, 1)}\n`;
}
