// The built page's own parts (dist/, made by `npm run build`): what index.html asks for at start and how.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const HINT = '//# allFunctionsCalledOnLoad\n';

/** The scripts index.html loads or preloads at start: its entry module and the modulepreload links. */
function startScripts(): string[] {
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((match) => match[0]);
  return tags
    .filter((tag) => /type="module"/.test(tag) || /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="\.\/([^"]+\.js)"/.exec(tag)?.[1])
    .filter((file): file is string => file !== undefined);
}

test('index.html asks for ECharts at start beside the entry, marked so that the benchmark counts it apart', () => {
  const echarts = [...html.matchAll(/<link[^>]*data-chunk="echarts"[^>]*>/g)].map((match) => match[0]);
  expect(echarts.some((tag) => /echarts-setup-[^"]+\.js/.test(tag))).toBe(true);
  // Only ECharts' own chunks: not the entry, which the page loads anyway (the benchmark would count it twice).
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)![1]!;
  expect(echarts.filter((tag) => tag.includes(`href="${entry}"`))).toEqual([]);
  expect(new Set(startScripts()).size).toBe(startScripts().length);
  expect(html).toMatch(/<link rel="preload" href="\.\/data\/index\.json" as="fetch"/);
});

test('the code that runs at start carries V8’s compile hint on its first line; code loaded later does not', () => {
  const atStart = startScripts();
  expect(atStart.length).toBeGreaterThanOrEqual(3);
  for (const file of atStart) expect(readFileSync(join(dist, file), 'utf8').startsWith(HINT), file).toBe(true);
  const later = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js') && !atStart.includes(`assets/${name}`));
  expect(later.some((name) => name.startsWith('table-view-'))).toBe(true);
  for (const name of later) expect(readFileSync(join(dist, 'assets', name), 'utf8').includes('allFunctionsCalledOnLoad'), name).toBe(false);
});
