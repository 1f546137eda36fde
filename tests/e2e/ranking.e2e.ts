// The ranking: one metric across every locality, ranked within its comparable groups, the selection marked; at
// the scale of a country (3,000 localities, served from a synthetic dataset) only the ends and the selection
// are drawn first, and "show all" draws only the rows in view.
import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, viewReady } from './browser';
import { sharedBrowser } from './shared-browser';
import { readIndex, readMetricFile, routeScale, syntheticScale } from './dataset';

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

const index = readIndex();

async function open(query: string, beforeLoad?: (context: BrowserContext) => Promise<void>) {
  const watched = await openPage(browser, `${inject('baseUrl')}${query}`, undefined, false, beforeLoad);
  await watched.page.getByTestId('ranking').waitFor();
  await viewReady(watched.page);
  return watched;
}

describe('ranking view', () => {
  test('ranks the metric file\'s like-for-like figures largest first, marks the selection, counts who does not report', async () => {
    const metric = readMetricFile('new_unions');
    const { page, errors } = await open('?view=rank&metric=new_unions');
    const main = metric.observations.filter((o) => o.groupId === metric.observations[0]!.groupId && o.partOfId === null && o.kind === 'result');
    const rows = page.getByTestId('ranking-rows').first().locator('.ranking__row');
    const shown = await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-locality')));
    expect(shown).toEqual(main.toSorted((a, b) => b.value - a.value).map((o) => o.localityId));
    const reporting = new Set(metric.observations.map((o) => o.localityId)).size;
    await expect.poll(() => page.getByTestId('ranking-counts').textContent()).toContain(`${index.localities.length - reporting} 个地区未报告`);
    expect(await rows.locator('.ranking__badge').count()).toBe(main.length);

    // Dropping a locality from the selection unmarks it; it keeps its rank.
    const dropped = main[0]!.localityId;
    const name = index.localities.find((l) => l.id === dropped)!.shortName.zh;
    await page.locator('.locality-picker .chip', { hasText: name }).first().click();
    const row = page.locator(`.ranking__row[data-locality="${dropped}"]`);
    await expect.poll(() => row.getAttribute('class')).not.toContain('ranking__row--selected');
    expect(await page.locator('.ranking__row').count()).toBe(main.length);
    expect(errors).toEqual([]);
  });

  test('a chart page leads to the same metric ranked across every locality', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=chart&metric=new_members`);
    await page.getByTestId('chart-page-ranking').click();
    await page.getByTestId('ranking').waitFor();
    expect(await page.getByTestId('ranking').getAttribute('data-metric')).toBe('new_members');
    expect(new URL(page.url()).searchParams.get('view')).toBe('rank');
    expect(errors).toEqual([]);
  });

  test('the metric menu changes the URL and the ranking', async () => {
    const { page } = await open('?view=rank&metric=new_unions');
    const other = await page.getByTestId('ranking-metric').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).find((v) => v !== 'new_unions'));
    await page.getByTestId('ranking-metric').selectOption(other!);
    await expect.poll(() => new URL(page.url()).searchParams.get('metric')).toBe(other);
    await expect.poll(() => page.getByTestId('ranking').getAttribute('data-metric')).toBe(other);
  });

  test('with 3,000 localities: top and bottom ten and the selection first, then a virtualised list of all', async () => {
    const { index: big, metric } = syntheticScale(3000, 'new_unions');
    const { page, errors } = await open('?view=rank&metric=new_unions', async (context) => {
      await context.route('**/data/index.json', (route) => route.fulfill({ json: big }));
      await context.route('**/data/metrics/new_unions.json', (route) => route.fulfill({ json: metric }));
    });
    const rows = page.getByTestId('ranking-rows').locator('.ranking__row');
    const selected = new Set(big.defaultLocalityIds);
    const ranks = await rows.evaluateAll((items) => items.map((li) => [Number(li.getAttribute('data-rank')), li.classList.contains('ranking__row--selected')] as const));
    // Ranks 1–10, 2991–3000, and the five selected wherever they fall.
    const expected = metric.observations
      .map((o) => ({ rank: 3000 - o.value + 1, selected: selected.has(o.localityId) }))
      .filter((r) => r.rank <= 10 || r.rank > 2990 || r.selected)
      .toSorted((a, b) => a.rank - b.rank)
      .map((r) => [r.rank, r.selected]);
    expect(ranks).toEqual(expected);
    expect(await page.locator('.ranking__gap').count()).toBeGreaterThan(0);
    // No locality file is fetched for a ranking: one metric file holds every figure.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/localities/')).length)).toBe(0);

    await page.getByTestId('ranking-show-all').click();
    const list = page.getByTestId('ranking-all');
    await list.waitFor();
    const drawn = await list.locator('.ranking__row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(100);
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => list.locator('.ranking__row[data-rank="3000"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('with 3,000 localities, the picker shows every selected locality\'s chip, however far down the list it is', async () => {
    const { index: big, metric } = syntheticScale(3000, 'new_unions');
    const { page, errors } = await open('?view=rank&metric=new_unions&loc=syn-2500,syn-2999', async (context) => {
      await context.route('**/data/index.json', (route) => route.fulfill({ json: big }));
      await context.route('**/data/metrics/new_unions.json', (route) => route.fulfill({ json: metric }));
    });
    const chips = page.locator('.locality-picker .chip');
    const pressed = await chips.evaluateAll((items) => items.filter((chip) => chip.getAttribute('aria-pressed') === 'true').map((chip) => chip.textContent));
    expect(pressed).toHaveLength(2);
    expect(pressed.join(' ')).toContain('2500');
    expect(pressed.join(' ')).toContain('2999');
    expect(await chips.count()).toBe(60);
    // Its chip drops it again, and the URL follows.
    await chips.filter({ hasText: '2999' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('loc')).toBe('syn-2500');
    expect(errors).toEqual([]);
  });

  test('with all 3,000 selected, the charts and the table say why they do not draw and lead to the ranking', async () => {
    const { index: big, metric } = syntheticScale(3000, 'new_unions');
    const route = async (context: BrowserContext) => {
      await context.route('**/data/index.json', (r) => r.fulfill({ json: big }));
      await context.route('**/data/metrics/new_unions.json', (r) => r.fulfill({ json: metric }));
    };
    for (const view of ['charts', 'table']) {
      const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=${view}&loc=*&metric=new_unions`, undefined, false, route);
      await viewReady(page);
      const notice = page.getByTestId('over-compare-limit');
      await expect.poll(() => notice.textContent()).toContain('3,000');
      expect(new URL(page.url()).searchParams.get('loc')).toBe('*');
      expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/localities/')).length)).toBe(0);
      await notice.getByRole('link').click();
      await page.getByTestId('ranking').waitFor();
      expect(new URL(page.url()).searchParams.get('view')).toBe('rank');
      expect(errors).toEqual([]);
    }
  });

  test('with 3,000 localities, a cleared selection offers the default few, not all 3,000', async () => {
    const { index: big } = syntheticScale(3000, 'new_unions');
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=charts&loc=`, undefined, false, (context) => routeScale(context, big));
    const prompt = page.getByTestId('choose-localities');
    await prompt.waitFor();
    await prompt.getByRole('button', { name: '选择默认的 5 个地区' }).click();
    await page.locator('.chart-card').first().waitFor();
    expect(new URL(page.url()).searchParams.has('loc')).toBe(false);
    expect(await page.getByTestId('over-compare-limit').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the table of 40 localities draws only the columns in view, and the rest as it scrolls sideways', async () => {
    const { index: big } = syntheticScale(3000, 'new_unions');
    const chosen = big.localities.slice(0, 40);
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=table&loc=${chosen.map((l) => l.id).join(',')}`, undefined, false, (context) => routeScale(context, big));
    const table = page.getByTestId('figure-table');
    await table.locator('tbody td.figure-table__cell').first().waitFor();
    const headers = table.locator('thead th.figure-table__head--locality');
    const drawn = await headers.count();
    expect(drawn).toBeGreaterThan(3);
    expect(drawn).toBeLessThan(chosen.length);
    expect(Number(await table.getAttribute('aria-colcount'))).toBe(chosen.length + 3);
    // Every body row draws the same locality columns as the header.
    const firstRow = table.locator('tbody tr[data-metric]').first();
    expect(await firstRow.locator('td.figure-table__cell').count()).toBe(drawn);
    const last = chosen.at(-1)!;
    expect(await table.locator(`td[data-locality="${last.id}"]`).count()).toBe(0);
    await page.locator('.table-view .table-scroll').evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(() => headers.filter({ hasText: last.shortName.zh }).count()).toBe(1);
    await expect.poll(() => firstRow.locator(`td[data-locality="${last.id}"]`).count()).toBe(1);
    expect(await table.locator(`td[data-locality="${chosen[0]!.id}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
