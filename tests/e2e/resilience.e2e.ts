// Failures a reader can meet: a view whose code does not load shows an error with a retry, never a blank page.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject, test } from 'vitest';
import { closePages, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async (context) => {
  await closePages(context.task);
});
afterAll(async () => {
  await browser?.close();
});

test('when the table view’s code fails to load, the page shows an error and a retry that recovers', async () => {
  const { page } = await openPage(browser, `${inject('baseUrl')}?view=charts`);
  await page.locator('.echart svg').first().waitFor();
  await page.route(/table-view-[^/]*\.js$/, (route) => route.abort());
  await page.locator('.view-tabs').getByRole('link', { name: '表格' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await expect.poll(() => alert.textContent()).toContain('加载失败');
  // Plain words, not the browser's "Failed to fetch dynamically imported module …".
  await expect.poll(() => alert.textContent()).toContain('页面的程序代码未能加载');
  expect(await alert.textContent()).not.toContain('dynamically imported module');
  // The rest of the page stays: header, controls and tabs.
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('工会工作对比看板');
  expect(new URL(page.url()).searchParams.get('view')).toBe('table');

  await page.unroute(/table-view-[^/]*\.js$/);
  await alert.getByRole('button').click();
  await page.getByRole('table').waitFor();
  await expect.poll(() => page.getByRole('alert').count()).toBe(0);
});
