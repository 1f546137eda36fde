// The page per chart as a journalist uses it: edit the title for a story (kept in the link, marked, reset), copy
// the link, embed the chart in another site's page, open it from a card. Figures and names come from public/data.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { drawAllCharts, openPage, screenshot, track, viewReady, WAIT_MS } from './browser';
import { sharedBrowser } from './shared-browser';
import { readIndex, readObservations } from './dataset';
import { serveDirectory } from './static-server';

const index = readIndex();
const METRIC = 'new_unions';
const metric = index.metrics.find((m) => m.id === METRIC)!;
const figures = index.localities.flatMap((l) => readObservations(l.id)).filter((o) => o.metricId === METRIC);

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

async function ready(page: Page) {
  await viewReady(page);
  await page.locator('.echart svg').first().waitFor();
}

async function open(query: string, viewport?: { width: number; height: number }) {
  const watched = await openPage(browser, `${inject('baseUrl')}${query}`, viewport);
  await ready(watched.page);
  return watched;
}

const titleField = (page: Page) => page.getByTestId('edit-title').locator('input');
const subtitleField = (page: Page) => page.getByTestId('edit-subtitle').locator('input');
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function download(page: Page, kind: 'svg' | 'csv'): Promise<string> {
  await page.locator('.chart-download summary').click();
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  return readFileSync(await file.path(), 'utf8');
}

