// Phone first, empty and edge states, the heat map's cells and populations for people (issue 12, items 4–6):
// what a person sees at 390×844 and at 1440, with expected names and numbers read from public/data.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { formatPopulation } from '../../src/lib/format';
import { drawAllCharts, openPage, screenshot, viewReady } from './browser';
import { sharedBrowser } from './shared-browser';
import { readIndex } from './dataset';

const index = readIndex();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

async function open(query: string, viewport = DESKTOP) {
  const watched = await openPage(browser, `${inject('baseUrl')}${query}`, viewport);
  await watched.page.getByRole('heading', { level: 2 }).first().waitFor();
  await viewReady(watched.page);
  return watched;
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

/** Pairs of texts on one line of one chart that overlap (a label's name running into its value), as "a | b". */
async function overlappingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll('.echart svg')) {
      const lines = new Map<number, Array<{ text: string; left: number; right: number }>>();
      for (const text of svg.querySelectorAll('text')) {
        const rect = text.getBoundingClientRect();
        if (rect.width === 0 || !text.textContent?.trim()) continue;
        const line = Math.round(rect.top + rect.height / 2);
        lines.set(line, [...(lines.get(line) ?? []), { text: text.textContent, left: rect.left, right: rect.right }]);
      }
      for (const texts of lines.values()) {
        texts.sort((a, b) => a.left - b.left);
        for (let i = 1; i < texts.length; i += 1) if (texts[i - 1]!.right > texts[i]!.left + 0.5) found.push(`${texts[i - 1]!.text} | ${texts[i]!.text}`);
      }
    }
    return found;
  });
}

/** Texts of a chart that reach out of it (cut at its edge), as "text [left, right] of width". */
async function textsOutsideChart(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll('.echart svg')) {
      const chart = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const rect = text.getBoundingClientRect();
        if (rect.width === 0 || !text.textContent?.trim()) continue;
        if (rect.left < chart.left - 0.5 || rect.right > chart.right + 0.5) found.push(`${text.textContent} [${Math.round(rect.left - chart.left)}, ${Math.round(rect.right - chart.left)}] of ${Math.round(chart.width)}`);
      }
    }
    return found;
  });
}

