// Groups one locality's observations by program area in display order, unclassified last.
import { UNCLASSIFIED_AREA, type Observation, type ProgramArea } from '@/schema/dataset';

export interface ProfileGroup {
  id: string;
  /** Null for the unclassified figures. */
  area: ProgramArea | null;
  observations: Observation[];
}

export function groupByArea(observations: readonly Observation[], areas: readonly ProgramArea[]): ProfileGroup[] {
  const inReadingOrder = observations.toSorted((a, b) => a.figureStart - b.figureStart);
  const known = new Set(areas.map((area) => area.id));
  const groups: ProfileGroup[] = areas.map((area) => ({
    id: area.id,
    area,
    observations: inReadingOrder.filter((o) => o.programAreaId === area.id),
  }));
  groups.push({
    id: UNCLASSIFIED_AREA,
    area: null,
    observations: inReadingOrder.filter((o) => o.programAreaId === null || !known.has(o.programAreaId)),
  });
  return groups.filter((group) => group.observations.length > 0);
}
