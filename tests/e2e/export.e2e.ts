// Chart export as a person gets it: a PNG and an SVG from a card, "Export all" as a ZIP whose CSVs hold
// the pipeline's figures, and the data downloads. Expected figures come from public/data, never typed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, screenshot, viewReady } from './browser';
import { sharedBrowser } from './shared-browser';
import { readIndex, readObservations } from './dataset';

const index = readIndex();
const date = index.builtAt.slice(0, 10);
const newUnions = index.metrics.find((m) => m.id === 'new_unions');

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

async function open(query: string) {
  const watched = await openPage(browser, `${inject('baseUrl')}${query}`);
  await viewReady(watched.page);
  await watched.page.locator('.echart svg').first().waitFor();
  return watched;
}

async function downloadBytes(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page and counts pixels that are not (near) white. */
function inkShare(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    // Decoded by hand: the page's Content-Security-Policy lets it fetch only from its own site.
    const blob = new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) ink += 1;
    return ink / (data.length / 4);
  }, bytes.toString('base64'));
}

/** Parses the SVG in the page: whether it is well formed, its size and all of its text. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      ok: doc.getElementsByTagName('parsererror').length === 0 && root.nodeName === 'svg',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '').join('\n'),
      fonts: [...doc.querySelectorAll('text')].map((node) => `${node.getAttribute('font-family') ?? ''}${node.getAttribute('style') ?? ''}`).join('\n'),
    };
  }, text);
}

async function openMenu(page: Page, metricId: string) {
  const card = page.locator(`[data-testid="chart-${metricId}"]`);
  await card.locator('.chart-download summary').click();
  return card;
}

describe('one chart card', () => {
  test('the PNG decodes at twice the SVG size and is not blank; the SVG has the Chinese title and the footer', async () => {
    expect(newUnions).toBeDefined();
    const { page, errors } = await open('?view=charts');
    const card = await openMenu(page, newUnions!.id);
    const svg = await downloadBytes(page, () => card.locator('[data-export="svg"]').click());
    expect(svg.name).toBe(`${newUnions!.id}_${date}.svg`);
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.ok).toBe(true);
    expect(parsed.text).toContain(newUnions!.label.zh);
    expect(parsed.text).toContain('数据摘自新闻报道');
    expect(parsed.text).toContain(`数据构建时间：${date}`);
    expect(parsed.text).toContain(`单位：${newUnions!.unitLabel.zh}`);
    expect(parsed.fonts).toContain('Noto Sans CJK SC');

    await openMenu(page, newUnions!.id);
    const png = await downloadBytes(page, () => card.locator('[data-export="png"]').click());
    expect(png.name).toBe(`${newUnions!.id}_${date}.png`);
    const size = pngSize(png.bytes);
    expect(size).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    await expect.poll(() => inkShare(page, png.bytes)).toBeGreaterThan(0.01);
    mkdirSync('screenshots', { recursive: true });
    writeFileSync(`screenshots/export-${png.name}`, png.bytes);
    expect(errors).toEqual([]);
  });
});

describe('the export footer', () => {
  test('names each source of the chart once, and says once which leave publisher and date unstated', async () => {
    const metricId = 'new_unions';
    const reporting = index.sources.filter((source) => readObservations(source.localityId).some((o) => o.metricId === metricId));
    const unstated = reporting.filter((source) => source.publisher === null && source.publishedOn === null);
    expect(unstated.length).toBeGreaterThan(1); // otherwise "once" would prove nothing
    const { page, errors } = await open('?view=charts');
    const card = await openMenu(page, metricId);
    const svg = await downloadBytes(page, () => card.locator('[data-export="svg"]').click());
    // Lines wrapped in the image are joined again, so that a title split over two lines reads whole.
    const text = (await parseSvg(page, svg.bytes.toString('utf8'))).text.replaceAll('\n', '');
    for (const source of reporting) expect(text.split(`《${source.title}》`).length - 1, source.id).toBe(1);
    expect(text.match(/未注明/g)).toHaveLength(1);
    const names = unstated.map((source) => index.localities.find((l) => l.id === source.localityId)!.shortName.zh);
    expect(text).toContain(`出版者、日期未注明：${names.join('、')}`);
    expect(text).not.toContain('未注明日期');
    expect(errors).toEqual([]);
  });
});

describe('the screen card and its export say the same', () => {
  test.each(['zh', 'en'] as const)('title, verdict, caveats and every value label in %s', async (lang) => {
    const metricId = 'funds_allocated';
    const { page, errors } = await open(`?view=charts&area=service_sites&lang=${lang}`);
    const card = page.getByTestId(`chart-${metricId}`);
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg').first().waitFor();
    const title = await card.locator('.card__title').innerText();
    const verdict = (await card.getByTestId('card-verdict').innerText()).replace(/\s+/g, ' ').trim();
    const caveats = await card.locator('.card-caveat').allInnerTexts();
    // The figure list is drawn when opened.
    await card.locator('.figure-list summary').click();
    const values = await card.locator('.figure-list__item strong').allTextContents();
    expect(caveats.length).toBeGreaterThan(0);
    await openMenu(page, metricId);
    const svg = await downloadBytes(page, () => card.locator('[data-export="svg"]').click());
    const exported = (await parseSvg(page, svg.bytes.toString('utf8'))).text.replace(/\s+/g, ' ');
    expect(exported).toContain(title);
    for (const word of verdict.split(' ').filter((w) => w.length > 3)) expect(exported).toContain(word);
    for (const caveat of caveats) for (const word of caveat.split(/\s+/).filter((w) => w.length > 3)) expect(exported).toContain(word);
    for (const value of values) expect(exported).toContain(value);
    expect(errors).toEqual([]);
  });
});

describe('export all', () => {
  test('one ZIP with PNG, SVG and CSV for every chart shown; the CSVs hold the pipeline figures', async () => {
    const { page, errors } = await open('?view=charts');
    await page.locator('.charts-view[aria-busy="false"]').waitFor(); // every card in (they come a few at a time)
    const shown = await page.locator('article[data-testid^="chart-"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')!.slice('chart-'.length)));
    expect(shown.length).toBeGreaterThan(0);
    const zip = await downloadBytes(page, () => page.getByTestId('export-all').click());
    expect(zip.name).toBe(`union-compare_charts_${date}.zip`);
    const files = unzipSync(new Uint8Array(zip.bytes));
    const expected = shown.flatMap((id) => ['png', 'svg', 'csv'].map((ext) => `${id}_${date}.${ext}`));
    expect(Object.keys(files).toSorted()).toEqual(['README.txt', ...expected].toSorted());

    const observations = index.localities.flatMap((l) => readObservations(l.id));
    for (const id of shown) {
      pngSize(Buffer.from(files[`${id}_${date}.png`]!));
      const rows = Papa.parse<Record<string, string>>(strFromU8(files[`${id}_${date}.csv`]!).replace(/^\uFEFF/, ''), { header: true }).data;
      // Every figure of the metric is in its CSV: drawn as a bar, as a part inside one, or set apart.
      const reported = rows.filter((row) => row.shown_as !== 'not_reported');
      const pipeline = observations.filter((o) => o.metricId === id);
      expect(reported.map((row) => row.observation_id).toSorted()).toEqual(pipeline.map((o) => o.id).toSorted());
      for (const row of reported) {
        const figure = pipeline.find((o) => o.id === row.observation_id)!;
        expect(Number(row.value)).toBe(figure.value);
        expect(row.quote).toBe(figure.quote);
        expect(Number(row.figure_start)).toBe(figure.figureStart);
      }
      const silent = index.localities.filter((l) => !pipeline.some((o) => o.localityId === l.id)).map((l) => l.id);
      expect(rows.filter((row) => row.shown_as === 'not_reported').map((row) => row.locality_id).toSorted()).toEqual(silent.toSorted());
    }
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain(`数据构建日期: ${date}`);
    expect(readme).toContain('view=charts');
    for (const locality of index.localities) expect(readme).toContain(locality.name.zh);
    expect(errors).toEqual([]);
  });
});

describe('data downloads', () => {
  test('the whole dataset as CSV and JSON, and the filtered data as CSV, match the pipeline output', async () => {
    // Two localities that share a metric, so that the charts view has a chart to wait for.
    const [first, second] = index.localities.filter((l) => readObservations(l.id).some((o) => o.metricId === 'new_unions'));
    const { page, errors } = await open(`?view=charts&loc=${first!.id},${second!.id}`);
    const all = index.localities.flatMap((l) => readObservations(l.id));
    const menu = page.locator('.data-download');
    await menu.locator('summary').click();
    const csv = await downloadBytes(page, () => menu.locator('[data-export="dataset-csv"]').click());
    expect(csv.name).toBe(`union-compare_dataset_${date}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true }).data;
    expect(rows.map((r) => r.observation_id).toSorted()).toEqual(all.map((o) => o.id).toSorted());

    await menu.locator('summary').click();
    const json = await downloadBytes(page, () => menu.locator('[data-export="dataset-json"]').click());
    const dataset = JSON.parse(json.bytes.toString('utf8')) as { observations: { id: string; quote: string }[]; builtAt: string };
    expect(dataset.builtAt).toBe(index.builtAt);
    expect(dataset.observations.map((o) => o.id).toSorted()).toEqual(all.map((o) => o.id).toSorted());

    await menu.locator('summary').click();
    const filtered = await downloadBytes(page, () => menu.locator('[data-export="filtered-csv"]').click());
    const filteredRows = Papa.parse<Record<string, string>>(filtered.bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true }).data;
    const wanted = [first!.id, second!.id].flatMap((id) => readObservations(id)).map((o) => o.id);
    expect(filteredRows.map((r) => r.observation_id).toSorted()).toEqual(wanted.toSorted());
    await screenshot(page, 'export-menu-desktop');
    expect(errors).toEqual([]);
  });
});

describe('menus and the table CSV', () => {
  test('a chart download menu closes with Escape (focus stays on its button) and with a click outside', async () => {
    const { page, errors } = await open('?view=charts');
    const menu = page.locator('.chart-download details').first();
    const summary = menu.locator('summary');
    await summary.click();
    await expect.poll(() => menu.evaluate((node) => (node as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.evaluate((node) => (node as HTMLDetailsElement).open)).toBe(false);
    await expect.poll(() => summary.evaluate((node) => node === document.activeElement)).toBe(true);
    await summary.click();
    await page.locator('.app-header').click();
    await expect.poll(() => menu.evaluate((node) => (node as HTMLDetailsElement).open)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('the table CSV is named like the other exports and leaves "not reported" cells empty', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=table`);
    await page.getByTestId('figure-table').waitFor();
    const button = page.getByRole('button', { name: '下载 CSV' });
    const csv = await downloadBytes(page, () => button.click());
    expect(csv.name).toBe(`union-compare_table_${date}.csv`);
    const text = csv.bytes.toString('utf8');
    expect(text).not.toContain('—');
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data;
    expect(rows.slice(1).some((row) => row.includes(''))).toBe(true);
    expect(errors).toEqual([]);
  });
});
