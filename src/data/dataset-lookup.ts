// Lookups built once from the index: metrics, localities, sources and areas by id, colours, unit labels.
import type { ComparableGroup, IndexFile, Locality, LocalizedText, MeasureWord, Metric, ProgramArea, Source } from '@/schema/dataset';
import { localityColours, localityDecal } from '@/data/palette';


export interface DatasetLookup {
  index: IndexFile;
  metricsById: ReadonlyMap<string, Metric>;
  localitiesById: ReadonlyMap<string, Locality>;
  sourcesById: ReadonlyMap<string, Source>;
  areasById: ReadonlyMap<string, ProgramArea>;
  /** Comparable groups (same metric, level, population and measure) by id, with their rank in the index. */
  groupsById: ReadonlyMap<string, ComparableGroup & { order: number }>;
  /** Program areas in display order. */
  areas: readonly ProgramArea[];
  colours: ReadonlyMap<string, string>;
  /** Decal patterns per locality, paired with the colours (for colour-blind readers). */
  decals: ReadonlyMap<string, object>;
  /** English (and Chinese) labels of every measure word, from index.measureWords. */
  unitLabels: ReadonlyMap<string, LocalizedText>;
}

/** Labels of the articles' measure words (个 items, 家 organisations …), from index.measureWords. */
export function unitLabels(measureWords: readonly MeasureWord[]): Map<string, LocalizedText> {
  return new Map(measureWords.map((word) => [word.unit, word.label]));
}

export function buildLookup(index: IndexFile): DatasetLookup {
  return {
    index,
    metricsById: new Map(index.metrics.map((metric) => [metric.id, metric])),
    localitiesById: new Map(index.localities.map((locality) => [locality.id, locality])),
    sourcesById: new Map(index.sources.map((source) => [source.id, source])),
    areasById: new Map(index.programAreas.map((area) => [area.id, area])),
    groupsById: new Map(index.comparableGroups.map((group, order) => [group.id, { ...group, order }])),
    areas: index.programAreas.toSorted((a, b) => a.order - b.order),
    colours: localityColours(index.localities.map((locality) => locality.id)),
    decals: new Map(index.localities.map((locality, order) => [locality.id, localityDecal(order)])),
    unitLabels: unitLabels(index.measureWords),
  };
}
