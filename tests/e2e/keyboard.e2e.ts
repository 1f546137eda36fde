// Keyboard only: the skip link, locality chips, the area filter, the view tabs, the download menus,
// table sort, and a table cell's detail (brought into view, Escape closes it, focus returns to the cell).
import type { Browser, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { openPage, viewReady } from './browser';
import { sharedBrowser } from './shared-browser';
import { readIndex } from './dataset';

const index = readIndex();
const MAX_TABS = 400;

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

/** Presses Tab until the focused element matches `selector`; returns how many presses it took. */
async function tabTo(page: Page, selector: string): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector} in ${MAX_TABS} presses`);
}

function focused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** In the window and not under the sticky control bar. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const box = document.querySelector(s)?.getBoundingClientRect();
    const bar = document.querySelector('.control-bar')?.getBoundingClientRect();
    const covered = bar && bar.top <= 0 ? bar.bottom : 0;
    return box !== undefined && box.top >= covered - 1 && box.top < window.innerHeight; // -1: sub-pixel scroll positions
  }, selector);
}

test('the skip link moves the focus to the main content, and the next Tab is inside it', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=table`);
  await viewReady(page);
  await page.getByTestId('figure-table').waitFor();
  await page.keyboard.press('Tab');
  expect(await focused(page, '.skip-link')).toBe(true);
  await page.keyboard.press('Enter');
  expect(await focused(page, 'main#main')).toBe(true);
  expect(new URL(page.url()).hash).toBe('');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false)).toBe(true);
  expect(errors).toEqual([]);
});

test('chips, area filter, tabs, table sort and a cell’s detail work from the keyboard alone', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=overview`);
  await viewReady(page);

  // A locality chip: Space toggles it.
  await tabTo(page, '.locality-picker .chip[aria-pressed="true"]');
  await page.keyboard.press('Space');
  await expect.poll(() => focused(page, '.locality-picker .chip[aria-pressed="false"]')).toBe(true);
  expect(param(page, 'xloc') ?? param(page, 'loc')).not.toBeNull();
  await page.keyboard.press('Space');
  await expect.poll(() => page.locator('.locality-picker .chip[aria-pressed="true"]').count()).toBe(index.localities.length);

  // An area chip: Enter filters to it; Shift+Tab back to 全部领域 and Enter shows all again.
  await tabTo(page, '.area-filter .chip[aria-pressed="false"]');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'area')).not.toBeNull();
  expect(await focused(page, '.area-filter .chip[aria-pressed="true"]')).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'area')).toBeNull();

  // The view tabs: Enter on 表格 opens the table.
  await tabTo(page, '.view-tabs a[href*="view=table"]');
  await page.keyboard.press('Enter');
  await page.getByTestId('figure-table').waitFor();
  expect(param(page, 'view')).toBe('table');

  // Table sort: Enter on the metric column's header sorts the rows.
  await tabTo(page, 'th .sort-button');
  const header = page.locator('th', { has: page.locator('.sort-button:focus') });
  const before = await header.getAttribute('aria-sort');
  await page.keyboard.press('Enter');
  await expect.poll(() => header.getAttribute('aria-sort')).not.toBe(before);
  expect(param(page, 'tsort')).not.toBeNull();

  // A cell: Enter opens its detail in view with the focus on the close button; Escape closes it and
  // the focus is back on the cell.
  await tabTo(page, '.cell-button');
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('cell-detail');
  await detail.waitFor();
  await expect.poll(() => focused(page, '[data-testid="cell-detail"] button')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => detail.count()).toBe(0);
  expect(await focused(page, '.cell-button')).toBe(true);
  expect(errors).toEqual([]);
});

test('a cell far down the table opens its detail on screen; Escape returns the focus to that cell', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=table`);
  await viewReady(page);
  await page.getByTestId('figure-table').waitFor();
  const last = page.locator('.cell-button').last();
  await last.focus();
  const where = await last.evaluate((button) => ({ metric: button.closest('tr')?.dataset.metric, locality: button.closest('td')?.dataset.locality }));
  await page.keyboard.press('Enter');
  await page.getByTestId('cell-detail').waitFor();
  await expect.poll(() => inViewport(page, '[data-testid="cell-detail"]')).toBe(true);
  expect(await focused(page, '[data-testid="cell-detail"] button')).toBe(true);
  // The close button is the next stop, not a hundred Tabs away: Shift+Tab and Tab come back to it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page, '[data-testid="cell-detail"] button')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('cell-detail').count()).toBe(0);
  expect(await focused(page, `tr[data-metric="${where.metric}"] td[data-locality="${where.locality}"] .cell-button`)).toBe(true);
  expect(await inViewport(page, `tr[data-metric="${where.metric}"] td[data-locality="${where.locality}"] .cell-button`)).toBe(true);
  expect(errors).toEqual([]);
});