describe('the chart page', () => {
  test('shows the chart, its verdict, every figure of the metric with its quote linking into the reader, and its sources', async () => {
    const { page, errors } = await open(`?view=chart&metric=${METRIC}`);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).innerText()).toContain(metric.label.zh);
    expect(await page.locator('.control-bar').count()).toBe(0);
    await page.getByTestId('card-verdict').waitFor();
    const listed = await page.locator('.figure-list__item').evaluateAll((items) => items.map((item) => item.getAttribute('data-observation-id')));
    expect(listed.toSorted()).toEqual(figures.map((o) => o.id).toSorted());
    const sources = await page.locator('[data-testid="chart-sources"] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-source-id')));
    expect(sources.toSorted()).toEqual([...new Set(figures.map((o) => o.sourceId))].toSorted());
    // A quote leads to its sentence in the reader.
    const first = figures.find((o) => o.id === listed[0])!;
    await page.locator('.figure-list__quote-link').first().click();
    await expect.poll(() => param(page, 'fig')).toBe(first.id);
    await expect.poll(() => param(page, 'view')).toBe('reader');
    expect(errors).toEqual([]);
  });

  test('an edited title goes into the URL, survives a reload marked as edited, reaches the SVG and CSV, and resets in one click', async () => {
    const { page, errors } = await open(`?view=chart&metric=${METRIC}`);
    const generated = await titleField(page).inputValue();
    expect(generated).toContain(metric.label.zh);
    expect(await page.getByTestId('edit-title').getAttribute('data-edited')).toBe('false');
    // The tab is named after the chart, in the page's language first.
    expect(await page.title()).toBe(`${generated} · 工会工作对比看板 · Union Work Comparison`);

    const edited = '三地新建工会，一图看懂！（试用）';
    await titleField(page).fill(edited);
    await expect.poll(() => param(page, 'title')).toBe(edited);
    await expect.poll(() => page.title()).toBe(`${edited} · 工会工作对比看板 · Union Work Comparison`);
    const subtitle = 'Source: news reports, 2022-2023; (draft)!';
    await subtitleField(page).fill(subtitle);
    await expect.poll(() => param(page, 'subtitle')).toBe(subtitle);

    await page.reload();
    await ready(page);
    expect(await titleField(page).inputValue()).toBe(edited);
    expect(await subtitleField(page).inputValue()).toBe(subtitle);
    expect(await page.getByTestId('edit-title').getAttribute('data-edited')).toBe('true');
    expect(await page.getByTestId('edit-title').innerText()).toContain('已编辑');

    const svg = await download(page, 'svg');
    expect(svg).toContain('一图看懂');
    expect(svg).not.toContain(generated);
    const rows = Papa.parse<Record<string, string>>((await download(page, 'csv')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => `${row.chart_title}|${row.chart_subtitle}`))).toEqual(new Set([`${edited}|${subtitle}`]));

    await page.getByTestId('edit-title').getByRole('button', { name: /恢复/ }).click();
    await expect.poll(() => titleField(page).inputValue()).toBe(generated);
    await expect.poll(() => param(page, 'title')).toBeNull();
    expect(await page.getByTestId('edit-title').getAttribute('data-edited')).toBe('false');
    expect(param(page, 'subtitle')).toBe(subtitle);
    expect(errors).toEqual([]);
  });

  test('the localities shown are chosen on the page, and the URL follows', async () => {
    const { page, errors } = await open(`?view=chart&metric=${METRIC}`);
    const reporter = index.localities.find((l) => figures.some((o) => o.localityId === l.id))!;
    const chip = page.locator('.chart-page__controls .chip', { hasText: reporter.shortName.zh }).first();
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('false');
    const theirs = new Set(figures.filter((o) => o.localityId === reporter.id).map((o) => o.id));
    const listedIds = () => page.locator('.figure-list__item').evaluateAll((items) => items.map((item) => item.getAttribute('data-observation-id')));
    await expect.poll(async () => (await listedIds()).filter((id) => id && theirs.has(id))).toEqual([]);
    expect(param(page, 'loc') ?? param(page, 'xloc')).not.toBeNull();
    await page.reload();
    await ready(page);
    expect(await page.locator('.chart-page__controls .chip', { hasText: reporter.shortName.zh }).first().getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });

  test('with one reporting locality it says how to compare; with none it draws nothing and says why; with none selected it asks for one', async () => {
    const reporters = [...new Set(figures.map((o) => o.localityId))];
    const silent = index.localities.find((l) => !reporters.includes(l.id))!;
    const { page, errors } = await open(`?view=chart&metric=${METRIC}&loc=${reporters[0]},${silent.id}`);
    await expect.poll(() => page.getByTestId('chart-page-notice').innerText()).toContain('只有一个');
    expect(await page.locator('.figure-list__item').count()).toBe(figures.filter((o) => o.localityId === reporters[0]).length);

    await page.locator('.chart-page__controls .chip', { hasText: index.localities.find((l) => l.id === reporters[0])!.shortName.zh }).first().click();
    await expect.poll(() => page.getByTestId('chart-page-notice').innerText()).toContain('都没有报告');
    await expect.poll(() => page.locator('.chart-card').count()).toBe(0);

    await page.locator('.chart-page__controls').getByRole('button', { name: '清空' }).click();
    await expect.poll(() => page.getByTestId('chart-page-notice').innerText()).toContain('请至少选择一个地区');
    expect(await page.locator('.chart-page__controls .chip').count()).toBe(index.localities.length);
    expect(errors).toEqual([]);
  });

  test('copy link puts the page’s URL, edited title and all, on the clipboard, and says so', async () => {
    const context = await track(await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], locale: 'zh-CN', viewport: { width: 1440, height: 900 } }));
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${inject('baseUrl')}?view=chart&metric=${METRIC}&lang=en&title=${encodeURIComponent('My title & more')}`);
    await ready(page);
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.locator('.copy-button__status').first().innerText()).toContain('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('title')).toBe('My title & more');
  });

  test('where the clipboard is refused, the link is shown selected to copy by hand', async () => {
    const context = await track(await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } }));
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${inject('baseUrl')}?view=chart&metric=${METRIC}`);
    await ready(page);
    await page.getByTestId('copy-link').click();
    const fallback = page.locator('.copy-button__fallback input');
    await fallback.waitFor();
    expect(await fallback.inputValue()).toBe(page.url());
    expect(await page.locator('.copy-button__fallback').innerText()).toContain('请手动复制');
    const selected = await fallback.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
    expect(selected).toBe(page.url());
  });

  test('a card on the charts view opens its chart page (by keyboard too)', async () => {
    const { page, errors } = await open('?view=charts');
    const link = page.getByTestId(`chart-${METRIC}`).getByRole('link', { name: /打开单图/ });
    expect(await link.getAttribute('href')).toContain(`metric=${METRIC}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'view')).toBe('chart');
    expect(param(page, 'metric')).toBe(METRIC);
    await ready(page);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).innerText()).toContain(metric.label.zh);
    expect(errors).toEqual([]);
  });

  test('"all charts" leads back to the charts view at this chart’s card, just below the sticky control bar', async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const { page: charts } = await open('?view=charts', viewport);
      await charts.locator('.charts-view[aria-busy="false"]').waitFor(); // every card in (they come a few at a time)
      const ids = await charts.locator('[data-testid^="chart-"]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')!.slice('chart-'.length)));
      const metricId = ids[Math.floor(ids.length / 2)]!; // far down the page
      await charts.getByTestId(`chart-${metricId}`).getByRole('link', { name: /打开单图/ }).click();
      await expect.poll(() => param(charts, 'view')).toBe('chart');
      await ready(charts);
      await charts.getByRole('link', { name: '全部图表' }).click();
      await expect.poll(() => param(charts, 'view')).toBe('charts');
      // Back among all charts, the tab is named after the app again.
      await expect.poll(() => charts.title()).toBe('工会工作对比看板 · Union Work Comparison');
      const card = charts.getByTestId(`chart-${metricId}`);
      const place = () =>
        card.evaluate((element) => {
          const top = element.getBoundingClientRect().top;
          const bars = [...document.querySelectorAll('.control-bar, .view-tabs')].map((bar) => bar.getBoundingClientRect()).filter((box) => box.top <= 0 && box.bottom > 0);
          const covered = Math.max(0, ...bars.map((box) => box.bottom));
          return top >= covered - 1 && top <= covered + 40 ? 'below the bar' : `top ${top}, bar ${covered}`;
        });
      await expect.poll(place).toBe('below the bar');
    }
  });

  test.each([
    ['?view=chart&metric=no_such_metric', 'no_such_metric'],
    ['?view=chart', '没有指明'],
  ])('%s says plainly that there is no such chart and links back to all charts', async (query, words) => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}${query}`);
    const message = page.getByTestId('unknown-chart');
    await message.waitFor();
    expect(await message.innerText()).toContain(words);
    await message.getByRole('link').click();
    await expect.poll(() => param(page, 'view')).toBe('charts');
    await page.locator('.echart svg').first().waitFor();
    expect(errors).toEqual([]);
  });
});