describe('phone layout', () => {
  test('at 390 and 320 px no text of a chart runs into the next on its line or out of the chart (labels and captions take more lines)', async () => {
    const cases: Array<[string, { width: number; height: number }]> = [
      ['?view=charts', PHONE],
      ['?view=charts&pc=1', PHONE],
      ['?view=charts&lang=en', PHONE],
      ['?view=charts&lang=en', { width: 320, height: 700 }],
    ];
    for (const [query, viewport] of cases) {
      const { page, errors } = await open(query, viewport);
      await drawAllCharts(page);
      const where = `${query} at ${viewport.width} px`;
      expect(await page.locator('.echart svg text').count(), where).toBeGreaterThan(50);
      expect(await overlappingTexts(page), where).toEqual([]);
      expect(await textsOutsideChart(page), where).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('at 390×844 the controls fold into one line and the first screen shows a chart card', async () => {
    const { page, errors } = await open('?view=charts', PHONE);
    const summary = page.getByTestId('control-summary');
    await expect.poll(() => summary.innerText()).toContain(`${index.localities.length} 个地区 · 全部领域 · 中文`);
    expect(await summary.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.locator('.locality-picker').isVisible()).toBe(false);
    // The top of the first chart card (its title) is on the first screen.
    const card = page.locator('.chart-card').first();
    await card.waitFor();
    const title = (await card.locator('.card__title').boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(PHONE.height);
    await page.screenshot({ path: 'screenshots/phone-first-screen-charts.png' });

    // The summary opens the full controls, and "done" folds them again.
    await summary.click();
    await expect.poll(() => summary.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('.locality-picker').isVisible()).toBe(true);
    await page.screenshot({ path: 'screenshots/phone-controls-open.png' });
    await page.getByRole('button', { name: '完成' }).click();
    await expect.poll(() => summary.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
  });

  test('the summary line speaks English and follows the filters', async () => {
    const { page, errors } = await open(`?view=charts&lang=en&loc=${index.localities.slice(0, 2).map((l) => l.id).join(',')}&pc=1`, PHONE);
    await expect.poll(() => page.getByTestId('control-summary').innerText()).toContain('2 localities · All areas · English · Per 10,000 residents');
    await page.screenshot({ path: 'screenshots/phone-first-screen-charts-en.png' });
    expect(errors).toEqual([]);
  });

  test('one locality in English: its figures, the hint and the populations divided by', async () => {
    const only = index.localities[1]!;
    const { page, errors } = await open(`?view=charts&lang=en&loc=${only.id}&pc=1`, PHONE);
    await expect.poll(() => page.getByTestId('one-locality-hint').innerText()).toContain(`Only ${only.name.en} is selected`);
    await expect.poll(() => page.locator('.card-footnote').first().innerText()).toContain(`${only.shortName.en} ${formatPopulation(only.population.value, 'en')}`);
    await page.screenshot({ path: 'screenshots/phone-one-locality-en.png' });
    expect(errors).toEqual([]);
  });

  test('at phone width every chip, tab and button of the controls is at least 44 px tall, and nothing is cut silently', async () => {
    const { page, errors } = await open('?view=overview', PHONE);
    await page.getByTestId('control-summary').click();
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.control-bar button, .control-bar input, .view-tabs a')]
        .filter((element) => element.getClientRects().length > 0 && element.getAttribute('type') !== 'checkbox')
        .map((element) => ({ text: element.textContent?.trim() || element.getAttribute('placeholder') || '', height: element.getBoundingClientRect().height })),
    );
    expect(heights.length).toBeGreaterThan(10);
    for (const { text, height } of heights) expect(height, text).toBeGreaterThanOrEqual(44);
    // The program areas wrap: every area chip (组织建设与建会 and the rest) lies wholly inside the screen.
    for (const chip of await page.locator('.area-filter .chip').all()) {
      const rect = (await chip.boundingBox())!;
      expect(rect.x).toBeGreaterThanOrEqual(0);
      expect(rect.x + rect.width).toBeLessThanOrEqual(PHONE.width);
    }
    // The tabs scroll sideways: the row says so (its end fades) while the last tab, 关于数据, is out of view.
    const row = page.getByTestId('view-tabs-row');
    const overflows = await row.evaluate((element) => element.scrollWidth > element.clientWidth);
    if (overflows) {
      await expect.poll(() => row.getAttribute('data-more')).toBe('end');
      expect(await row.evaluate((element) => getComputedStyle(element).maskImage)).toContain('gradient');
      await row.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      await expect.poll(() => row.getAttribute('data-more')).toBe('start');
    }
    // The buttons and menus of the views too: chart cards (download, per year, figure list), the table.
    for (const view of ['charts', 'table']) {
      await page.getByRole('link', { name: view === 'charts' ? '图表' : '表格' }).click();
      await viewReady(page);
      await page.locator('.chart-download summary, .figure-table').first().waitFor();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main button, main summary, main select, main input')]
          .filter((element) => element.checkVisibility() && element.getAttribute('type') !== 'checkbox' && element.getBoundingClientRect().height < 44)
          .map((element) => `${element.className}: ${element.textContent?.trim().slice(0, 20)} ${element.getBoundingClientRect().height}`),
      );
      expect(small, view).toEqual([]);
    }
    await page.getByRole('link', { name: '关于数据' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('about');
    const about = (await page.getByRole('link', { name: '关于数据' }).boundingBox())!;
    expect(about.x + about.width).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
  });

  test('the sticky scroll padding matches the bars, whether the controls are folded or open', async () => {
    const { page, errors } = await open('?view=charts', PHONE);
    const padding = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop));
    const tabs = await box(page, '.view-tabs');
    await expect.poll(padding).toBe(Math.ceil(tabs.height) + 12);
    await page.getByTestId('control-summary').click();
    await expect.poll(() => page.locator('.locality-picker').isVisible()).toBe(true);
    await expect.poll(padding).toBe(Math.ceil(tabs.height) + 12);
    // On a desktop the control bar is the sticky one, open, with no summary line.
    const desktop = await open('?view=charts');
    expect(await desktop.page.getByTestId('control-summary').count()).toBe(0);
    const bar = await box(desktop.page, '.control-bar');
    await expect.poll(() => desktop.page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop))).toBe(Math.ceil(bar.height) + 12);
    expect([...errors, ...desktop.errors]).toEqual([]);
  });

  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    test(`on a ${name} the table keeps its header row and first column in view while it scrolls`, async () => {
      const { page, errors } = await open('?view=table', viewport);
      const scroller = page.locator('.table-view .table-scroll');
      await scroller.scrollIntoViewIfNeeded();
      const firstLocality = index.localities[0]!.shortName.zh;
      const header = page.locator('thead th', { hasText: firstLocality });
      const before = (await header.boundingBox())!;
      const scrolled = await scroller.evaluate((element) => {
        element.scrollTop = 600;
        return element.scrollTop;
      });
      expect(scrolled).toBeGreaterThan(0);
      // The header row stays at the top of the scroll box, its locality names readable.
      const container = (await scroller.boundingBox())!;
      await expect.poll(async () => (await header.boundingBox())!.y).toBeLessThanOrEqual(container.y + 2);
      await expect.poll(async () => Math.abs((await header.boundingBox())!.y - before.y)).toBeLessThanOrEqual(2);
      expect(await header.isVisible()).toBe(true);
      const metricCell = page.locator('tbody th.figure-table__metric').nth(8);
      const metricBefore = (await metricCell.boundingBox())!;
      const right = await scroller.evaluate((element) => {
        element.scrollLeft = 400;
        return element.scrollLeft;
      });
      if (right > 0) {
        // The metric column stays at the left edge as the locality columns go by, and so do the area labels.
        await expect.poll(async () => Math.abs((await metricCell.boundingBox())!.x - metricBefore.x)).toBeLessThanOrEqual(2);
        const areaLabel = (await page.locator('.figure-table__group-label').nth(2).boundingBox())!;
        expect(areaLabel.x).toBeGreaterThanOrEqual(container.x);
        expect(areaLabel.x).toBeLessThan(container.x + 40);
      } else {
        expect(name).toBe('desktop'); // a desktop may show every column at once
      }
      await page.screenshot({ path: `screenshots/table-scrolled-${name}.png` });
      expect(errors).toEqual([]);
    });
  }
});

