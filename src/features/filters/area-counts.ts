// How many figures each program area holds for the selected localities (from the index, no file loads).
import type { Locality } from '@/schema/dataset';

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

/** Toggles one locality where null means all (so dropping one from "all" keeps the others). */
export function toggleLocality(selected: readonly string[] | null, localityId: string, allIds: readonly string[]): string[] | null {
  const current = selected ?? allIds;
  const next = current.includes(localityId) ? current.filter((id) => id !== localityId) : [...current, localityId];
  if (allIds.length > 0 && allIds.every((id) => next.includes(id))) return null;
  const keep = new Set(next);
  return allIds.filter((id) => keep.has(id));
}
