// Table scrolling, measured in the page: the table's box is scrolled down (and back up at the bottom) for a while,
// then sideways, by a step each animation frame; the frames' timestamps give the frame rate the reader would see,
// with the work each scroll causes (drawing the rows and columns that come into view) inside each frame.
import type { Browser } from 'playwright-core';

export interface FrameRate {
  /** Frames per second at the median frame time. */
  fps: number;
  /** The frame time that 95% of frames beat (the slowest 5% are at least this long), ms. */
  slowFrameMs: number;
  frames: number;
}

export interface TableScroll {
  /** Scrolling down (rows come into view), then sideways (columns come into view). */
  down: FrameRate;
  across: FrameRate;
  /** Elements inside the table, the most seen while scrolling. */
  elements: number;
  /** Body lines and columns of the whole table (aria-rowcount/-colcount, or what is drawn when all is drawn). */
  rows: number;
  columns: number;
}

/** Pixels per frame: down (a fast wheel or a flick), and sideways (about one locality column per frame). */
const STEP = { down: 60, across: 150 };
const PHASE_MS = 1500;

// A string, not a function: tsx would wrap named functions in a helper that the page does not have.
const SCROLL_SCRIPT = `new Promise((resolve) => {
  const box = document.querySelector('.table-view .table-scroll');
  const table = box.querySelector('table');
  const times = { down: [], across: [] };
  let most = 0, down = 1, across = 1, start = null;
  const frame = (now) => {
    if (start === null) start = now;
    const t = now - start;
    times[t < ${PHASE_MS} ? 'down' : 'across'].push(now);
    if (t < ${PHASE_MS}) {
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) down = -1; else if (box.scrollTop <= 0) down = 1;
      box.scrollTop += down * ${STEP.down};
    } else {
      if (box.scrollLeft + box.clientWidth >= box.scrollWidth - 1) across = -1; else if (box.scrollLeft <= 0) across = 1;
      box.scrollLeft += across * ${STEP.across};
    }
    if ((times.down.length + times.across.length) % 10 === 0) most = Math.max(most, table.getElementsByTagName('*').length);
    if (t < ${2 * PHASE_MS}) requestAnimationFrame(frame);
    else resolve({
      times,
      most: Math.max(most, table.getElementsByTagName('*').length),
      rows: Number(table.getAttribute('aria-rowcount') || table.rows.length) - 1,
      columns: Number(table.getAttribute('aria-colcount') || table.tHead.rows[0].cells.length),
    });
  };
  requestAnimationFrame(frame);
})`;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
}

function frameRate(times: readonly number[]): FrameRate {
  const frameTimes = times.slice(1).map((time, i) => time - times[i]!).toSorted((a, b) => a - b);
  return { fps: 1000 / quantile(frameTimes, 0.5), slowFrameMs: quantile(frameTimes, 0.95), frames: frameTimes.length };
}

/** Opens `url` (a table view) at 1440 x 900 with the CPU slowed `rate` times, and scrolls its table. */
export async function measureTableScroll(browser: Browser, url: string, rate: number): Promise<TableScroll> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.locator('main[data-ready="true"]').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="figure-table"] tbody td.figure-table__cell').first().waitFor({ timeout: 120_000 });
    await page.locator('.table-view .table-scroll').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const { times, most, rows, columns } = (await page.evaluate(SCROLL_SCRIPT)) as { times: { down: number[]; across: number[] }; most: number; rows: number; columns: number };
    return { down: frameRate(times.down), across: frameRate(times.across), elements: most, rows, columns };
  } finally {
    await context.close();
  }
}