describe('empty and edge states', () => {
  test('清空 asks for places with the chips at hand and disables export with a reason; one place shows its figures and a hint', async () => {
    const { page, errors } = await open('?view=charts');
    await page.getByRole('button', { name: '清空', exact: true }).click();
    const prompt = page.getByTestId('choose-localities');
    await prompt.waitFor();
    await expect.poll(() => prompt.innerText()).toContain('请选择要比较的地区');
    await expect.poll(() => page.locator('main').innerText()).not.toContain('所选地区中没有两个及以上地区共同报告的指标');
    const exportAll = page.getByTestId('export-all');
    await expect.poll(() => exportAll.isDisabled()).toBe(true);
    const reasonId = await exportAll.getAttribute('aria-describedby');
    expect(reasonId).toBeTruthy();
    await expect.poll(() => page.locator(`[id="${reasonId}"]`).innerText()).toContain('未选择地区');
    expect(await exportAll.getAttribute('title')).toContain('未选择地区');
    await page.locator('.data-download summary').click();
    await expect.poll(() => page.locator('[data-export="filtered-csv"]').isDisabled()).toBe(true);
    await expect.poll(() => page.locator('[data-export="dataset-csv"]').isDisabled()).toBe(false);
    await page.keyboard.press('Escape');
    await screenshot(page, 'charts-no-locality-desktop');

    // A chip of the prompt picks one place: its figures, with a hint to add another.
    const only = index.localities[0]!;
    await prompt.locator('.chip', { hasText: only.shortName.zh }).click();
    const hint = page.getByTestId('one-locality-hint');
    await hint.waitFor();
    await expect.poll(() => hint.innerText()).toContain(only.name.zh);
    await expect.poll(() => page.locator('.chart-card').count()).toBeGreaterThan(0);
    await expect.poll(() => exportAll.isDisabled()).toBe(false);
    expect(new URL(page.url()).searchParams.get('loc')).toBe(only.id);
    await screenshot(page, 'charts-one-locality-desktop');

    // Another chip of the hint makes it a comparison.
    const other = index.localities[1]!;
    await hint.locator('.chip', { hasText: other.shortName.zh }).click();
    await expect.poll(() => page.getByTestId('one-locality-hint').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('loc')).toBe(`${only.id},${other.id}`);
    expect(errors).toEqual([]);
  });

  test('on a phone the prompt is on the first screen, with every place a tap away', async () => {
    const { page, errors } = await open('?view=table', PHONE);
    await page.getByTestId('control-summary').click();
    await page.getByRole('button', { name: '清空', exact: true }).click();
    await page.getByRole('button', { name: '完成' }).click();
    await expect.poll(() => page.getByTestId('control-summary').innerText()).toContain('未选地区');
    const prompt = page.getByTestId('choose-localities');
    await prompt.waitFor();
    await expect.poll(() => prompt.locator('.chip').count()).toBe(index.localities.length);
    const chip = (await prompt.locator('.chip').first().boundingBox())!;
    expect(chip.y + chip.height).toBeLessThanOrEqual(PHONE.height);
    expect(chip.height).toBeGreaterThanOrEqual(44);
    await expect.poll(() => page.getByRole('button', { name: '下载 CSV' }).isDisabled()).toBe(true);
    await page.screenshot({ path: 'screenshots/phone-table-no-locality.png' });
    expect(errors).toEqual([]);
  });
});

