// What every view is rendered from: the dataset lookup, the view state, the selection and the figures it needs.
import { useMemo } from 'react';
import type { IndexFile, Locality } from '@/schema/dataset';
import { buildLookup, type DatasetLookup } from '@/data/dataset-lookup';
import { useLocalityObservations, type LocalityObservations } from '@/data/use-data';
import type { ComparisonSelection } from '@/domain/comparison';
import type { View, ViewState } from '@/state/url-state';
import { updateView, useViewStore } from '@/state/view-store';

export interface DashboardContext {
  index: IndexFile;
  lookup: DatasetLookup;
  state: ViewState;
  /** `coalesce`: changes with the same key in a row share one history entry (typing). */
  change: (change: Partial<ViewState>, coalesce?: string) => void;
  selectedLocalities: readonly Locality[];
  /** The locality the profile (and the reader, by default) shows. */
  profileLocality: Locality | undefined;
  observations: LocalityObservations;
  /** What the charts and the table compare. */
  selection: ComparisonSelection;
}

const change = (partial: Partial<ViewState>, coalesce?: string) => updateView(partial, { coalesce });

/** The localities whose figures a view needs: the selection for comparisons, one for the profile, none else. */
function localitiesNeeded(view: View, selected: readonly Locality[], profile: Locality | undefined): string[] {
  if (view === 'charts' || view === 'table' || view === 'chart') return selected.map((l) => l.id);
  if (view === 'profile' && profile) return [profile.id];
  return [];
}

export function useDashboard(index: IndexFile): DashboardContext {
  const lookup = useMemo(() => buildLookup(index), [index]);
  const state = useViewStore();
  const selectedLocalities = useMemo(() => {
    if (state.localityIds === null) return index.localities;
    const chosen = new Set(state.localityIds);
    return index.localities.filter((locality) => chosen.has(locality.id));
  }, [index, state.localityIds]);
  const profileLocality = (state.profileId ? lookup.localitiesById.get(state.profileId) : undefined) ?? selectedLocalities[0] ?? index.localities[0];
  const needed = useMemo(() => localitiesNeeded(state.view, selectedLocalities, profileLocality), [state.view, selectedLocalities, profileLocality]);
  const observations = useLocalityObservations(needed);
  const selection = useMemo<ComparisonSelection>(
    () => ({
      lookup,
      localities: selectedLocalities,
      observations: observations.byLocality,
      areaIds: state.areaIds,
      lang: state.lang,
      perCapita: state.perCapita,
    }),
    [lookup, selectedLocalities, observations.byLocality, state.areaIds, state.lang, state.perCapita],
  );
  // One object per change, so that the dashboard can render a view from a deferred copy of it.
  return useMemo(
    () => ({ index, lookup, state, change, selectedLocalities, profileLocality, observations, selection }),
    [index, lookup, state, selectedLocalities, profileLocality, observations, selection],
  );
}
