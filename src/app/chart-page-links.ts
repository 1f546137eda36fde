// Where the chart page's links lead: a card to its page, the page to its embed and back, a source to the reader.
import type { Source } from '@/schema/dataset';
import type { ViewState } from '@/state/url-state';
import { currentViewState, urlOf } from '@/state/view-store';

/** The chart page of a metric, keeping the filters; a title edited for another chart does not follow. */
export function chartPageState(metricId: string): Partial<ViewState> {
  return { view: 'chart', metricId, chartTitle: null, chartSubtitle: null, embed: false };
}

/** A relative URL of a metric's chart page, for the cards' "open chart" links (a new tab works too). */
export function chartPageHref(metricId: string): string {
  return urlOf({ ...currentViewState(), ...chartPageState(metricId) }) || '?';
}

/** A query string made absolute against the page's address (for copying, embedding and new windows). */
export function absoluteUrl(search: string): string {
  return new URL(search || '?', window.location.href).href;
}

/** The URLs the chart page offers: itself, its embed mode, every chart, and a source in the reader. */
export function chartPageUrls(state: ViewState) {
  const page = { ...state, view: 'chart' as const, embed: false };
  return {
    page: absoluteUrl(urlOf(page)),
    embed: absoluteUrl(urlOf({ ...page, embed: true })),
    charts: urlOf({ ...page, view: 'charts' }) || '?',
    /** The metric across every locality. */
    ranking: urlOf({ ...page, view: 'rank' }) || '?',
    source: (source: Source) => urlOf({ ...page, view: 'reader', sourceId: source.id, figureId: null }) || '?',
  };
}
