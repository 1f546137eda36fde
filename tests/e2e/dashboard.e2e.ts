// What a person sees: pick localities and areas, read 新建工会 from the pipeline's output, per capita,
// URL round trips, English, the table's quotes and CSV. Expected figures come from public/data, never typed.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { displayQuote } from '../../src/domain/display-quote';
import { formatFigure, formatNumber } from '../../src/lib/format';
import { openPage, track, viewReady } from './browser';
import { sharedBrowser } from './shared-browser';
import { readIndex, readObservations } from './dataset';

const index = readIndex();
const localityById = new Map(index.localities.map((l) => [l.id, l]));
const newUnions = index.metrics.find((m) => m.id === 'new_unions');

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

async function open(query: string, viewport?: { width: number; height: number }) {
  const watched = await openPage(browser, `${inject('baseUrl')}${query}`, viewport);
  await watched.page.getByRole('heading', { level: 2 }).first().waitFor();
  await viewReady(watched.page);
  return watched;
}

function chip(page: Page, name: string) {
  return page.locator('.locality-picker .chip', { hasText: name }).first();
}

function areaChip(page: Page, label: string) {
  return page.locator('.area-filter .chip', { hasText: label }).first();
}

/** Reads "12" or "1.8万" or "2,200" back into a number. */
function parseShown(text: string): number {
  const match = text.replaceAll(',', '').match(/(\d+(?:\.\d+)?)(万|亿|M|B)?/);
  if (!match?.[1]) throw new Error(`no number in "${text}"`);
  const scale = { 万: 1e4, 亿: 1e8, M: 1e6, B: 1e9 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * scale;
}

describe('locality picker and area filter', () => {
  test('dropping and picking a locality removes and restores its table column, and the URL follows', async () => {
    const { page, errors } = await open('?view=table');
    const [first, second] = index.localities;
    expect(first && second).toBeTruthy();
    const header = page.locator('thead th', { hasText: second!.shortName.zh });
    await expect.poll(() => header.count()).toBe(1);

    await chip(page, second!.shortName.zh).click();
    await expect.poll(() => chip(page, second!.shortName.zh).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => header.count()).toBe(0);
    // Four of five chosen: the URL names the one left out, which stays short with thousands of localities.
    const params = new URL(page.url()).searchParams;
    expect(params.get('xloc')).toBe(second!.id);
    expect(params.has('loc')).toBe(false);

    await chip(page, second!.shortName.zh).click();
    await expect.poll(() => header.count()).toBe(1);
    expect(new URL(page.url()).searchParams.has('loc')).toBe(false);

    await page.getByRole('button', { name: '清空' }).click();
    await expect.poll(() => page.locator('.locality-picker .chip[aria-pressed="true"]').count()).toBe(0);
    await page.getByRole('button', { name: '全选' }).click();
    await expect.poll(() => page.locator('.locality-picker .chip[aria-pressed="true"]').count()).toBe(index.localities.length);
    expect(errors).toEqual([]);
  });

  test('area counts are the figures of the selected localities, and follow the selection', async () => {
    const { page, errors } = await open('?view=overview');
    const area = index.programAreas.toSorted((a, b) => b.order - a.order).find((a) => index.localities.some((l) => (l.figureCounts[a.id] ?? 0) > 0));
    expect(area).toBeDefined();
    const sum = (ids: string[]) => ids.reduce((total, id) => total + (localityById.get(id)?.figureCounts[area!.id] ?? 0), 0);
    const badge = areaChip(page, area!.label.zh).locator('.chip__badge');
    expect(Number(await badge.innerText())).toBe(sum(index.localities.map((l) => l.id)));

    const reporter = index.localities.find((l) => (l.figureCounts[area!.id] ?? 0) > 0)!;
    await chip(page, reporter.shortName.zh).click();
    const rest = index.localities.filter((l) => l.id !== reporter.id).map((l) => l.id);
    await expect.poll(async () => Number(await badge.innerText())).toBe(sum(rest));
    expect(errors).toEqual([]);
  });

  test('a click is answered in a frame of its own: the control changes and the view dims, the view follows after that frame', async () => {
    const { page, errors } = await open('?view=charts');
    // Each click, then the first frame after it: what that frame shows (its animation-frame callbacks run just before it paints).
    const frames = await page.evaluate(async () => {
      const seen: Array<{ pressed: string | null; updating: boolean }> = [];
      for (let i = 0; i < 10; i += 1) {
        const area = document.querySelector<HTMLElement>('.area-filter .chip:nth-of-type(3)')!;
        const before = area.getAttribute('aria-pressed');
        area.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = document.querySelector<HTMLElement>('.area-filter .chip:nth-of-type(3)')!.getAttribute('aria-pressed');
        seen.push({ pressed: now === before ? null : now, updating: document.querySelector('main')!.classList.contains('app-main--updating') });
        // The view catches up before the next click.
        while (document.querySelector('main')!.getAttribute('data-ready') !== 'true') await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return seen;
    });
    for (const frame of frames) {
      expect(frame.pressed, 'the chip has changed in the first frame').not.toBeNull();
      expect(frame.updating, 'the view has not rendered the click yet in that frame: it is dimmed').toBe(true);
    }
    // And it follows: the area filter's last state is the view's.
    await viewReady(page);
    expect(new URL(page.url()).searchParams.has('area')).toBe(frames.length % 2 === 1);
    expect(errors).toEqual([]);
  });

  test('filtering to one area leaves only that area in the table', async () => {
    const { page, errors } = await open('?view=table');
    const area = index.programAreas.find((a) => a.id === newUnions?.programAreaId)!;
    await areaChip(page, area.label.zh).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe(area.id);
    const groups = await page.locator('.figure-table__group th').allInnerTexts();
    expect(groups).toEqual([area.label.zh]);
    await areaChip(page, '全部领域').click();
    await expect.poll(() => page.locator('.figure-table__group').count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });
});

describe('the 新建工会 chart', () => {
  test('shows each locality’s figures from the pipeline’s output and names the others once, as "未报告"', async () => {
    expect(newUnions).toBeDefined();
    const { page, errors } = await open('?view=charts');
    const card = page.getByTestId('chart-new_unions');
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg').first().waitFor();
    const svgText = (await card.locator('svg text').allTextContents()).join('\n');
    const footnote = card.getByTestId('card-footnote').first();
    await expect.poll(() => footnote.innerText()).toContain('未报告');
    let missing = 0;
    for (const locality of index.localities) {
      const figures = readObservations(locality.id).filter((o) => o.metricId === 'new_unions');
      if (figures.length === 0) {
        missing += 1;
        expect(svgText).not.toContain(locality.shortName.zh);
        await expect.poll(() => footnote.innerText()).toContain(locality.shortName.zh);
      }
      for (const figure of figures) {
        expect(svgText).toContain(formatFigure(figure.value, figure.qualifier, newUnions!.unitLabel.zh, 'zh'));
        expect(svgText).toContain(String(figure.value));
      }
    }
    // The brief's case: at least one selected locality does not report it, so the row must say so.
    expect(missing).toBeGreaterThan(0);
    // Not-reported rows draw no bar: one bar path per figure, none for the missing rows.
    const figureCount = index.localities.flatMap((l) => readObservations(l.id)).filter((o) => o.metricId === 'new_unions').length;
    const barWidths = await card.locator('svg > g path').evaluateAll((paths) =>
      paths
        .filter((p) => !p.closest('pattern') && /^#[0-9a-f]{6}$/i.test(p.getAttribute('fill') ?? '') && p.getAttribute('fill')?.toLowerCase() !== '#ffffff')
        .map((p) => (p as SVGGraphicsElement).getBBox())
        .filter((box) => box.height >= 8 && box.height <= 30)
        .map((box) => box.width),
    );
    expect(barWidths).toHaveLength(figureCount);
    expect(barWidths.every((width) => width > 0)).toBe(true);
    await card.getByText('数字与原文').click();
    await expect.poll(() => card.locator('.figure-list .figure-list__item').count()).toBe(figureCount);
    expect(errors).toEqual([]);
  });

  test('hovering a bar shows the period, result or plan and the quoted sentence', async () => {
    const { page, errors } = await open('?view=charts&area=organizing');
    const card = page.getByTestId('chart-new_unions');
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg').first().waitFor();
    const reporter = index.localities.find((l) => readObservations(l.id).some((o) => o.metricId === 'new_unions'))!;
    const figure = readObservations(reporter.id).find((o) => o.metricId === 'new_unions')!;
    const label = card.locator('svg text', { hasText: formatFigure(figure.value, figure.qualifier, newUnions!.unitLabel.zh, 'zh') }).first();
    // The label stands above its bar, which starts at the same left edge.
    const box = (await label.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height + 8);
    const tooltip = page.locator('.tt-quote', { hasText: figure.quote.slice(0, 12) });
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(figure.period.label.zh);
    expect(text).toContain(figure.kind === 'plan' ? '计划' : '结果');
    expect(errors).toEqual([]);
  });
});

describe('first screen', () => {
  test('the view’s first chart is drawn as soon as its card is measured, without waiting for an observer to report it near', async () => {
    // In the page, from before it loads: IntersectionObservers that never report. Every other chart waits for one;
    // the first card's is drawn in the frame that first lays its card out (when its width is observed).
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=charts`, undefined, false, async (context) => {
      await context.addInitScript(`
        window.IntersectionObserver = class {
          observe() {}
          unobserve() {}
          disconnect() {}
          takeRecords() { return []; }
        };
      `);
    });
    await page.locator('.chart-card .echart svg').first().waitFor();
    await page.locator('.charts-view[aria-busy="false"]').waitFor();
    const drawn = await page.locator('.chart-card').evaluateAll((cards) => cards.map((card) => card.querySelector('.echart svg') !== null));
    expect(drawn.length).toBeGreaterThan(4);
    expect(drawn.flatMap((isDrawn, at) => (isDrawn ? [at] : []))).toEqual([0]);
    expect(errors).toEqual([]);
  });
});

describe('printing', () => {
  test('printing draws every chart at once, those never scrolled near too, and brings paused ones up to date', async () => {
    const { page, errors } = await open('?view=charts');
    await page.locator('.echart svg').first().waitFor();
    // The cards come in a few at a time after the first screenful; the view is aria-busy until all are in.
    await page.locator('.charts-view[aria-busy="false"]').waitFor();
    const total = await page.locator('.echart').count();
    // Charts are drawn as they come near the viewport: far down the page, some are not drawn yet.
    expect(await page.locator('.echart[data-drawn="true"]').count()).toBeLessThan(total);
    // A print is a snapshot of the page as beforeprint leaves it: every chart must be drawn by then, synchronously.
    const drawn = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('.echart svg').length;
    });
    expect(drawn).toBe(total);

    // A chart scrolled away is paused (not updated); switched to English, the print shows it in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor();
    const chinese = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const localityNames = /常山|抚州|三江|秀洲|什邡/;
      return [...document.querySelectorAll('.echart svg')].filter((svg) => localityNames.test(svg.textContent ?? '')).length;
    });
    expect(chinese).toBe(0);
    expect(errors).toEqual([]);
  });

  test('printed before every card is in (they come a few at a time), the print has them all, each chart drawn', async () => {
    // In the page, from before it loads: as soon as the first chart is in (drawn with the first screenful of cards),
    // print.
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?view=charts`, undefined, false, async (context) => {
      await context.addInitScript(`
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.echart svg')) return;
          observer.disconnect();
          const busy = document.querySelector('.charts-view').getAttribute('aria-busy');
          const cards = document.querySelectorAll('.chart-card').length;
          window.dispatchEvent(new Event('beforeprint'));
          window.atFirstChart = { busy, cards, printedCards: document.querySelectorAll('.chart-card').length, printedCharts: document.querySelectorAll('.echart svg').length };
        });
        observer.observe(document, { childList: true, subtree: true });
      `);
    });
    await page.waitForFunction(() => 'atFirstChart' in window, null, { polling: 50 });
    const atFirstChart = await page.evaluate(() => (window as unknown as { atFirstChart: { busy: string | null; cards: number; printedCards: number; printedCharts: number } }).atFirstChart);
    expect(atFirstChart.busy).toBe('true');
    await page.locator('.charts-view[aria-busy="false"]').waitFor();
    const all = await page.locator('.chart-card').count();
    expect(atFirstChart.cards).toBeLessThan(all);
    expect(atFirstChart.printedCards).toBe(all);
    expect(atFirstChart.printedCharts).toBe(all);
    expect(errors).toEqual([]);
  });

  test('on paper one line says what the page shows, and the controls, tabs and card buttons are left out', async () => {
    const { page, errors } = await open('?view=charts');
    await page.locator('.chart-card').first().waitFor();
    const line = page.getByTestId('control-print');
    expect(await line.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await line.isVisible()).toBe(true);
    const names = index.localities.map((l) => l.shortName.zh).join('、');
    expect(await line.innerText()).toBe(`${index.localities.length} 个地区 · 全部领域 · 中文：${names}`);
    for (const hidden of ['.view-tabs', '.control-bar__inner', '.card__actions']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.chart-card').first().evaluate((card) => getComputedStyle(card).breakInside)).toBe('avoid');
    expect(errors).toEqual([]);
  });
});

describe('per year', () => {
  test('a card whose periods differ in length offers per year; on, multi-year totals are divided and joined with the years', async () => {
    const { page, errors } = await open('?view=charts&area=ideology');
    const card = page.getByTestId('chart-lectures_held');
    await card.scrollIntoViewIfNeeded();
    await card.locator('svg').first().waitFor();
    const toggle = card.getByRole('button', { name: '按年平均' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => card.getAttribute('data-verdict')).toBe('reference');
    await toggle.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('py')).toBe('lectures_held');
    await expect.poll(() => card.getAttribute('data-verdict')).toBe('partly');
    await expect.poll(async () => (await card.locator('svg text').allTextContents()).join(' ')).toContain('/年');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });
});

describe('per 10,000 residents', () => {
  test('count figures become figure / population × 10,000, rates stay, and the census is named', async () => {
    const { page, errors } = await open('?view=table');
    const rate = index.metrics.find((m) => m.type === 'rate' && index.localities.some((l) => readObservations(l.id).some((o) => o.metricId === m.id)));
    const rateCellsBefore = rate ? await page.locator(`tr[data-metric="${rate.id}"] td.figure-table__cell`).allInnerTexts() : [];

    await page.getByRole('switch', { name: '每万常住人口' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('pc')).toBe('1');
    // The switch points to the page's footnote, which names the census once.
    await expect.poll(() => page.getByTestId('per-capita-basis').innerText()).toContain('页末注');
    await expect.poll(() => page.getByTestId('population-footnote').innerText()).toContain(index.localities[0]!.population.citation.zh);

    let checked = 0;
    for (const locality of index.localities) {
      const figure = readObservations(locality.id).find((o) => o.metricId === 'new_unions');
      if (!figure) continue;
      const cell = page.locator(`tr[data-metric="new_unions"] td[data-locality="${locality.id}"] .cell-button__value`).first();
      const text = await cell.innerText();
      expect(text).toContain('/万人');
      const expected = (figure.value / locality.population.value) * 10_000;
      expect(Math.abs(parseShown(text) - expected)).toBeLessThanOrEqual(Math.max(0.006, expected * 0.006));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
    if (rate) await expect.poll(() => page.locator(`tr[data-metric="${rate.id}"] td.figure-table__cell`).allInnerTexts()).toEqual(rateCellsBefore);
    expect(errors).toEqual([]);
  });
});

describe('URL state', () => {
  test('a copied URL reopens the same view, and the back button steps back through changes', async () => {
    const { page, errors } = await open('?view=table');
    const dropped = index.localities[1]!;
    await chip(page, dropped.shortName.zh).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('switch', { name: 'Per 10,000 residents' }).check();
    await page.getByRole('searchbox', { name: 'Search the table' }).fill(newUnions!.label.en.slice(0, 5));
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(newUnions!.label.en.slice(0, 5));
    const url = page.url();

    const { page: again, errors: againErrors } = await open(new URL(url).search);
    await expect.poll(() => again.locator('.view-tabs__tab[aria-current="page"]').innerText()).toBe('Table');
    await expect.poll(() => chip(again, dropped.shortName.en).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => again.getByRole('switch', { name: 'Per 10,000 residents' }).isChecked()).toBe(true);
    await expect.poll(() => again.getByRole('searchbox', { name: 'Search the table' }).inputValue()).toBe(newUnions!.label.en.slice(0, 5));
    await expect.poll(() => again.locator('tr[data-metric="new_unions"]').count()).toBe(1);
    await again.reload();
    await again.getByRole('heading', { level: 2 }).first().waitFor();
    await expect.poll(() => again.locator('.view-tabs__tab[aria-current="page"]').innerText()).toBe('Table');
    expect(againErrors).toEqual([]);

    await page.goBack(); // undo the whole search (keystrokes share one entry)
    await page.goBack(); // undo per capita
    await expect.poll(() => page.getByRole('switch', { name: 'Per 10,000 residents' }).isChecked()).toBe(false);
    await page.goBack(); // undo English
    await expect.poll(() => page.locator('.view-tabs__tab[aria-current="page"]').innerText()).toBe('表格');
    expect(errors).toEqual([]);
  });

  test('garbage in the query string falls back to defaults without a crash', async () => {
    const { page, errors } = await open('?view=%3Cscript%3E&loc=,,nope,&area=zzz&lang=fr&pc=maybe&tsort=x&sort=up&profile=..%2F');
    await expect.poll(() => page.locator('.view-tabs__tab[aria-current="page"]').innerText()).toBe('概览');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // Unknown localities only, empty areas: the default (everything), never an empty view.
    await page.getByTestId('heatmap').waitFor();
    expect(new URL(page.url()).searchParams.has('loc')).toBe(false);
    expect(new URL(page.url()).searchParams.has('area')).toBe(false);
    expect(errors).toEqual([]);
  });

  test.each([
    '?loc=zzz&area=,,&view=nope&pc=7&lang=fr',
    '?view=charts&area=',
    // loc= (empty) is not garbled: it is the link of a cleared selection (see url-state).
    '?view=table&loc=,,',
  ])('the garbled link %s shows figures for every locality', async (query) => {
    const { page, errors } = await open(query);
    await expect.poll(() => page.locator('.area-filter .chip').filter({ hasText: /[1-9]/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.empty-state').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('heat map', () => {
  test('the heat map has a keyboard table: a count button filters to its area', async () => {
    const { page, errors } = await open('');
    const table = page.getByTestId('heatmap-table');
    await table.locator('summary').focus();
    await page.keyboard.press('Enter');
    const count = table.locator('td button').first();
    await count.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBeTruthy();
    expect(errors).toEqual([]);
  });
});

describe('narrow screens', () => {
  test.each(['overview', 'charts', 'table', 'profile', 'about', 'reader'])('at 390px the %s view never scrolls sideways', async (view) => {
    const { page, errors } = await open(`?view=${view}`, { width: 390, height: 844 });
    await page.waitForLoadState('networkidle');
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' }).catch(() => undefined);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(errors).toEqual([]);
  });
});

describe('English', () => {
  test('switching to English changes labels and number formats', async () => {
    const big = index.localities
      .flatMap((l) => readObservations(l.id).map((o) => ({ locality: l, observation: o })))
      .find(({ observation }) => observation.metricId !== null && observation.value >= 10_000);
    expect(big).toBeDefined();
    const { locality, observation } = big!;
    const { page, errors } = await open('?view=table');
    const cell = page.locator(`tr[data-metric="${observation.metricId}"] td[data-locality="${locality.id}"]`);
    await expect.poll(() => cell.innerText()).toContain(formatNumber(observation.value, 'zh'));
    await expect.poll(() => cell.innerText()).toContain('万');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('.view-tabs__tab[aria-current="page"]').innerText()).toBe('Table');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText()).toBe('Table');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const english = await cell.innerText();
    expect(english).toContain(formatNumber(observation.value, 'en'));
    expect(english).not.toContain('万');
    expect(english).toMatch(/\d,\d{3}|\dM/);
    expect(errors).toEqual([]);
  });

  test('switched back and forth quickly, the charts settle in the last language: the page, its cards and their charts, nothing left over', async () => {
    const { page, errors } = await open('?view=charts');
    await page.locator('.echart[data-drawn="true"] svg').first().waitFor();
    const han = /[\u4e00-\u9fff]/;
    // Clicks as fast as a person could make them: each view render is overtaken by the next click, and the page's
    // language, the sticky bars' room and the charts' updates follow the view, after it has caught up.
    for (const name of ['English', '中文', 'English', '中文', 'English']) {
      await page.getByRole('button', { name, exact: true }).click();
      // The control answers at once, before the view has caught up.
      expect(await page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')).toBe('true');
    }
    await viewReady(page);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText()).toBe('Charts');
    // Every card in view: title, verdict and the chart's own text in English (quotes, marked zh-CN, stay Chinese).
    const chineseLeft = () =>
      page.evaluate((pattern) => {
        const inView = [...document.querySelectorAll<HTMLElement>('.chart-card')].filter((card) => {
          const box = card.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        });
        const texts = inView.flatMap((card) => [
          card.querySelector('.card__title')?.textContent ?? '',
          card.querySelector('[data-testid="card-verdict"]')?.textContent ?? '',
          [...card.querySelectorAll('.echart svg text')].map((text) => text.textContent).join(' '),
        ]);
        return { cards: inView.length, chinese: texts.filter((text) => new RegExp(pattern).test(text)) };
      }, han.source);
    await expect.poll(async () => (await chineseLeft()).chinese).toEqual([]);
    expect((await chineseLeft()).cards).toBeGreaterThan(0);
    // The room left for the sticky bars is the English control bar's.
    const bars = await page.evaluate(() => ({
      room: Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sticky-bars-height')),
      bar: Math.ceil(document.querySelector('.control-bar')!.getBoundingClientRect().height),
    }));
    expect(bars.room).toBe(bars.bar);
    expect(errors).toEqual([]);
  });
});

describe('table', () => {
  test('clicking a cell shows the quoted sentence and its source; the CSV has a BOM and the shown rows', async () => {
    const { page, errors } = await open('?view=table');
    const reporter = index.localities.find((l) => readObservations(l.id).some((o) => o.metricId === 'new_unions'))!;
    const figure = readObservations(reporter.id).find((o) => o.metricId === 'new_unions')!;
    await page.locator(`tr[data-metric="new_unions"] td[data-locality="${reporter.id}"] button`).click();
    const detail = page.getByTestId('cell-detail');
    await detail.waitFor();
    await expect.poll(() => detail.innerText()).toContain(displayQuote(figure.quote).replace(/\s+/g, ' ').slice(0, 20));
    const source = index.sources.find((s) => s.id === figure.sourceId)!;
    await expect.poll(() => detail.innerText()).toContain(source.title.slice(0, 10));

    const notReported = page.locator('tr[data-metric="new_unions"] td.figure-table__cell .not-reported-cell');
    if ((await notReported.count()) > 0) await expect.poll(() => notReported.first().locator('.visually-hidden').innerText()).toBe('未报告');

    await page.getByRole('searchbox', { name: '搜索表格' }).fill(newUnions!.label.zh);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split(/\r\n/);
    expect(lines[0]).toContain('指标');
    expect(lines.length - 1).toBe(await page.locator('tbody tr[data-metric]').count());
    expect(lines.some((line) => line.startsWith(newUnions!.label.zh))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('data errors', () => {
  test('a failed load shows an error with a retry button that recovers', async () => {
    const context = await track(await browser.newContext());
    const page = await context.newPage();
    let fail = true;
    await page.route('**/data/index.json', (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue()));
    await page.goto(`${inject('baseUrl')}?view=overview`);
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('数据加载失败');
    fail = false;
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('heatmap').waitFor();
    await context.close();
  });

  test('data of another schema version is refused with a clear message', async () => {
    const context = await track(await browser.newContext());
    const page = await context.newPage();
    await page.route('**/data/index.json', async (route) => {
      const response = await route.fetch();
      const body = { ...(await response.json()), schemaVersion: 999 };
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${inject('baseUrl')}`);
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('999');
    await context.close();
  });

  test('a missing data file served as the HTML page says "file not found" with a plain sentence', async () => {
    const context = await track(await browser.newContext());
    const page = await context.newPage();
    await page.route('**/data/index.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html></html>' }));
    await page.goto(`${inject('baseUrl')}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect.poll(() => alert.innerText()).toContain('file not found: data/index.json');
    await expect.poll(() => alert.innerText()).toContain('找不到数据文件');
    await expect.poll(() => alert.innerText()).not.toContain('not valid JSON');
    await context.close();
  });
});

describe('scrolling to a card', () => {
  test('a link to a metric (metric=) lands on its card just below the sticky control bar, at desktop and phone width', async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const { page: first } = await open('?view=charts', viewport);
      await first.locator('.charts-view[aria-busy="false"]').waitFor();
      const ids = await first.locator('[data-testid^="chart-"]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')!.slice('chart-'.length)));
      const metricId = ids[Math.floor(ids.length / 2)]!; // far down the page (the last card could not reach the top)
      const { page, errors } = await open(`?view=charts&metric=${metricId}`, viewport);
      const card = page.locator(`[data-testid="chart-${metricId}"]`);
      await card.waitFor();
      const place = async () =>
        card.evaluate((element) => {
          const top = element.closest('.chart-card')!.getBoundingClientRect().top;
          const bars = [...document.querySelectorAll('.control-bar, .view-tabs')].map((bar) => bar.getBoundingClientRect()).filter((box) => box.top <= 0 && box.bottom > 0);
          const covered = Math.max(0, ...bars.map((box) => box.bottom));
          return { top, covered };
        });
      await expect.poll(async () => { const { top, covered } = await place(); return top >= covered - 1 && top <= covered + 40 ? 'below the bar' : `top ${top}, bar ${covered}`; }).toBe('below the bar');
      expect(errors).toEqual([]);
    }
  });
});
