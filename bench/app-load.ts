// `npm run bench:app`: what a reader downloads (bundle and data, raw and gzip), how fast the built app shows its
// charts at 1x and 4x CPU (first chart, total blocking time), and how fast it answers clicks at 4x. Each cold load
// of the app is followed by one of the stack's floor (bench/floor: React and the app's ECharts drawing one chart),
// so that the app's figures can be read against what the stack itself costs on this machine at that moment.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveDirectory } from '../tests/e2e/static-server.ts';
import { paintedAfter, timePainted } from './painted.ts';
import { machine, recordResults } from './results.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 7);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
function sizes(paths: string[]) {
  return paths.reduce((sum, path) => {
    const bytes = readFileSync(path);
    return { raw: sum.raw + bytes.byteLength, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).byteLength };
  }, { raw: 0, gzip: 0 });
}

const all = files(dist);
const code = all.filter((p) => /\.(js|css|html)$/.test(p));
const data = all.filter((p) => p.includes(`${join('dist', 'data')}`));
console.log(`machine: ${machine()}`);
for (const path of code.toSorted()) {
  const s = sizes([path]);
  console.log(`  ${relative(dist, path).padEnd(40)} ${kb(s.raw).padStart(11)} raw ${kb(s.gzip).padStart(11)} gzip`);
}
const c = sizes(code);
const d = sizes(data);
console.log(`app code: ${kb(c.raw)} raw, ${kb(c.gzip)} gzip; data: ${data.length} files, ${kb(d.raw)} raw, ${kb(d.gzip)} gzip`);

// The code the page runs before it can ask for data: what index.html loads directly, apart from ECharts' chunks,
// which it asks for at start too (marked data-chunk="echarts") but which run beside the app, not before it.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
const fileOf = (tag: string) => /(?:src|href)="\/?([^"]+\.(?:js|css))"/.exec(tag)?.[1];
const entryFiles = tags.filter((tag) => fileOf(tag) && !tag.includes('data-chunk="echarts"')).map((tag) => join(dist, fileOf(tag)!));
const echartsFiles = tags.filter((tag) => fileOf(tag) && tag.includes('data-chunk="echarts"')).map((tag) => join(dist, fileOf(tag)!));
const e = sizes(entryFiles);
const ec = sizes(echartsFiles);
console.log(`loaded by index.html: ${kb(e.raw)} raw, ${kb(e.gzip)} gzip (${entryFiles.map((p) => relative(dist, p)).join(', ')})`);
console.log(`ECharts, asked for at start: ${kb(ec.raw)} raw, ${kb(ec.gzip)} gzip (${echartsFiles.map((p) => relative(dist, p)).join(', ')})`);

// Per cold load of the charts view: time from navigation to the first chart's painted frame, measured in the page
// (the harness's own polling waits behind long tasks), and total blocking time (the part of each long task above
// 50 ms, from navigation until a second after the first chart).
// The floor is built with the app's own Vite config (its compile hints and ECharts preload), as the app is.
const floorDist = mkdtempSync(join(tmpdir(), 'union-compare-floor-'));
await build({ configFile: join(root, 'vite.config.ts'), root: join(import.meta.dirname, 'floor'), logLevel: 'warn', build: { outDir: floorDist, emptyOutDir: true } });
const server = await serveDirectory(dist);
const floorServer = await serveDirectory(floorDist);
const browser = await launchBrowser();
const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1]!;
const percentile = (values: number[], p: number) => values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function openThrottled(rate: number, query: string, url = server.url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // In the page, from navigation: long tasks, and when the first chart's frame is painted. A string, not a function:
  // tsx would add helpers the page does not have.
  await page.addInitScript(`
    window.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  `);
  await timePainted(page, ['.echart svg']);
  await page.goto(`${url}${query}`);
  const firstChart = await paintedAfter(page, 60_000);
  return { context, page, firstChart };
}

/** One cold load: the first chart, and the total blocking time until a second after it. */
async function coldLoad(rate: number, url: string, query: string) {
  const { context, page, firstChart } = await openThrottled(rate, query, url);
  await page.waitForTimeout(1000);
  const tbt = await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0));
  await context.close();
  return { firstChart, tbt };
}

