// The shareable view state: parsed from and written to the query string, in this one place. The URL's short keys
// (loc, pc, q, tsort …) live only here; the rest of the code reads the fields by their names.
import type { Lang } from '@/lib/i18n';

export const VIEWS = ['overview', 'charts', 'rank', 'table', 'compare', 'profile', 'about', 'reader', 'chart'] as const;
export type View = (typeof VIEWS)[number];

export const CHART_SORTS = ['locality', 'desc', 'asc'] as const;
export type ChartSort = (typeof CHART_SORTS)[number];

export interface TableSort {
  columnId: string;
  desc: boolean;
}

export interface ViewState {
  view: View;
  /**
   * Selected locality ids; null means the dataset's default selection (index.defaultLocalityIds), [] none.
   * URL key: loc (loc=* all, loc= none), or xloc for the ones left out when that is shorter. Until the index is
   * known, [ALL_LOCALITIES] stands for every locality (reconcileViewState expands it).
   */
  localityIds: string[] | null;
  /** Localities left out (URL key xloc), until the index is known and reconcileViewState turns them into localityIds. */
  excludedLocalityIds: string[];
  /** Selected program area ids; null means all. URL key: area. */
  areaIds: string[] | null;
  lang: Lang;
  /** Counts and money per 10,000 (or 100,000) residents. URL key: pc. */
  perCapita: boolean;
  /** The locality the profile shows. URL key: profile. */
  profileId: string | null;
  /** The chart card to jump to, or the metric the ranking shows. URL key: metric. */
  metricId: string | null;
  /** Table text search. URL key: q. */
  query: string;
  /** Bars by locality or by value. URL key: sort. */
  chartSort: ChartSort;
  /** Rows by metric, area or unit, or the locality columns by one metric's values. URL key: tsort. */
  tableSort: TableSort | null;
  /** Hidden table columns. URL key: hide. */
  hiddenColumns: string[];
  /** Chart cards (metric ids) that show multi-year figures per year. URL key: py. */
  perYearMetrics: string[];
  /** The source reader's source and figure (observation) ids. URL keys: src, fig. */
  sourceId: string | null;
  figureId: string | null;
  /** The two places the compare view sets side by side. URL keys: a, b. */
  compareA: string | null;
  compareB: string | null;
  /** The chart page's title and subtitle as edited for publication; null = the generated text. URL keys: title, subtitle (chart view only). */
  chartTitle: string | null;
  chartSubtitle: string | null;
  /** The chart page alone, to be framed by another site: no controls, no tabs. URL key: embed (chart view only). */
  embed: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  localityIds: null,
  excludedLocalityIds: [],
  areaIds: null,
  lang: 'zh',
  perCapita: false,
  profileId: null,
  metricId: null,
  query: '',
  chartSort: 'locality',
  tableSort: null,
  hiddenColumns: [],
  perYearMetrics: [],
  sourceId: null,
  figureId: null,
  compareA: null,
  compareB: null,
  chartTitle: null,
  chartSubtitle: null,
  embed: false,
};

/** loc=*: every locality, whatever the default is. */
export const ALL_LOCALITIES = '*';

/** Longest edited title and subtitle kept, in characters (code points): a title, not an article. */
export const MAX_CHART_TITLE = 120;
export const MAX_CHART_SUBTITLE = 200;

const ID = /^[a-z0-9][a-z0-9_-]{0,80}$/;
const OBSERVATION_ID = /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,120}$/;
const MAX_IDS = 5000;

