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
  /** More localities are selected than the charts and the table compare side by side (MAX_COMPARED). */
  overCompareLimit: boolean;
  /** The two places the compare view sets side by side; null when the dataset has fewer than two. */
  comparePair: ComparePair | null;
}

export interface ComparePair {
  a: Locality;
  b: Locality;
}

/**
 * The most localities the charts and the table put side by side: beyond it a bar chart is unreadable and the
 * figures are thousands of files; one metric across every locality is the ranking's job.
 */
export const MAX_COMPARED = 60;

const change = (partial: Partial<ViewState>, coalesce?: string) => updateView(partial, { coalesce });

/** The localities whose figures a view needs: the selection for comparisons, one for the profile, two to compare. */
function localitiesNeeded(view: View, selected: readonly Locality[], profile: Locality | undefined, pair: ComparePair | null): string[] {
  if (view === 'charts' || view === 'table' || view === 'chart') return selected.length > MAX_COMPARED ? [] : selected.map((l) => l.id);
  if (view === 'profile' && profile) return [profile.id];
  if (view === 'compare' && pair) return [...new Set([pair.a.id, pair.b.id])];
  return [];
}

/**
 * The URL's a and b; else the first selected locality, and after it the next one of the same administrative
 * level (like for like), else the next one at all: two different places where the data has two.
 */
function comparePairOf(state: Pick<ViewState, 'compareA' | 'compareB'>, localitiesById: ReadonlyMap<string, Locality>, selected: readonly Locality[], all: readonly Locality[]): ComparePair | null {
  const byId = (id: string | null) => (id ? localitiesById.get(id) : undefined);
  const candidates = [...selected, ...all];
  const a = byId(state.compareA) ?? candidates.find((l) => l.id !== state.compareB);
  const others = candidates.filter((l) => l.id !== a?.id);
  const b = byId(state.compareB) ?? others.find((l) => l.levelRank === a?.levelRank) ?? others[0];
  return a && b ? { a, b } : null;
}

/** The selected localities, in the index's order (a null selection is the index's default). */
function selectedOf(index: IndexFile, localityIds: readonly string[] | null): Locality[] {
  const chosen = new Set(localityIds ?? index.defaultLocalityIds);
  return index.localities.filter((locality) => chosen.has(locality.id));
}

/** The locality the profile shows: the URL's, else the first selected, else the first at all. */
function profileOf(index: IndexFile, localitiesById: ReadonlyMap<string, Locality>, profileId: string | null, selected: readonly Locality[]): Locality | undefined {
  return (profileId ? localitiesById.get(profileId) : undefined) ?? selected[0] ?? index.localities[0];
}

/**
 * The locality files the view of `state` (reconciled with the index) reads first, as the dashboard will ask for
 * them: what the app fetches as soon as the index is in, before the dashboard's first render (see first-view.ts).
 */
export function firstViewLocalities(index: IndexFile, state: ViewState): string[] {
  const byId = new Map(index.localities.map((locality) => [locality.id, locality]));
  const selected = selectedOf(index, state.localityIds);
  const pair = state.view === 'compare' ? comparePairOf(state, byId, selected, index.localities) : null;
  return localitiesNeeded(state.view, selected, profileOf(index, byId, state.profileId, selected), pair);
}

export function useDashboard(index: IndexFile): DashboardContext {
  const lookup = useMemo(() => buildLookup(index), [index]);
  const state = useViewStore();
  const selectedLocalities = useMemo(() => selectedOf(index, state.localityIds), [index, state.localityIds]);
  const profileLocality = profileOf(index, lookup.localitiesById, state.profileId, selectedLocalities);
  const { compareA, compareB } = state;
  const comparePair = useMemo(
    () => comparePairOf({ compareA, compareB }, lookup.localitiesById, selectedLocalities, index.localities),
    [compareA, compareB, lookup, selectedLocalities, index.localities],
  );
  const needed = useMemo(() => localitiesNeeded(state.view, selectedLocalities, profileLocality, comparePair), [state.view, selectedLocalities, profileLocality, comparePair]);
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
  const overCompareLimit = selectedLocalities.length > MAX_COMPARED;
  return useMemo(
    () => ({ index, lookup, state, change, selectedLocalities, profileLocality, observations, selection, overCompareLimit, comparePair }),
    [index, lookup, state, selectedLocalities, profileLocality, observations, selection, overCompareLimit, comparePair],
  );
}
