// `npm run bench:scale`: the built app on a dataset of 3,000 localities made by the real pipeline from the real
// articles (bench/synthetic-corpus.ts), every view opened with the default selection at 4x CPU: time until the
// view has drawn (timed in the page), data fetched (gzip), JS heap, DOM size; how long the URL grows when selecting; and how smoothly the
// table scrolls with the most localities it compares (bench/table-scroll.ts).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveDirectory } from '../tests/e2e/static-server.ts';
import { paintedAfter, timePainted } from './painted.ts';
import { machine, recordResults, type Figure } from './results.ts';
import { buildScaleSite } from './scale-site.ts';
import { measureTableScroll, type FrameRate } from './table-scroll.ts';

const count = Number(process.env.BENCH_LOCALITIES ?? 3000);
const runs = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3));
const root = join(import.meta.dirname, '..');

const { site, output, files, gzipSize } = buildScaleSite(root, count);
const widest = output.index.comparableGroups.toSorted((a, b) => b.localityCount - a.localityCount)[0]!.metricId;
console.log(`machine: ${machine()}`);
console.log(`dataset: ${count.toLocaleString('en')} localities, ${files.size.toLocaleString('en')} files; index.json ${(gzipSize('index.json') / 1024).toFixed(0)} KiB gzip`);

/** Each view's query, and what shows that it has drawn its content. */
const VIEWS: Record<string, [string, string]> = {
  overview: ['?view=overview', '[data-testid="heatmap"]'],
  charts: ['?view=charts', '.echart svg'],
  ranking: [`?view=rank&metric=${widest}`, '[data-testid="ranking"] .ranking__row'],
  table: ['?view=table', '[data-testid="figure-table"] tbody td'],
  profile: ['?view=profile', '.profile-view'],
  compare: ['?view=compare', '[data-testid="compare-view"] .compare-section'],
  reader: ['?view=reader', '[data-testid="reader-text"]'],
  about: ['?view=about', '[data-testid="coverage-table"]'],
  'charts, all selected': ['?view=charts&loc=*', '[data-testid="over-compare-limit"]'],
};

const server = await serveDirectory(site);
const browser = await launchBrowser();
const figures: Record<string, Figure> = {};

/**
 * A cold load of `query` at 4x CPU, timed in the page from navigation to the frame that shows the view's content
 * (main is ready and the view's own mark `drawn` is in), as bench:app times the first chart.
 */
async function openView(query: string, drawn: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await timePainted(page, ['main[data-ready="true"]', drawn]);
  await page.goto(`${server.url}${query}`);
  return { context, page, cdp, ready: await paintedAfter(page, 120_000) };
}

try {
  for (const [name, [query, drawn]] of Object.entries(VIEWS)) {
    // Opened `runs` times, the median time: one cold load on a shared machine reads ±20%. The last load is measured.
    const times: number[] = [];
    for (let run = 1; run < runs; run += 1) {
      const { context, ready } = await openView(query, drawn);
      times.push(ready);
      await context.close();
    }
    const { context, page, cdp, ready: last } = await openView(query, drawn);
    times.push(last);
    const ready = times.toSorted((a, b) => a - b)[times.length >> 1]!;
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/data/')));
    const dataGzip = fetched.reduce((sum, path) => sum + gzipSize(path.slice(path.indexOf('/data/') + '/data/'.length)), 0);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    console.log(`${name.padEnd(20)} drawn ${ready.toFixed(0).padStart(6)} ms (median of ${runs}) · data ${(dataGzip / 1024).toFixed(0).padStart(5)} KiB gzip in ${fetched.length} files · heap ${(heap.usedSize / 2 ** 20).toFixed(0)} MiB · ${nodes.toLocaleString('en')} elements`);
    figures[`${name}: drawn (timed in the page), 4x CPU (median)`] = { value: ready, unit: 'ms', better: 'lower' };
    figures[`${name}: data fetched (gzip)`] = { value: dataGzip / 1024, unit: 'KiB', better: 'lower' };
    figures[`${name}: JS heap`] = { value: heap.usedSize / 2 ** 20, unit: 'MiB', better: 'lower' };
    figures[`${name}: elements`] = { value: nodes, unit: '', better: 'lower' };
    await context.close();
  }

  // The URL while selecting: everything (loc=*), then everything but one (xloc=…).
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}?view=overview`);
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 120_000 });
  await page.locator('.locality-picker__tools button', { hasText: '全选' }).click();
  const all = page.url().length;
  await page.locator('.locality-picker .chip').first().click();
  const allButOne = page.url().length;
  console.log(`URL length: all selected ${all}, all but one ${allButOne} characters`);
  figures['URL length, all but one selected'] = { value: allButOne, unit: 'chars', better: 'lower' };
  await context.close();

  // The table at the most it compares (MAX_COMPARED, 60 localities) with every metric they report, scrolled
  // down then sideways by a step each frame, at full speed and with the CPU slowed 4x.
  const compared = output.index.localities.slice(0, 60).map((locality) => locality.id);
  for (const rate of [1, 4]) {
    const scroll = await measureTableScroll(browser, `${server.url}?view=table&loc=${compared.join(',')}`, rate);
    const at = `table scroll, ${compared.length} localities${rate === 1 ? '' : `, ${rate}x CPU`}`;
    console.log(`${at}: ${scroll.rows} rows x ${scroll.columns} columns · ${frameRateText('down', scroll.down)} · ${frameRateText('across', scroll.across)} · ${scroll.elements.toLocaleString('en')} elements in the table`);
    for (const [direction, r] of [['down', scroll.down], ['across', scroll.across]] as const) {
      figures[`${at}, ${direction}: frames per second (median)`] = { value: r.fps, unit: 'fps', better: 'higher' };
      figures[`${at}, ${direction}: frame time, slowest 5%`] = { value: r.slowFrameMs, unit: 'ms', better: 'lower' };
    }
    figures[`${at}: elements in the table`] = { value: scroll.elements, unit: '', better: 'lower' };
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

function frameRateText(direction: string, r: FrameRate): string {
  return `${direction} ${r.fps.toFixed(0)} fps (median of ${r.frames} frames), slowest 5% of frames ≥ ${r.slowFrameMs.toFixed(1)} ms`;
}

recordResults(`scale (${count} localities)`, figures);
