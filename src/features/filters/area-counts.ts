// How many figures each program area holds for the selected localities (from the index, no file loads).
import type { Locality } from '@/schema/dataset';
import { normalizeLocalitySelection } from '@/state/url-state';

export function areaFigureCounts(localities: readonly Locality[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const locality of localities) {
    for (const [areaId, count] of Object.entries(locality.figureCounts)) {
      counts.set(areaId, (counts.get(areaId) ?? 0) + count);
    }
  }
  return counts;
}

/** Toggles one area in a selection where null means all; an empty or complete selection becomes all. */
export function toggleArea(selected: readonly string[] | null, areaId: string, allAreaIds: readonly string[]): string[] | null {
  const current = selected ?? [];
  const next = current.includes(areaId) ? current.filter((id) => id !== areaId) : [...current, areaId];
  if (next.length === 0 || allAreaIds.every((id) => next.includes(id))) return null;
  return allAreaIds.filter((id) => next.includes(id));
}

/**
 * Toggles one locality where null means the default selection (so dropping one from the default keeps the
 * others); the result is in dataset order, and exactly the default again is null.
 */
export function toggleLocality(
  selected: readonly string[] | null,
  localityId: string,
  allIds: readonly string[],
  defaultIds: readonly string[] = allIds,
): string[] | null {
  const current = selected ?? defaultIds;
  const next = new Set(current.includes(localityId) ? current.filter((id) => id !== localityId) : [...current, localityId]);
  return normalizeLocalitySelection(allIds.filter((id) => next.has(id)), defaultIds);
}
