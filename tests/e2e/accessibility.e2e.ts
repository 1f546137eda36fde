// Every view, in both languages, at desktop and phone widths, passes axe-core's WCAG 2.1 A/AA rules
// (contrast, names, landmarks, scrollable regions reachable by keyboard).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { drawAllCharts, openPage } from './browser';
import { sharedBrowser } from './shared-browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG A/AA violations on the page as it is now, one line each. */
async function violations(page: Page, where: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = (await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS)) as Violation[];
  return found.map((v) => `${where}: ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
}

interface Checked {
  name: string;
  query: string;
  /** The level of the heading that says the view is there. */
  heading: 1 | 2;
  /** Charts are drawn first (they come near the viewport as the page scrolls). */
  charts?: boolean;
  /** Something to open before the check (a menu). */
  open?: string;
}

// The chart page (its embed menu open, a title edited) and its embed mode, whose only heading is the chart's h1.
const PAGES: Checked[] = [
  ...['overview', 'charts', 'rank', 'table', 'compare', 'profile', 'reader', 'about'].map((view) => ({ name: view, query: `view=${view}`, heading: 2 as const, charts: view === 'charts' || view === 'overview' })),
  { name: 'chart page', query: 'view=chart&metric=new_unions&title=%E4%B8%89%E5%9C%B0%E5%AF%B9%E6%AF%94', heading: 2, charts: true, open: '[data-testid="embed-menu"] summary' },
  { name: 'chart embed', query: 'view=chart&metric=new_unions&embed=1', heading: 1, charts: true },
];

test.each(PAGES)('the $name view has no WCAG A/AA violations (zh, en; 1440 and 390 wide)', async ({ query, heading, charts, open }) => {
  const found: string[] = [];
  for (const lang of ['zh', 'en']) {
    for (const width of [1440, 390]) {
      // The app's CSP refuses injected scripts, so this page bypasses it to load axe.
      const { page } = await openPage(browser, `${inject('baseUrl')}?${query}&lang=${lang}`, { width, height: 900 }, true);
      await page.locator('main[data-ready="true"]').waitFor();
      await page.getByRole('heading', { level: heading }).first().waitFor();
      if (charts) await drawAllCharts(page);
      if (open) await page.locator(open).click();
      found.push(...(await violations(page, `${lang}/${width}`)));
      await page.context().close();
    }
  }
  expect(found).toEqual([]);
});

test.each(['charts', 'table'])('the %s view with no locality, and with one, and the phone controls opened, have no violations', async (view) => {
  const found: string[] = [];
  for (const width of [1440, 390]) {
    const { page } = await openPage(browser, `${inject('baseUrl')}?view=${view}`, { width, height: 900 }, true);
    await page.locator('main[data-ready="true"]').waitFor();
    if (width === 390) await page.getByTestId('control-summary').click();
    await page.getByRole('button', { name: '清空', exact: true }).click();
    await page.getByTestId('choose-localities').waitFor();
    found.push(...(await violations(page, `none/${width}`)));
    await page.getByTestId('choose-localities').locator('.chip').first().click();
    await page.getByTestId('one-locality-hint').waitFor();
    await page.locator('main[data-ready="true"]').waitFor();
    found.push(...(await violations(page, `one/${width}`)));
    await page.context().close();
  }
  expect(found).toEqual([]);
});