type Loads = Record<number, { firstChart: number[]; tbt: number[] }>;
const load: Loads = {};
const floor: Loads = {};
const interactions: Record<string, number[]> = {};
try {
  for (const rate of [1, 4]) {
    load[rate] = { firstChart: [], tbt: [] };
    floor[rate] = { firstChart: [], tbt: [] };
    for (let i = 0; i < runs; i += 1) {
      for (const [loads, url, query] of [[load, server.url, '?view=charts'], [floor, floorServer.url, '']] as const) {
        const { firstChart, tbt } = await coldLoad(rate, url, query);
        loads[rate]!.firstChart.push(firstChart);
        loads[rate]!.tbt.push(tbt);
      }
    }
  }
  // Interactions on the charts view at 4x: from the click to the next frame after React has rendered.
  const clicks = Number(process.env.BENCH_CLICKS ?? 20);
  const controls: Record<string, string> = {
    'locality chip': '.locality-picker .chip:nth-of-type(2)',
    'area chip': '.area-filter .chip:nth-of-type(3)',
    'per-10,000 switch': '.display-switches .switch input',
    'language switch': '.display-switches .segmented__option:not([aria-pressed="true"])',
  };
  const { context, page } = await openThrottled(4, '?view=charts');
  for (const [name, selector] of Object.entries(controls)) {
    interactions[name] = [];
    for (let i = 0; i < clicks; i += 1) {
      const ms = await page.evaluate(async (s) => {
        const element = document.querySelector<HTMLElement>(s);
        if (!element) throw new Error(`no ${s}`);
        const t0 = performance.now();
        element.click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - t0;
      }, selector);
      interactions[name]!.push(ms);
    }
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
  await floorServer.close();
  rmSync(floorDist, { recursive: true, force: true });
}

for (const rate of [1, 4]) {
  const l = load[rate]!;
  const f = floor[rate]!;
  console.log(`charts view at ${rate}x CPU (${runs} cold loads): first chart median ${median(l.firstChart).toFixed(0)} ms, total blocking time median ${median(l.tbt).toFixed(0)} ms`);
  console.log(`  the stack's floor, loads in between: first chart median ${median(f.firstChart).toFixed(0)} ms, total blocking time median ${median(f.tbt).toFixed(0)} ms`);
}
for (const [name, values] of Object.entries(interactions)) {
  console.log(`${name} at 4x, click to next frame (${values.length} clicks): p50 ${percentile(values, 0.5).toFixed(0)} ms, p95 ${percentile(values, 0.95).toFixed(0)} ms`);
}

recordResults('app', {
  'code loaded by index.html (gzip)': { value: e.gzip / 1024, unit: 'KiB', better: 'lower' },
  'ECharts chunks asked for at start (gzip)': { value: ec.gzip / 1024, unit: 'KiB', better: 'lower' },
  'all app code (gzip)': { value: c.gzip / 1024, unit: 'KiB', better: 'lower' },
  'data, five localities (gzip)': { value: d.gzip / 1024, unit: 'KiB', better: 'lower' },
  'first chart painted, 1x CPU (median)': { value: median(load[1]!.firstChart), unit: 'ms', better: 'lower' },
  'first chart painted, 4x CPU (median)': { value: median(load[4]!.firstChart), unit: 'ms', better: 'lower' },
  'total blocking time, 4x CPU (median)': { value: median(load[4]!.tbt), unit: 'ms', better: 'lower' },
  "stack's floor: first chart, 1x CPU (median)": { value: median(floor[1]!.firstChart), unit: 'ms', better: 'lower' },
  "stack's floor: first chart, 4x CPU (median)": { value: median(floor[4]!.firstChart), unit: 'ms', better: 'lower' },
  "stack's floor: total blocking time, 4x CPU (median)": { value: median(floor[4]!.tbt), unit: 'ms', better: 'lower' },
  // Load for load (each app load beside the floor's after it): the app's own share, less sensitive to the host's drift.
  'first chart, 4x CPU, app over floor (median of pairs)': { value: median(load[4]!.firstChart.map((ms, i) => ms - floor[4]!.firstChart[i]!)), unit: 'ms', better: 'lower' },
  ...Object.fromEntries(
    Object.entries(interactions).flatMap(([name, values]) => [
      [`${name}, 4x, p50`, { value: percentile(values, 0.5), unit: 'ms', better: 'lower' as const }],
      [`${name}, 4x, p95`, { value: percentile(values, 0.95), unit: 'ms', better: 'lower' as const }],
    ]),
  ),
});