test('after a download-menu item, or Escape, the focus is back on the menu’s button', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=charts`);
  await viewReady(page);
  await page.locator('.echart svg').first().waitFor();

  // A chart's menu: Enter opens it, Tab reaches an item, Enter downloads, focus returns to the summary.
  await tabTo(page, '.chart-download summary');
  await page.keyboard.press('Enter');
  await tabTo(page, '.chart-download [data-export="csv"]');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await download;
  expect(await focused(page, '.chart-download summary')).toBe(true);
  expect(await page.evaluate(() => document.querySelector('.chart-download details')?.hasAttribute('open'))).toBe(false);

  // Escape closes an open menu and leaves the focus on its button.
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.closest('details')?.hasAttribute('open'))).toBe(true);
  await page.keyboard.press('Escape');
  expect(await focused(page, '.chart-download summary')).toBe(true);

  // The data menu in the toolbar.
  await page.locator('.data-download summary').focus();
  await page.keyboard.press('Enter');
  await tabTo(page, '.data-download [data-export="filtered-csv"]');
  const data = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await data;
  await expect.poll(() => focused(page, '.data-download summary')).toBe(true);
  expect(errors).toEqual([]);
});

test('the profile’s locality box: typed (full-width too), arrows move through the matches, Enter chooses, Escape puts back', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=profile&profile=changshan`);
  await viewReady(page);
  const name = (id: string) => index.localities.find((l) => l.id === id)!;
  const boxText = (id: string) => `${name(id).name.zh} · ${name(id).level.zh}`;
  const box = page.getByRole('combobox', { name: '选择地区' });
  const options = page.getByRole('listbox').getByRole('option');
  await box.focus();
  expect(await box.inputValue()).toBe(boxText('changshan'));
  // Arrow down opens the list: every locality (the index's order), the first active.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => options.count()).toBe(index.localities.length);
  expect(await box.getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('ArrowDown');
  const second = index.localities[1]!;
  expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'profile')).toBe(second.id);
  await expect.poll(() => page.locator('#profile-heading').innerText()).toBe(name(second.id).name.zh);
  expect(await box.getAttribute('aria-expanded')).toBe('false');
  // Typed with a Chinese keyboard's full-width letters: the English name is found.
  await box.fill('ＸＩＵＺＨＯＵ');
  await expect.poll(() => options.allInnerTexts()).toEqual([expect.stringContaining(boxText('xiuzhou'))]);
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'profile')).toBe('xiuzhou');
  expect(await box.inputValue()).toBe(boxText('xiuzhou'));
  // Nothing matches: the list says so; Escape closes it and puts back the chosen locality.
  await box.fill('北京');
  await expect.poll(() => page.locator('.combobox__note').innerText()).toBe('没有匹配的地区');
  await page.keyboard.press('Escape');
  expect(await box.inputValue()).toBe(boxText('xiuzhou'));
  expect(await box.getAttribute('aria-expanded')).toBe('false');
  expect(param(page, 'profile')).toBe('xiuzhou');
  expect(errors).toEqual([]);
});
