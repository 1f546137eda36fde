// Failures a reader can meet: a view whose code does not load shows an error with a retry, never a blank page.
import type { Browser } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { openPage, track } from './browser';
import { sharedBrowser } from './shared-browser';

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
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

test('when ECharts’ code fails to load, the charts view explains it in plain words and a retry draws the charts', async () => {
  const context = await track(await browser.newContext({ locale: 'zh-CN' }));
  const page = await context.newPage();
  // ECharts is its own chunk (echarts-setup), requested at start beside the data.
  await page.route(/echarts-setup-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${inject('baseUrl')}?view=charts`);
  const alert = page.getByRole('alert').first();
  await alert.waitFor();
  await expect.poll(() => alert.textContent()).toContain('页面的程序代码未能加载');
  // The controls and tabs stay usable.
  await expect.poll(() => page.locator('.view-tabs').getByRole('link').count()).toBeGreaterThan(0);
  await page.unroute(/echarts-setup-[^/]*\.js$/);
  await alert.getByRole('button').click();
  await page.locator('.echart[data-drawn="true"] svg').first().waitFor();
  await expect.poll(() => page.getByRole('alert').count()).toBe(0);
});

test('the built page has a strict Content-Security-Policy and nothing in it is refused', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=charts`);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.reload();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  // Every view, a tooltip, and the exports (canvas PNG and SVG render in the page).
  for (const view of ['overview', 'charts', 'table', 'profile', 'reader', 'about']) {
    await page.locator('.view-tabs').getByRole('link').nth(['overview', 'charts', 'table', 'profile', 'reader', 'about'].indexOf(view)).click();
    await page.locator('main[data-ready="true"]').waitFor();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  }
  await page.locator('.view-tabs').getByRole('link').nth(1).click();
  const card = page.locator('[data-testid^="chart-"]').first();
  await card.locator('svg').first().waitFor();
  await card.locator('.chart-download summary').click();
  const download = page.waitForEvent('download');
  await card.locator('[data-export="png"]').click();
  await download;
  expect(errors.filter((error) => /Content Security Policy|CSP violation|Refused to/i.test(error))).toEqual([]);
  expect(errors).toEqual([]);
});