function oneOf<T extends string>(values: readonly T[], raw: string | null, fallback: T): T {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

function idOrNull(raw: string | null, pattern = ID): string | null {
  return raw !== null && pattern.test(raw) ? raw : null;
}

/** A comma list of ids; malformed entries are dropped, duplicates removed, order kept. */
function idList(raw: string | null): string[] {
  if (raw === null || raw === '') return [];
  return [...new Set(raw.split(',').filter((id) => ID.test(id)))].slice(0, MAX_IDS);
}

/** A selection (loc, area): absent, empty or all-malformed means the default, all (null). */
function selection(raw: string | null): string[] | null {
  const ids = idList(raw);
  return ids.length > 0 ? ids : null;
}

/** loc: * is every locality; present but empty is a deliberate "none"; otherwise a list (all-malformed = default). */
function localitySelection(params: URLSearchParams): string[] | null {
  const raw = params.get('loc');
  if (raw === ALL_LOCALITIES) return [ALL_LOCALITIES];
  if (raw === '') return [];
  return selection(raw);
}

function tableSort(raw: string | null): TableSort | null {
  const match = raw?.match(/^([a-z0-9][a-z0-9_-]{0,80}):(asc|desc)$/);
  return match?.[1] && match[2] ? { columnId: match[1], desc: match[2] === 'desc' } : null;
}

/**
 * Edited text as it may stand in a title: control characters and line breaks become spaces, runs of spaces one,
 * capped at `max` code points (never half a surrogate pair). Leading and trailing spaces are kept while typing.
 */
export function cleanEditedText(raw: string, max: number): string {
  const flat = raw.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/ {2,}/g, ' ');
  return Array.from(flat).slice(0, max).join('');
}

/** An edited text from the URL: cleaned and trimmed; empty means not edited. */
function editedText(raw: string | null, max: number): string | null {
  if (raw === null) return null;
  const text = cleanEditedText(raw, max).trim();
  return text === '' ? null : text;
}

/** Reads a query string; anything unknown or malformed falls back to its default, never throws. */
export function parseViewState(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_VIEW_STATE };
  }
  const q = params.get('q') ?? '';
  const view = oneOf(VIEWS, params.get('view'), DEFAULT_VIEW_STATE.view);
  const chartPage = view === 'chart';
  return {
    view,
    localityIds: localitySelection(params),
    excludedLocalityIds: params.has('loc') ? [] : idList(params.get('xloc')),
    areaIds: selection(params.get('area')),
    lang: oneOf(['zh', 'en'] as const, params.get('lang'), DEFAULT_VIEW_STATE.lang),
    perCapita: params.get('pc') === '1',
    profileId: idOrNull(params.get('profile')),
    metricId: idOrNull(params.get('metric')),
    query: q.slice(0, 200),
    chartSort: oneOf(CHART_SORTS, params.get('sort'), DEFAULT_VIEW_STATE.chartSort),
    tableSort: tableSort(params.get('tsort')),
    hiddenColumns: idList(params.get('hide')),
    perYearMetrics: idList(params.get('py')),
    sourceId: idOrNull(params.get('src')),
    figureId: idOrNull(params.get('fig'), OBSERVATION_ID),
    compareA: idOrNull(params.get('a')),
    compareB: idOrNull(params.get('b')),
    chartTitle: chartPage ? editedText(params.get('title'), MAX_CHART_TITLE) : null,
    chartSubtitle: chartPage ? editedText(params.get('subtitle'), MAX_CHART_SUBTITLE) : null,
    embed: chartPage && params.get('embed') === '1',
  };
}

/**
 * Writes only what differs from the defaults, in a fixed order, so equal states give equal URLs. Given every
 * locality id, a selection of all of them is written loc=*, and of most of them as the few left out (xloc), so a
 * URL stays short with thousands of localities.
 */
