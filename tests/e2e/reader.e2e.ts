// The source reader as a person uses it: "show in source" from a table cell lands on the sentence, deep links
// highlight the right figure, rejected numbers explain themselves. Offsets come from public/data.
import type { Browser } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, screenshot } from './browser';
import { expectAtFigure, readSource } from './reader-focus';
import { sharedBrowser } from './shared-browser';
import { readIndex, readObservations } from './dataset';

const index = readIndex();

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

describe('source reader', () => {
  test('"show in source" from a table cell lands on the sentence with the figure highlighted', async () => {
    const metricId = 'new_unions';
    const locality = index.localities.find((l) => readObservations(l.id).some((o) => o.metricId === metricId))!;
    const observation = readObservations(locality.id).filter((o) => o.metricId === metricId).toSorted((a, b) => a.figureStart - b.figureStart)[0]!;
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=table`);
    await page.locator(`tr[data-metric="${metricId}"] td[data-locality="${locality.id}"] button`).first().click();
    const detail = page.getByTestId('cell-detail');
    await detail.locator(`[data-observation-id="${observation.id}"]`).getByRole('link', { name: '查看原文' }).click();
    await page.getByTestId('reader-view').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('reader');
    expect(url.searchParams.get('src')).toBe(observation.sourceId);
    expect(url.searchParams.get('fig')).toBe(observation.id);
    await expectAtFigure(page, observation);
    expect(errors).toEqual([]);
  });

  test("a bar's tooltip links to the figure's sentence in the reader", async () => {
    const metricId = 'new_unions';
    const figures = index.localities.flatMap((l) => readObservations(l.id)).filter((o) => o.metricId === metricId);
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=charts`);
    const card = page.locator(`[data-testid="chart-${metricId}"]`);
    await card.locator('.echart svg').waitFor();
    await card.scrollIntoViewIfNeeded();
    const bars = await card.locator('.echart svg path').evaluateAll((paths) =>
      paths.flatMap((path, i) => {
        const box = path.getBoundingClientRect();
        const fill = path.getAttribute('fill') ?? '';
        return fill.startsWith('#') && fill.toLowerCase() !== '#ffffff' && box.height > 8 && box.width > 4 ? [i] : [];
      }),
    );
    const box = (await card.locator('.echart svg path').nth(bars[0]!).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const link = page.locator('.tt-link', { hasText: '查看原文' }).first();
    await link.waitFor();
    const fig = new URL(await link.getAttribute('href') ?? '', page.url()).searchParams.get('fig');
    const observation = figures.find((o) => o.id === fig);
    expect(observation).toBeDefined();
    const linkBox = (await link.boundingBox())!;
    await page.mouse.move(linkBox.x + 4, linkBox.y + 4, { steps: 4 });
    await page.mouse.click(linkBox.x + 4, linkBox.y + 4);
    await expectAtFigure(page, observation!);
    expect(errors).toEqual([]);
  });

  test('a deep link opens the reader at the figure, and the side list marks it', async () => {
    const locality = index.localities.at(-1)!;
    const observation = readObservations(locality.id).toSorted((a, b) => b.figureStart - a.figureStart)[0]!;
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=reader&src=${observation.sourceId}&fig=${encodeURIComponent(observation.id)}`);
    await expectAtFigure(page, observation);
    await expect.poll(() => page.locator('.reader-sidebar [aria-current="location"]').getAttribute('data-observation-id')).toBe(observation.id);
    const source = readSource(observation.sourceId);
    const figures = source.mentions.filter((m) => m.status === 'figure');
    await expect.poll(() => page.locator('.reader-sidebar__item').count()).toBe(figures.length);
    await expect.poll(() => page.locator('.reader-text .mention--classified, .reader-text .mention--unclassified').count()).toBe(figures.length);
    expect(errors).toEqual([]);
  });

  test('the text is the captured article exactly, and a rejected number says why it was not counted', async () => {
    const source = index.sources.map((s) => readSource(s.id)).find((s) => s.mentions.some((m) => m.status === 'rejected' && m.reason === 'year'))!;
    const rejected = source.mentions.find((m) => m.status === 'rejected' && m.reason === 'year')!;
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=reader&src=${source.sourceId}&fig=${rejected.start}`);
    const target = page.locator('.reader-text [data-target="true"]');
    await target.waitFor();
    expect(await target.getAttribute('title')).toBe('未计入：年份');
    expect(await target.locator('.visually-hidden').innerText()).toContain('年份');
    const shown = await page.getByTestId('reader-text').evaluate((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return copy.textContent;
    });
    expect(shown).toBe(source.text);
    await expect.poll(() => page.locator('.reader-text .mention').count()).toBe(source.mentions.length);
    expect(errors).toEqual([]);
  });

  test('clicking a classified figure opens its metric in the charts', async () => {
    const observations = index.localities.flatMap((l) => readObservations(l.id));
    const metricId = 'new_unions';
    const observation = observations.find((o) => o.metricId === metricId)!;
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=reader&src=${observation.sourceId}`);
    await page.locator(`.reader-text [data-observation-id="${observation.id}"]`).click();
    await page.locator(`[data-testid="chart-${metricId}"]`).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('charts');
    expect(url.searchParams.get('metric')).toBe(metricId);
    expect(errors).toEqual([]);
  });

  test.each([
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ])('screenshots of the reader at $name width', async (size) => {
    const observation = readObservations(index.localities[0]!.id)[3]!;
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=reader&src=${observation.sourceId}&fig=${encodeURIComponent(observation.id)}`, size);
    await page.locator('.reader-text [data-target="true"]').waitFor();
    await page.screenshot({ path: `screenshots/reader-${size.name}-viewport.png` });
    await screenshot(page, `reader-${size.name}`);
    expect(errors).toEqual([]);
  });

  test('an unknown source in the URL shows the picker and a message, not a blank page', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=reader&src=no-such-source`);
    await page.getByTestId('reader-view').waitFor();
    await expect.poll(() => page.getByTestId('source-select').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('source-not-found').innerText()).toContain('找不到这篇报道');
    await expect.poll(() => page.locator('.reader-source').count()).toBe(0); // never silently another report
    expect(errors).toEqual([]);
  });

  test('a figure link without src opens the figure’s own report', async () => {
    const locality = index.localities.at(-1)!;
    const observation = readObservations(locality.id).toSorted((a, b) => b.figureStart - a.figureStart)[0]!;
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=reader&fig=${encodeURIComponent(observation.id)}`);
    await expectAtFigure(page, observation);
    await expect.poll(() => page.getByTestId('source-select').inputValue()).toBe(observation.sourceId);
    expect(errors).toEqual([]);
  });
});
