// Two places side by side as a person uses it: a/b from the URL give the rows the pipeline's figures call for,
// swap exchanges them, a figure's "show in source" opens the reader at its sentence, and the rows stack on a
// phone. Expected metrics come from public/data, never typed.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, screenshot, viewReady } from './browser';
import { expectAtFigure } from './reader-focus';
import { sharedBrowser } from './shared-browser';
import { readIndex, readObservations } from './dataset';

const index = readIndex();

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

async function open(query: string, viewport?: { width: number; height: number }) {
  const watched = await openPage(browser, `${inject('baseUrl')}${query}`, viewport);
  await viewReady(watched.page);
  await watched.page.getByTestId('compare-view').waitFor();
  return watched;
}

/** What a place's box shows: its name and level, from the pipeline's index. */
function boxText(localityId: string): string {
  const locality = index.localities.find((l) => l.id === localityId)!;
  return `${locality.name.zh} · ${locality.level.zh}`;
}

/** Metric ids each place reports, from the pipeline's output. */
function metricsOf(localityId: string): Set<string> {
  return new Set(readObservations(localityId).flatMap((o) => (o.metricId ? [o.metricId] : [])));
}

/** What the page shows: each row's section, area, metric and kind, in order. */
function shownRows(page: Page) {
  return page.locator('.compare-row').evaluateAll((rows) =>
    rows.map((row) => ({
      section: row.closest('[data-section]')!.getAttribute('data-section')!,
      area: row.closest('[data-area]')!.getAttribute('data-area')!,
      metric: row.getAttribute('data-metric')!,
      kind: row.getAttribute('data-row-kind')!,
    })),
  );
}

