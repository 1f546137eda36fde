// Where a click on a figure leads: the reader at its sentence, its chart card, or its locality's profile.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Observation } from '@/schema/dataset';
import { observation } from '@/testing/fixture-dataset';
import { setUrlHistory, type UrlHistory } from '@/state/view-store';
import { figureDestination, readerHref, readerState } from '@/app/figure-links';

const figures = new Map<string, Observation[]>([
  ['alpha', [observation({ id: 'a:1', localityId: 'alpha', value: 1, originalText: '1个' })]],
  ['beta', [observation({ id: 'b:1', localityId: 'beta', value: 2, originalText: '2个' })]],
  ['gamma', [observation({ id: 'g:1', localityId: 'gamma', value: 3, originalText: '3个', metricId: 'relief_money', programAreaId: 'welfare' })]],
]);
vi.mock('@/data/use-data', () => ({
  loadObservations: async (ids: readonly string[]) => new Map(ids.map((id) => [id, figures.get(id) ?? []])),
}));

function at(search: string): void {
  const history: UrlHistory = { search: () => search, push: () => {}, replace: () => {} };
  setUrlHistory(history);
}

afterEach(() => setUrlHistory(null));
const all = ['alpha', 'beta', 'gamma'];

describe('figure navigation', () => {
  test('the reader opens at the figure and keeps the filters in its link', () => {
    at('?loc=alpha,beta&lang=en');
    const figure = figures.get('alpha')![0]!;
    expect(readerState(figure)).toEqual({ view: 'reader', sourceId: 'src-alpha', figureId: 'a:1' });
    expect(readerHref(figure)).toBe('?view=reader&loc=alpha,beta&lang=en&src=src-alpha&fig=a%3A1');
  });

  test('a figure whose metric two selected localities report opens that chart card, keeping the selection', async () => {
    at('?view=reader&loc=alpha,beta');
    await expect(figureDestination(figures.get('alpha')![0]!, all)).resolves.toEqual({ view: 'charts', metricId: 'new_unions', localityIds: ['alpha', 'beta'], areaIds: null });
  });

  test('the figure’s locality joins the selection, and its area the area filter', async () => {
    at('?view=reader&loc=beta&area=welfare');
    await expect(figureDestination(figures.get('alpha')![0]!, all)).resolves.toEqual({ view: 'charts', metricId: 'new_unions', localityIds: ['beta', 'alpha'], areaIds: ['welfare', 'organising'] });
  });

  test('a metric no other selected locality reports, or an unclassified figure, opens the locality profile', async () => {
    at('?view=reader');
    await expect(figureDestination(figures.get('gamma')![0]!, all)).resolves.toEqual({ view: 'profile', profileId: 'gamma' });
    const unclassified = observation({ id: 'u', localityId: 'beta', value: 5, originalText: '5个', metricId: null, programAreaId: null });
    await expect(figureDestination(unclassified, all)).resolves.toEqual({ view: 'profile', profileId: 'beta' });
  });
});
