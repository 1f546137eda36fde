// Every view at desktop and phone width, saved to screenshots/ for a person to look at; no errors allowed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';

const VIEWS = ['overview', 'charts', 'table', 'profile', 'about'] as const;
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('screenshots of each view', () => {
  for (const size of SIZES) {
    test.each(VIEWS)(`%s at ${size.name} width renders without errors`, async (view) => {
      const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=${view}`, size);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      if (view === 'overview' || view === 'charts') await page.locator('.echart svg').first().waitFor();
      await screenshot(page, `${view}-${size.name}`);
      expect(await page.locator('main').innerText()).not.toBe('');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
