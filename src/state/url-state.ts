// The shareable view state: parsed from and written to the query string, in this one place.
import type { Lang } from '@/lib/i18n';

export const VIEWS = ['overview', 'charts', 'table', 'profile', 'about', 'reader'] as const;
export type View = (typeof VIEWS)[number];

export const CHART_SORTS = ['locality', 'desc', 'asc'] as const;
export type ChartSort = (typeof CHART_SORTS)[number];

export interface TableSort {
  columnId: string;
  desc: boolean;
}

export interface ViewState {
  view: View;
  /** Selected locality ids; null means all. */
  loc: string[] | null;
  /** Selected program area ids; null means all. */
  area: string[] | null;
  lang: Lang;
  /** Per 10,000 residents. */
  pc: boolean;
  profile: string | null;
  metric: string | null;
  /** Table text search. */
  q: string;
  sort: ChartSort;
  tsort: TableSort | null;
  /** Hidden table columns. */
  hide: string[];
  /** Chart cards (metric ids) that show multi-year figures per year. */
  py: string[];
  /** Reserved for the source reader: source id and figure (observation) id. */
  src: string | null;
  fig: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  loc: null,
  area: null,
  lang: 'zh',
  pc: false,
  profile: null,
  metric: null,
  q: '',
  sort: 'locality',
  tsort: null,
  hide: [],
  py: [],
  src: null,
  fig: null,
};

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

function tableSort(raw: string | null): TableSort | null {
  const match = raw?.match(/^([a-z0-9][a-z0-9_-]{0,80}):(asc|desc)$/);
  return match?.[1] && match[2] ? { columnId: match[1], desc: match[2] === 'desc' } : null;
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
  return {
    view: oneOf(VIEWS, params.get('view'), DEFAULT_VIEW_STATE.view),
    loc: selection(params.get('loc')),
    area: selection(params.get('area')),
    lang: oneOf(['zh', 'en'] as const, params.get('lang'), DEFAULT_VIEW_STATE.lang),
    pc: params.get('pc') === '1',
    profile: idOrNull(params.get('profile')),
    metric: idOrNull(params.get('metric')),
    q: q.slice(0, 200),
    sort: oneOf(CHART_SORTS, params.get('sort'), DEFAULT_VIEW_STATE.sort),
    tsort: tableSort(params.get('tsort')),
    hide: idList(params.get('hide')),
    py: idList(params.get('py')),
    src: idOrNull(params.get('src')),
    fig: idOrNull(params.get('fig'), OBSERVATION_ID),
  };
}

/** Writes only what differs from the defaults, in a fixed order, so equal states give equal URLs. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (state.loc !== null) params.set('loc', state.loc.join(','));
  if (state.area !== null) params.set('area', state.area.join(','));
  if (state.lang !== DEFAULT_VIEW_STATE.lang) params.set('lang', state.lang);
  if (state.pc) params.set('pc', '1');
  if (state.profile) params.set('profile', state.profile);
  if (state.metric) params.set('metric', state.metric);
  if (state.q) params.set('q', state.q);
  if (state.sort !== DEFAULT_VIEW_STATE.sort) params.set('sort', state.sort);
  if (state.tsort) params.set('tsort', `${state.tsort.columnId}:${state.tsort.desc ? 'desc' : 'asc'}`);
  if (state.hide.length > 0) params.set('hide', state.hide.join(','));
  if (state.py.length > 0) params.set('py', state.py.join(','));
  if (state.src) params.set('src', state.src);
  if (state.fig) params.set('fig', state.fig);
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
  areaIds: readonly string[];
  metricIds: readonly string[];
}

/**
 * Drops ids the dataset does not know; a selection of everything, or of nothing known, becomes null (all),
 * so a stale or garbled link shows the default view rather than an empty one.
 * Kept separate from parsing so that a link still parses before the index has loaded.
 */
function keepKnown(ids: string[] | null, allowed: readonly string[]): string[] | null {
  if (ids === null) return null;
  const allowedSet = new Set(allowed);
  const kept = ids.filter((id) => allowedSet.has(id));
  return kept.length === 0 || kept.length === allowed.length ? null : kept;
}

export function reconcileViewState(state: ViewState, known: KnownIds): ViewState {
  const localities = new Set(known.localityIds);
  return {
    ...state,
    loc: keepKnown(state.loc, known.localityIds),
    area: keepKnown(state.area, known.areaIds),
    profile: state.profile && localities.has(state.profile) ? state.profile : null,
    metric: state.metric && known.metricIds.includes(state.metric) ? state.metric : null,
  };
}