describe('heat map', () => {
  test('a cell opens the charts of that area for that locality', async () => {
    const { page, errors } = await open('');
    const table = page.getByTestId('heatmap-table');
    await table.locator('summary').click();
    const row = table.locator('tbody tr').first();
    const locality = index.localities[0]!;
    await expect.poll(() => row.locator('th').innerText()).toContain(locality.shortName.zh);
    const area = index.programAreas.toSorted((a, b) => a.order - b.order).find((a) => (locality.figureCounts[a.id] ?? 0) > 0)!;
    await row.getByRole('button', { name: new RegExp(`${area.label.zh.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('charts');
    const params = new URL(page.url()).searchParams;
    expect(params.get('area')).toBe(area.id);
    expect(params.get('loc')).toBe(locality.id);
    await viewReady(page);
    await expect.poll(() => page.locator('.area-group__title').allInnerTexts()).toEqual([area.label.zh]);
    await expect.poll(() => page.getByTestId('one-locality-hint').innerText()).toContain(locality.name.zh);
    expect(errors).toEqual([]);
  });

  test.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('a click on the drawn heat map does the same (%s)', async (width, viewport) => {
    const { page, errors } = await open('', viewport);
    const chart = page.getByTestId('heatmap').locator('.echart');
    await chart.locator('svg').waitFor();
    // The first locality's first area (cells are paths in the SVG). On a desktop the localities are the rows and
    // the areas the columns; on a phone with five localities the other way round (a dozen area columns would crowd
    // their labels).
    const cell = chart.locator('svg path[fill]').filter({ hasNot: page.locator('text') }).first();
    await expect.poll(() => cell.count()).toBe(1);
    const first = index.programAreas.toSorted((a, b) => a.order - b.order)[0]!;
    const locality = (await chart.locator('svg text', { hasText: new RegExp(`^${index.localities[0]!.shortName.zh}`) }).first().boundingBox())!;
    const area = (await chart.locator('svg text', { hasText: first.label.zh.slice(0, 2) }).first().boundingBox())!;
    if (width === 'phone') {
      expect(area.x).toBeLessThan(locality.x);
      await page.mouse.click(locality.x + locality.width / 2, area.y + area.height / 2);
    } else {
      expect(locality.x).toBeLessThan(area.x);
      await page.mouse.click(area.x + area.width / 2, locality.y + locality.height / 2);
    }
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('charts');
    expect(new URL(page.url()).searchParams.get('area')).toBe(first.id);
    expect(new URL(page.url()).searchParams.get('loc')).toBe(index.localities[0]!.id);
    expect(errors).toEqual([]);
  });

  test('unclassified figures are drawn apart, counted and reachable; they do not set the darkest cell', async () => {
    const { page, errors } = await open('');
    const unclassified = index.localities.reduce((sum, l) => sum + (l.figureCounts.unclassified ?? 0), 0);
    const note = page.getByTestId('heatmap-unclassified');
    await expect.poll(() => note.innerText()).toContain(`共 ${unclassified} 个`);
    const table = page.getByTestId('heatmap-table');
    await table.locator('summary').click();
    const locality = index.localities.find((l) => (l.figureCounts.unclassified ?? 0) > 0)!;
    await table.getByRole('button', { name: `${locality.shortName.zh} · ${locality.level.zh} · 未分类: ${locality.figureCounts.unclassified}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('profile');
    expect(new URL(page.url()).searchParams.get('profile')).toBe(locality.id);
    await viewReady(page);
    await expect.poll(() => page.locator('.area-group__title').allInnerTexts()).toContainEqual(expect.stringContaining('未分类'));
    expect(errors).toEqual([]);
  });
});

describe('populations for people', () => {
  test('the overview reads populations as 26.0万 and 260,000 and cites the census once, in a footnote', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, errors } = await open(`?lang=${lang}`);
      for (const locality of index.localities) {
        await expect.poll(() => page.getByTestId(`locality-card-${locality.id}`).getByTestId('population').innerText()).toBe(`${formatPopulation(locality.population.value, lang)}*`);
      }
      const citation = index.localities[0]!.population.citation[lang];
      const main = await page.locator('main').innerText();
      expect(main.split(citation)).toHaveLength(2);
      await expect.poll(() => page.getByTestId('population-footnote').innerText()).toContain(citation);
      expect(errors).toEqual([]);
    }
  });

  test('with per capita on, the charts say the populations divided by and cite the census once per page', async () => {
    const { page, errors } = await open('?view=charts&pc=1');
    const citation = index.localities[0]!.population.citation.zh;
    await expect.poll(() => page.locator('.card-footnote').filter({ hasText: '常住人口：' }).count()).toBeGreaterThan(1);
    const footnote = await page.locator('.card-footnote').filter({ hasText: '常住人口：' }).first().innerText();
    expect(footnote).toMatch(/\d+\.\d万/);
    await page.locator('.card-footnote').filter({ hasText: '常住人口：' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/charts-per-capita-desktop.png' });
    const whole = await page.locator('body').innerText();
    expect(whole.split(citation)).toHaveLength(2);
    await expect.poll(() => page.getByTestId('population-footnote').innerText()).toContain(citation);
    expect(errors).toEqual([]);
  });
});