describe('embedding', () => {
  test('the embed snippet is an iframe of the embed mode with a title and a size', async () => {
    const { page, errors } = await open(`?view=chart&metric=${METRIC}&title=${encodeURIComponent('标题 "A" & <B>')}`);
    await page.getByTestId('embed-menu').locator('summary').click();
    const snippet = await page.getByTestId('embed-code').inputValue();
    const frame = await page.evaluate((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      const node = template.content.querySelector('iframe');
      return { count: template.content.children.length, src: node?.getAttribute('src') ?? '', title: node?.getAttribute('title'), width: node?.getAttribute('width'), height: Number(node?.getAttribute('height')) };
    }, snippet);
    expect(frame.count).toBe(1);
    const src = new URL(frame.src);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('metric')).toBe(METRIC);
    expect(src.searchParams.get('title')).toBe('标题 "A" & <B>');
    expect(frame.title).toBe('标题 "A" & <B>');
    expect(frame.width).toBe('100%');
    expect(frame.height).toBeGreaterThanOrEqual(360);
    expect(errors).toEqual([]);
  });

  test('the embed mode shows the chart, its notes, sources and a link back, and no controls, tabs or header', async () => {
    const { page, errors } = await open(`?view=chart&metric=${METRIC}&embed=1`);
    for (const selector of ['.control-bar', '.view-tabs', '.app-header', '.locality-picker', '.chart-download', 'input', 'select', 'textarea', '[data-testid="copy-link"]']) {
      expect(await page.locator(selector).filter({ visible: true }).count(), selector).toBe(0);
    }
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(metric.label.zh);
    await page.getByTestId('card-verdict').waitFor();
    const sources = await page.locator('[data-testid="chart-sources"] li').count();
    expect(sources).toBe(new Set(figures.map((o) => o.sourceId)).size);
    const back = page.getByTestId('embed-back-link');
    expect(await back.getAttribute('target')).toBe('_blank');
    expect(await back.getAttribute('rel')).toContain('noopener');
    const full = new URL((await back.getAttribute('href'))!);
    expect(full.searchParams.get('embed')).toBeNull();
    expect(full.searchParams.get('metric')).toBe(METRIC);
    expect(errors).toEqual([]);
  });

  test('the snippet pasted into another site’s page draws the chart in its frame (screenshots at 1440 and 390)', async () => {
    const { page } = await open(`?view=chart&metric=${METRIC}`);
    await page.getByTestId('embed-menu').locator('summary').click();
    const snippet = await page.getByTestId('embed-code').inputValue();
    // Another site: a page of its own on another port (another origin), the snippet pasted into its article.
    const folder = mkdtempSync(join(tmpdir(), 'embed-host-'));
    writeFileSync(
      join(folder, 'index.html'),
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title><body style="margin:0;font-family:sans-serif;background:#eee"><main style="max-width:720px;margin:0 auto;background:#fff;padding:16px"><h1>某报 · 一篇报道</h1><p>正文……</p>${snippet}<p>正文继续……</p></main></body></html>`,
    );
    const host = await serveDirectory(folder);
    try {
      for (const size of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
        const { page: hostPage, errors } = await openPage(browser, host.url, size);
        const framed = hostPage.frameLocator('iframe');
        await framed.locator('main[data-ready="true"]').waitFor();
        await framed.locator('.echart svg').first().waitFor();
        await framed.getByTestId('chart-sources').waitFor();
        await framed.getByTestId('embed-back-link').waitFor();
        expect(await framed.locator('.control-bar, .view-tabs').count()).toBe(0);
        if (size.width > 600) {
          // At a desktop column's width the frame's height fits what it shows, without much to spare.
          const frameHeight = await hostPage.locator('iframe').evaluate((frame: HTMLIFrameElement) => frame.clientHeight);
          const contentHeight = await framed.locator('body').evaluate((body) => body.ownerDocument.documentElement.scrollHeight);
          expect(contentHeight).toBeLessThanOrEqual(frameHeight);
          expect(contentHeight).toBeGreaterThan(frameHeight * 0.6);
        }
        await hostPage.waitForTimeout(300);
        await screenshot(hostPage, `chart-embed-iframe-${size.width}`);
        expect(errors).toEqual([]);
      }
    } finally {
      await host.close();
    }
  });
});

describe('screenshots of the chart page', () => {
  test.each([
    ['zh', 1440],
    ['zh', 390],
    ['en', 1440],
    ['en', 390],
  ] as const)('%s at %i wide, with an edited title', async (lang, width) => {
    const { page, errors } = await open(`?view=chart&metric=${METRIC}&lang=${lang}&title=${encodeURIComponent(lang === 'zh' ? '三地新建工会，一图看懂' : 'New unions: three places compared')}`, { width, height: width > 600 ? 900 : 844 });
    await page.getByTestId('embed-menu').locator('summary').click();
    await drawAllCharts(page);
    await screenshot(page, `chart-page-${lang}-${width}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test.each([1440, 390])('the embed mode alone at %i wide', async (width) => {
    const { page, errors } = await open(`?view=chart&metric=${METRIC}&embed=1`, { width, height: 800 });
    await drawAllCharts(page);
    await screenshot(page, `chart-embed-${width}`);
    expect(errors).toEqual([]);
  });
});
