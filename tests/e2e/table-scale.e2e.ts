// The table at scale: with 60 of 3,000 (synthetic) localities it draws only the rows and columns in view, reaches
// its last metric when scrolled to the bottom, keeps its header row and metric column in place, keeps a focused
// cell drawn and lets Tab reach every row; with the five real localities it draws every row, as before.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, screenshot } from './browser';
import { sharedBrowser } from './shared-browser';
import { readIndex, readObservations, routeScale, syntheticScale } from './dataset';

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

const index = readIndex();

/** The body's lines as the pipeline's data has them: each area in display order with a header, then its metrics that any of the real localities reports. */
function expectedLines(): { metrics: string[]; areas: number } {
  const reported = new Set(index.localities.flatMap((l) => readObservations(l.id).map((o) => o.metricId)));
  const metrics: string[] = [];
  let areas = 0;
  for (const area of index.programAreas.toSorted((a, b) => a.order - b.order)) {
    const inArea = index.metrics.filter((m) => m.programAreaId === area.id && reported.has(m.id)).map((m) => m.id);
    if (inArea.length > 0) areas += 1;
    metrics.push(...inArea);
  }
  return { metrics, areas };
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** The table of the first `count` of 3,000 synthetic localities (sixty, the most it compares, unless said). */
async function openScale(viewport: { width: number; height: number }, count = 60) {
  const { index: big } = syntheticScale(3000, 'new_unions');
  // They cycle through the real five, so the rows are those of the real data.
  const chosen = big.localities.slice(0, count);
  const watched = await openPage(browser, `${inject('baseUrl')}?view=table&loc=${chosen.map((l) => l.id).join(',')}`, viewport, false, (context) => routeScale(context, big));
  await watched.page.getByTestId('figure-table').locator('tbody td.figure-table__cell').first().waitFor();
  return { ...watched, chosen };
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('the table at scale', () => {
  test('a windowed table says on paper that a print holds only what is drawn, and where the whole table is', async () => {
    const { page, errors } = await openScale(DESKTOP);
    const note = page.getByTestId('table-print-note');
    expect(await note.isVisible()).toBe(false); // on screen the table scrolls: nothing to say
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('下载 CSV');
    expect(await page.locator('.order-button').first().isVisible()).toBe(false); // the metric cells' order buttons
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.order-button').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`on a ${name}, 60 localities: only the rows in view are drawn, the last is reached, header and metric column stay`, async () => {
      const { page, errors, chosen } = await openScale(viewport);
      const { metrics, areas } = expectedLines();
      const table = page.getByTestId('figure-table');
      const scroller = page.locator('.table-view .table-scroll');
      await scroller.scrollIntoViewIfNeeded();
      // Screen readers hear the whole table's size; far fewer rows are in the document.
      expect(Number(await table.getAttribute('aria-rowcount'))).toBe(1 + areas + metrics.length);
      const drawnRows = () => table.locator('tbody tr[data-metric]').count();
      const drawnAtTop = await drawnRows();
      expect(drawnAtTop).toBeGreaterThan(3);
      expect(drawnAtTop).toBeLessThan(metrics.length / 2);
      expect(await table.locator(`tr[data-metric="${metrics.at(-1)}"]`).count()).toBe(0);
      expect(await table.locator('tbody tr[data-metric]').first().getAttribute('aria-rowindex')).toBe('3'); // after the header row and the first area's

      const header = await box(page, `thead th.figure-table__head--locality`);
      const metricCell = page.locator('tbody th.figure-table__metric').first();
      const metricX = (await metricCell.boundingBox())!.x;
      // Down to the bottom: the last metric row is drawn, in view, with its place in the whole table.
      await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      const last = table.locator(`tr[data-metric="${metrics.at(-1)}"]`);
      await expect.poll(() => last.count()).toBe(1);
      expect(await last.getAttribute('aria-rowindex')).toBe(String(1 + areas + metrics.length));
      const container = (await scroller.boundingBox())!;
      await expect.poll(async () => {
        const row = (await last.boundingBox())!;
        return row.y + row.height <= container.y + container.height + 1 && row.y >= container.y;
      }).toBe(true);
      expect(await drawnRows()).toBeLessThan(metrics.length / 2);
      expect(await table.locator(`tr[data-metric="${metrics[0]}"]`).count()).toBe(0);
      // The header row stays at the top of the box.
      await expect.poll(async () => Math.abs((await box(page, 'thead th.figure-table__head--locality')).y - header.y)).toBeLessThanOrEqual(2);
      // Sideways to the far end: the metric column stays at the left edge, the last locality's cells are drawn.
      await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      await expect.poll(() => last.locator(`td[data-locality="${chosen.at(-1)!.id}"]`).count()).toBe(1);
      await expect.poll(async () => Math.abs((await last.locator('th.figure-table__metric').boundingBox())!.x - metricX)).toBeLessThanOrEqual(2);
      await expect.poll(async () => Math.abs((await box(page, 'thead th.figure-table__head--locality')).y - header.y)).toBeLessThanOrEqual(2);
      await page.screenshot({ path: `screenshots/table-60-bottom-right-${name}.png` });

      // Back to the top: the first rows are drawn again, and the spacers leave no gap above them.
      await scroller.evaluate((element) => element.scrollTo({ top: 0, left: 0 }));
      const first = table.locator(`tr[data-metric="${metrics[0]}"]`);
      await expect.poll(() => first.count()).toBe(1);
      await expect.poll(async () => (await first.boundingBox())!.y - (await box(page, 'thead th.figure-table__head--metric')).y).toBeLessThan(120);
      expect(errors).toEqual([]);
    });
  }

  test('a focused cell stays drawn while it is scrolled out of view, so the focus is kept', async () => {
    const { page, errors } = await openScale(DESKTOP);
    const button = page.locator('tbody tr[data-metric] td.figure-table__cell button').first();
    const metricId = await button.evaluate((element) => element.closest('tr')!.getAttribute('data-metric'));
    await button.focus();
    await page.locator('.table-view .table-scroll').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-metric'))).toBe(metricId);
    // Once the focus leaves the table, the row is let go.
    await page.locator('.table-search input').focus();
    await page.locator('.table-view .table-scroll').evaluate((element) => element.scrollBy({ top: -10 }));
    await expect.poll(() => page.locator(`tr[data-metric="${metricId}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('with the keyboard alone, Tab walks through every metric row in order, drawing each as it comes', async () => {
    // Sixteen: the fewest that window the columns, and so the rows.
    const { page, errors } = await openScale(DESKTOP, 16);
    const table = page.getByTestId('figure-table');
    const { metrics } = expectedLines();
    expect(await table.locator('tbody tr[data-metric]').count()).toBeLessThan(metrics.length);
    await table.locator('tbody tr[data-metric] .order-button').first().focus();
    const visited: string[] = [];
    for (let presses = 0; presses < 20 * metrics.length; presses++) {
      const row = await page.evaluate(() => document.activeElement?.closest('tr[data-metric]')?.getAttribute('data-metric') ?? null);
      if (row === null) break;
      if (visited.at(-1) !== row) visited.push(row);
      await page.keyboard.press('Tab');
    }
    expect(visited).toEqual(metrics);
    expect(errors).toEqual([]);
  }, 120_000); // a few hundred key presses

  test('the five real localities: every row is drawn, as before (print and find-in-page see them all)', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=table`);
    const table = page.getByTestId('figure-table');
    await table.locator('tbody td.figure-table__cell').first().waitFor();
    const { metrics, areas } = expectedLines();
    expect(await table.locator('tbody tr[data-metric]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-metric')))).toEqual(metrics);
    expect(await table.locator('tbody tr.figure-table__group').count()).toBe(areas);
    expect(await table.getAttribute('aria-rowcount')).toBeNull();
    expect(await table.locator('tbody tr.figure-table__gap').count()).toBe(0);
    expect(await page.getByTestId('table-print-note').count()).toBe(0); // a print holds the whole table
    await screenshot(page, 'table-five-desktop');
    expect(errors).toEqual([]);
  });
});
