// Every view at desktop and phone width, saved to screenshots/ for a person to look at; no errors allowed.
import type { Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { drawAllCharts, openPage, screenshot } from './browser';
import { sharedBrowser } from './shared-browser';

const VIEWS = ['overview', 'charts', 'table', 'compare', 'profile', 'about'] as const;
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

describe('screenshots of each view', () => {
  for (const size of SIZES) {
    test.each(VIEWS)(`%s at ${size.name} width renders without errors`, async (view) => {
      const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=${view}`, size);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      if (view === 'overview' || view === 'charts') {
        await page.locator('.echart svg').first().waitFor();
        await drawAllCharts(page);
      }
      await screenshot(page, `${view}-${size.name}`);
      await expect.poll(() => page.locator('main').innerText()).not.toBe('');
      expect(errors).toEqual([]);
    });
  }
});

// The cards the like-for-like issue is about, for a person to look at in both languages and widths.
const CARDS = ['reform_pilots', 'may_day_medals', 'service_stations', 'funds_allocated', 'new_unions'] as const;

describe('screenshots of chart cards', () => {
  for (const size of SIZES) {
    for (const lang of ['zh', 'en'] as const) {
      test(`cards at ${size.name} width in ${lang}`, async () => {
        const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=charts&lang=${lang}`, size);
        for (const metricId of CARDS) {
          const card = page.getByTestId(`chart-${metricId}`);
          await card.scrollIntoViewIfNeeded();
          await card.locator('.echart svg').first().waitFor();
          mkdirSync('screenshots', { recursive: true });
          await card.screenshot({ path: `screenshots/card-${metricId}-${lang}-${size.name}.png` });
          // Nothing in the card is wider than the card: no label runs out of it.
          const overflow = await card.evaluate((node) => node.scrollWidth - node.clientWidth);
          expect(overflow, metricId).toBeLessThanOrEqual(1);
        }
        expect(errors).toEqual([]);
      });
    }
  }
});