export function serializeViewState(state: ViewState, allLocalityIds: readonly string[] | null = null): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (state.localityIds !== null) {
    const chosen = new Set(state.localityIds);
    const left = allLocalityIds?.filter((id) => !chosen.has(id)) ?? null;
    if (left !== null && left.length === 0 && state.localityIds.length > 0) params.set('loc', ALL_LOCALITIES);
    else if (left !== null && left.length > 0 && left.length < state.localityIds.length) params.set('xloc', left.join(','));
    else params.set('loc', state.localityIds.join(','));
  } else if (state.excludedLocalityIds.length > 0) params.set('xloc', state.excludedLocalityIds.join(','));
  if (state.areaIds !== null) params.set('area', state.areaIds.join(','));
  if (state.lang !== DEFAULT_VIEW_STATE.lang) params.set('lang', state.lang);
  if (state.perCapita) params.set('pc', '1');
  if (state.profileId) params.set('profile', state.profileId);
  if (state.metricId) params.set('metric', state.metricId);
  if (state.query) params.set('q', state.query);
  if (state.chartSort !== DEFAULT_VIEW_STATE.chartSort) params.set('sort', state.chartSort);
  if (state.tableSort) params.set('tsort', `${state.tableSort.columnId}:${state.tableSort.desc ? 'desc' : 'asc'}`);
  if (state.hiddenColumns.length > 0) params.set('hide', state.hiddenColumns.join(','));
  if (state.perYearMetrics.length > 0) params.set('py', state.perYearMetrics.join(','));
  if (state.sourceId) params.set('src', state.sourceId);
  if (state.figureId) params.set('fig', state.figureId);
  if (state.compareA) params.set('a', state.compareA);
  if (state.compareB) params.set('b', state.compareB);
  // The chart page's own keys mean nothing elsewhere: another view's URL leaves them out.
  if (state.view === 'chart') {
    if (state.chartTitle !== null) params.set('title', state.chartTitle);
    if (state.chartSubtitle !== null) params.set('subtitle', state.chartSubtitle);
    if (state.embed) params.set('embed', '1');
  }
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** The source a figure link points into: observation ids are `<sourceId>:<offset>`; null when `fig` is not one. */
export function sourceIdOfFigure(fig: string | null): string | null {
  const match = fig?.match(/^(.+):\d+$/);
  return match?.[1] && ID.test(match[1]) ? match[1] : null;
}

export interface KnownIds {
  localityIds: readonly string[];
  /** What localityIds null stands for; every locality when not given. */
  defaultLocalityIds?: readonly string[];
  areaIds: readonly string[];
  metricIds: readonly string[];
}

/**
 * Drops ids the dataset does not know; a selection of nothing known becomes null (the default), so a stale or
 * garbled link shows the default view rather than an empty one, and a selection of exactly the default (for
 * areas: everything) becomes null too, so equal selections give equal URLs. A deliberate [] stays empty.
 * Kept separate from parsing so that a link still parses before the index has loaded.
 */
function keepKnown(ids: string[] | null, allowed: readonly string[], defaults: readonly string[] = allowed): string[] | null {
  if (ids === null || ids.length === 0) return ids;
  const allowedSet = new Set(allowed);
  const kept = ids.filter((id) => allowedSet.has(id));
  return kept.length === 0 || sameMembers(kept, defaults) ? null : kept;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** A locality selection as the store keeps it: the default selection is null; unknown ids are kept (the caller knows them). */
export function normalizeLocalitySelection(ids: readonly string[], defaults: readonly string[]): string[] | null {
  return ids.length > 0 && sameMembers(ids, defaults) ? null : [...ids];
}

/**
 * The parsed state with its locality selection spelled out, once every locality id is known: loc=* becomes all of
 * them, xloc all but those left out. Every URL read after the index has loaded (a link, back and forward) goes
 * through here, so a selection means the same however it arrived.
 */
export function expandLocalities(state: ViewState, allLocalityIds: readonly string[]): ViewState {
  const excluded = new Set(state.excludedLocalityIds);
  const localityIds =
    state.localityIds?.includes(ALL_LOCALITIES) === true
      ? [...allLocalityIds]
      : excluded.size > 0
        ? allLocalityIds.filter((id) => !excluded.has(id))
        : state.localityIds;
  return { ...state, localityIds, excludedLocalityIds: [] };
}

export function reconcileViewState(parsed: ViewState, known: KnownIds): ViewState {
  const localities = new Set(known.localityIds);
  const state = expandLocalities(parsed, known.localityIds);
  return {
    ...state,
    localityIds: keepKnown(state.localityIds, known.localityIds, known.defaultLocalityIds ?? known.localityIds),
    areaIds: keepKnown(state.areaIds, known.areaIds),
    profileId: state.profileId && localities.has(state.profileId) ? state.profileId : null,
    compareA: state.compareA && localities.has(state.compareA) ? state.compareA : null,
    compareB: state.compareB && localities.has(state.compareB) ? state.compareB : null,
    // The chart page keeps an unknown metric, to say which one it cannot find.
    metricId: state.metricId && (state.view === 'chart' || known.metricIds.includes(state.metricId)) ? state.metricId : null,
  };
}
