// One browser per spec file: launched before its tests, each test's pages closed (and traced, if it failed)
// after it, the browser closed at the end. Kept apart from browser.ts, which the benchmarks use outside Vitest.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { closePages, launchBrowser } from './browser';

/** Registers the hooks; `ready` receives the browser once it is launched. */
export function sharedBrowser(ready: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    ready(browser);
  });
  afterEach(async (context) => {
    await closePages(context.task);
  });
  afterAll(async () => {
    await browser?.close();
  });
}
