// When the page has painted what a benchmark waits for, timed in the page from navigation: the harness's own polling
// waits behind the page's long tasks and reads late. The frame is the one after every selector matches: rAF runs
// before that frame's paint, a task queued from it after.
import type { Page } from 'playwright-core';

/** Before navigation: the page notes when it first paints with every one of `selectors` in it. */
export async function timePainted(page: Page, selectors: readonly string[]): Promise<void> {
  // A string, not a function: tsx would add helpers the page does not have.
  await page.addInitScript(`
    new MutationObserver((records, observer) => {
      if (!${JSON.stringify(selectors)}.every((selector) => document.querySelector(selector))) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.benchPainted = performance.now(); }, 0));
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  `);
}

/** After navigation: ms from navigation to that frame. */
export async function paintedAfter(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { benchPainted?: number }).benchPainted, null, { timeout, polling: 50 });
  return (await handle.jsonValue()) as number;
}