describe('compare view', () => {
  test('a and b from the URL: shared metrics first in each area, then those only one reports, each figure in its column', async () => {
    const [a, b] = ['changshan', 'shifang'];
    const { page, errors } = await open(`?view=compare&a=${a}&b=${b}`);
    const [ofA, ofB] = [metricsOf(a), metricsOf(b)];
    const rows = await shownRows(page);
    const kindOf = (metricId: string) => (ofA.has(metricId) && ofB.has(metricId) ? 'shared' : ofA.has(metricId) ? 'only-a' : 'only-b');
    expect(rows.map((r) => r.metric).toSorted()).toEqual([...new Set([...ofA, ...ofB])].toSorted());
    for (const row of rows) expect([row.kind, row.section], row.metric).toEqual([kindOf(row.metric), kindOf(row.metric)]);
    // Shared metrics first, then a's own, then b's own; within each, program areas in their order.
    const rank = { shared: 0, 'only-a': 1, 'only-b': 2 } as Record<string, number>;
    const ranks = rows.map((r) => rank[r.kind]!);
    expect(ranks).toEqual(ranks.toSorted());
    const areaOrder = new Map(index.programAreas.map((area) => [area.id, area.order]));
    for (const kind of Object.keys(rank)) {
      const orders = rows.filter((r) => r.kind === kind).map((r) => areaOrder.get(r.area)!);
      expect(orders).toEqual(orders.toSorted((x, y) => x - y));
    }
    // Every figure of a shared metric is in its place's column (or set apart, naming the place).
    const metricId = rows.find((r) => r.kind === 'shared')!.metric;
    const row = page.locator(`.compare-row[data-metric="${metricId}"]`);
    for (const [side, id] of [['a', a], ['b', b]] as const) {
      const expected = readObservations(id).filter((o) => o.metricId === metricId && o.partOfId === null).map((o) => o.id);
      const shown = await row.locator(`.compare-cell[data-side="${side}"] > .compare-figure, .compare-apart > .compare-figure`).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-observation-id')));
      for (const observationId of expected) expect(shown).toContain(observationId);
    }
    await expect.poll(() => row.getByTestId('compare-verdict').innerText()).toMatch(/^(可比|部分可比|仅供参考)/);
    await expect.poll(() => row.getByTestId('compare-differences').innerText()).not.toBe('');
    await expect.poll(() => page.locator('[data-section="only-a"] .compare-section__title').innerText()).toMatch(/^仅常山报告 \(\d+\)$/);
    await expect.poll(() => page.locator('[data-section="only-b"] .compare-section__title').innerText()).toMatch(/^仅什邡报告 \(\d+\)$/);
    expect(errors).toEqual([]);
  });

  test('periods that differ are said in words on a shared row', async () => {
    const { page, errors } = await open('?view=compare&a=xiuzhou&b=fuzhou');
    const texts = await page.getByTestId('compare-differences').allInnerTexts();
    expect(texts.some((text) => text.includes('时期不同：秀洲 2022年；抚州 近年来'))).toBe(true);
    expect(texts.some((text) => text.includes('行政级别不同：'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('swap exchanges a and b in the URL, the pickers and the columns', async () => {
    const { page, errors } = await open('?view=compare&a=changshan&b=shifang');
    await page.getByRole('button', { name: '交换地区 A 和 B' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe('shifang');
    expect(new URL(page.url()).searchParams.get('b')).toBe('changshan');
    await viewReady(page);
    await expect.poll(() => page.getByLabel('地区 A', { exact: true }).inputValue()).toBe(boxText('shifang'));
    await expect.poll(() => page.getByLabel('地区 B', { exact: true }).inputValue()).toBe(boxText('changshan'));
    await expect.poll(() => page.locator('.compare-row[data-row-kind="shared"] .compare-cell[data-side="a"] .compare-cell__place').first().innerText()).toBe('什邡');
    await expect.poll(() => page.locator('[data-section="only-a"] .compare-section__title').innerText()).toMatch(/^仅什邡报告/);
    expect(errors).toEqual([]);
  });

  test('a place found by typing replaces b (clicked, or chosen with Enter); the same place twice asks for another', async () => {
    const { page, errors } = await open('?view=compare&a=changshan&b=shifang');
    const boxB = page.getByRole('combobox', { name: '地区 B', exact: true });
    await boxB.fill('三江');
    await page.getByRole('option', { name: new RegExp(`^${boxText('sanjiang')}`) }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('b')).toBe('sanjiang');
    await expect.poll(() => boxB.inputValue()).toBe(boxText('sanjiang'));
    await boxB.fill('Changshan');
    await boxB.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '请为 A 和 B 选择两个不同的地区' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('a figure’s "show in source" opens the reader at its sentence', async () => {
    const { page, errors } = await open('?view=compare&a=changshan&b=shifang');
    const figure = page.locator('.compare-row[data-row-kind="shared"] .compare-cell[data-side="b"] .compare-figure').first();
    const observationId = await figure.getAttribute('data-observation-id');
    const observation = readObservations('shifang').find((o) => o.id === observationId)!;
    expect(observation).toBeDefined();
    // The sentence is a click away in place too.
    await figure.locator('summary').first().click();
    await expect.poll(() => figure.locator('.quote mark').first().innerText()).toBe(observation.originalText);
    await figure.getByRole('link', { name: '查看原文' }).first().click();
    await page.getByTestId('reader-view').waitFor();
    expect(new URL(page.url()).searchParams.get('fig')).toBe(observation.id);
    await expectAtFigure(page, observation);
    expect(errors).toEqual([]);
  });

  test('without a and b it compares the first selected place with the next of its administrative level', async () => {
    // 抚州 (a prefecture-level city) is skipped for 三江, a county-level place like 常山.
    const { page, errors } = await open('?view=compare&loc=changshan,fuzhou,sanjiang');
    await expect.poll(() => page.getByLabel('地区 A', { exact: true }).inputValue()).toBe(boxText('changshan'));
    await expect.poll(() => page.getByLabel('地区 B', { exact: true }).inputValue()).toBe(boxText('sanjiang'));
    // With none of its level selected, the next selected place.
    const other = await open('?view=compare&loc=fuzhou,xiuzhou');
    await expect.poll(() => other.page.getByLabel('地区 B', { exact: true }).inputValue()).toBe(boxText('xiuzhou'));
    expect([...errors, ...other.errors]).toEqual([]);
  });

  test.each([
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ])('at $name width: A and B side by side on a desktop, stacked on a phone, nothing wider than the page', async (size) => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, errors } = await open(`?view=compare&a=xiuzhou&b=fuzhou&lang=${lang}`, size);
      const row = page.locator('.compare-row[data-row-kind="shared"]').first();
      const [boxA, boxB] = [await row.locator('.compare-cell[data-side="a"]').first().boundingBox(), await row.locator('.compare-cell[data-side="b"]').first().boundingBox()];
      if (size.name === 'phone') expect(boxB!.y).toBeGreaterThanOrEqual(boxA!.y + boxA!.height);
      else expect(boxB!.x).toBeGreaterThanOrEqual(boxA!.x + boxA!.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      await page.screenshot({ path: `screenshots/compare-${lang}-${size.name}-viewport.png` });
      await screenshot(page, `compare-${lang}-${size.name}`);
      expect(errors).toEqual([]);
    }
  });
});
