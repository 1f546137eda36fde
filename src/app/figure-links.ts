// Where a figure leads: the reader at its sentence, or (from the reader) its metric in the charts or its profile.
import type { Observation } from '@/schema/dataset';
import type { ViewState } from '@/state/url-state';
import { currentViewState, urlOf } from '@/state/view-store';
import { loadObservations } from '@/data/use-data';

/** The state of the reader opened at a figure, keeping the filters. */
export function readerState(observation: Observation): Partial<ViewState> {
  return { view: 'reader', sourceId: observation.sourceId, figureId: observation.id };
}

/** A relative URL of the reader at a figure, for links that also open in a new tab. */
export function readerHref(observation: Observation): string {
  return urlOf({ ...currentViewState(), ...readerState(observation) }) || '?';
}

/**
 * A classified figure opens its metric's card when two or more of the selected localities (with this one
 * added) report the metric; otherwise, and for unclassified figures, the locality's profile.
 */
export async function figureDestination(observation: Observation, defaultLocalityIds: readonly string[]): Promise<Partial<ViewState>> {
  const state = currentViewState();
  const selected = state.localityIds ?? [...defaultLocalityIds];
  const withLocality = selected.includes(observation.localityId) ? selected : [...selected, observation.localityId];
  const { metricId, programAreaId } = observation;
  if (metricId && programAreaId) {
    const byLocality = await loadObservations(withLocality);
    const reporters = withLocality.filter((id) => byLocality.get(id)?.some((o) => o.metricId === metricId));
    if (reporters.length >= 2) {
      const areaIds = state.areaIds === null || state.areaIds.includes(programAreaId) ? state.areaIds : [...state.areaIds, programAreaId];
      return { view: 'charts', metricId, localityIds: state.localityIds === null ? null : withLocality, areaIds };
    }
  }
  return { view: 'profile', profileId: observation.localityId };
}
