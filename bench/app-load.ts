// `npm run bench:app`: what a reader downloads (bundle and data, raw and gzip) and how fast the built app shows its charts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveDirectory } from '../tests/e2e/static-server.ts';

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
const cpu = cpus();
console.log(`machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
for (const path of code.toSorted()) {
  const s = sizes([path]);
  console.log(`  ${relative(dist, path).padEnd(40)} ${kb(s.raw).padStart(11)} raw ${kb(s.gzip).padStart(11)} gzip`);
}
const c = sizes(code);
const d = sizes(data);
console.log(`app code: ${kb(c.raw)} raw, ${kb(c.gzip)} gzip; data: ${data.length} files, ${kb(d.raw)} raw, ${kb(d.gzip)} gzip`);

// Time from navigation to the first rendered chart of the charts view, median of `runs` cold loads.
const server = await serveDirectory(dist);
const browser = await launchBrowser();
const timings: number[] = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${server.url}?view=charts`);
    await page.locator('.echart svg').first().waitFor({ state: 'visible', timeout: 30_000 });
    timings.push(performance.now() - start);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
timings.sort((a, b) => a - b);
console.log(`charts view, navigation to first chart (headless Chromium, loopback, ${runs} cold loads): median ${timings[timings.length >> 1]!.toFixed(0)} ms, min ${timings[0]!.toFixed(0)} ms, max ${timings.at(-1)!.toFixed(0)} ms`);
