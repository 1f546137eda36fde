// Launches Debian's Chromium with playwright-core, records console and page errors for each page, and keeps a
// trace of every page of a failed test (test-results/). Specs set up their browser with shared-browser.ts.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** How long a wait for the page may take: long for a shared machine, short enough to fail fast. */
export const WAIT_MS = 10_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

const open = new Set<BrowserContext>();

/** `bypassCSP`: for tests that inject a script of their own (axe-core); the app's policy refuses inline scripts. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
  bypassCSP = false,
  /** Runs before the first load, e.g. to route data requests to a synthetic dataset. */
  beforeLoad?: (context: BrowserContext) => Promise<void>,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN', bypassCSP });
  open.add(context);
  await context.tracing.start({ screenshots: true, snapshots: true });
  await beforeLoad?.(context);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.goto(url);
  return { page, errors };
}

/** Lets closePages close (and trace) a context a test made itself, e.g. to route requests before the first load. */
export async function track(context: BrowserContext): Promise<BrowserContext> {
  open.add(context);
  await context.tracing.start({ screenshots: true, snapshots: true });
  return context;
}

/** Waits until the view has loaded what it needs (the dashboard sets data-ready on <main>). */
export async function viewReady(page: Page): Promise<void> {
  await page.locator('main[data-ready="true"]').waitFor();
}

/** Closes every page a test opened; for a failed test, saves their traces first (npx playwright show-trace). */
export async function closePages(task: { name: string; result?: { state?: string } }): Promise<void> {
  const failed = task.result?.state === 'fail';
  let n = 0;
  for (const context of open) {
    const path = failed ? `test-results/${task.name.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 80)}-${(n += 1)}.zip` : undefined;
    if (path) mkdirSync('test-results', { recursive: true });
    await context.tracing.stop(path ? { path } : {}).catch(() => {});
    await context.close().catch(() => {});
  }
  open.clear();
}

/** Charts are drawn as they come near the viewport: scrolls through the page so that every one is drawn. */
export async function drawAllCharts(page: Page): Promise<void> {
  // The charts view renders its cards a few at a time: every card first.
  if ((await page.locator('.charts-view').count()) > 0) await page.locator('.charts-view[aria-busy="false"]').waitFor();
  // Each chart in turn is brought into view (a chart is drawn when it comes near the viewport) and waited for.
  for (const chart of await page.locator('.echart').all()) {
    await chart.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await chart.and(page.locator('[data-drawn="true"]')).waitFor({ timeout: 10_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A full-page screenshot; cards far off screen skip rendering (content-visibility), so they are rendered first, as printing does. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('screenshots', { recursive: true });
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.chart-card').forEach((card) => card.style.setProperty('content-visibility', 'visible')));
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}
