// "Copy citation" as a person uses it: the clipboard holds the citation in GB/T 7714-2015 or English form, the
// page says so, and where the browser refuses the clipboard the text is shown selected instead. Expected
// citations are written out here; the access date is the browser's today.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, screenshot, viewReady } from './browser';
import { sharedBrowser } from './shared-browser';

let browser: Browser;
sharedBrowser((launched) => {
  browser = launched;
});

async function open(query: string, viewport?: { width: number; height: number }) {
  const watched = await openPage(browser, `${inject('baseUrl')}${query}`, viewport);
  await watched.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
  await viewReady(watched.page);
  return watched;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const today = (page: Page) => page.evaluate(() => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
});

describe('copy citation', () => {
  test('the reader copies the GB/T 7714 citation of a web page, with today as its access date, and says so', async () => {
    const { page, errors } = await open('?view=reader&src=sanjiang-2023');
    await page.locator('.reader-source [data-citation="gbt"]').click();
    const expected = `李牧也, 龙礼慧. 踔厉奋发书写新时代工会答卷——三江侗族自治县总工会2023年度工作纪实[EB/OL]. 桂工网, 2023-12-29[${await today(page)}].`;
    await expect.poll(() => clipboard(page)).toBe(expected);
    await expect.poll(() => page.getByTestId('citation-copied').innerText()).toBe(`✓ 已复制引文：${expected}`);
    await page.screenshot({ path: 'screenshots/citation-reader-desktop-viewport.png' });
    expect(errors).toEqual([]);
  });

  test('the chart page copies the citation of each source it lists; its embed mode offers none', async () => {
    const { page, errors } = await open('?view=chart&metric=new_unions');
    const sources = page.locator('.chart-sources');
    await sources.locator('[data-citation="gbt"]').first().waitFor();
    expect(await sources.locator('[data-citation="gbt"]').count()).toBe(await sources.locator('li').count());
    await sources.locator('li', { hasText: '踔厉奋发' }).locator('[data-citation="gbt"]').click();
    await expect.poll(() => clipboard(page)).toBe(`李牧也, 龙礼慧. 踔厉奋发书写新时代工会答卷——三江侗族自治县总工会2023年度工作纪实[EB/OL]. 桂工网, 2023-12-29[${await today(page)}].`);
    const embed = await open('?view=chart&metric=new_unions&embed=1');
    await embed.page.locator('.chart-sources li').first().waitFor();
    expect(await embed.page.locator('[data-citation]').count()).toBe(0);
    expect([...errors, ...embed.errors]).toEqual([]);
  });

  test('the profile copies a newspaper article’s English citation', async () => {
    const { page, errors } = await open('?view=profile&profile=shifang&lang=en');
    await page.locator('[data-source-id="shifang-2023"] [data-citation="en"]').click();
    await expect.poll(() => clipboard(page)).toBe('高贵富 & 付华. (2023, April 29). 以“355 工作法”深耕工会“责任田”扎实推动“县级工会加强年”专项工作. 四川工人日报, p. 4.');
    await expect.poll(() => page.getByTestId('citation-copied').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a source that names no publisher or date says so once, and its citation says it the standard’s way', async () => {
    const { page, errors } = await open('?view=profile&profile=fuzhou');
    const source = page.locator('[data-source-id="fuzhou-recent"]');
    await expect.poll(() => source.innerText()).toContain('出版者、日期未注明');
    expect((await source.innerText()).match(/未注明/g)).toHaveLength(1);
    await source.locator('[data-citation="gbt"]').click();
    await expect.poll(() => clipboard(page)).toBe('齐菲斐. 抚州市总工会工作综述(赣抚大地、文脉悠长,工运事业发展新画卷徐徐铺展)[N]. [出版者不详], [出版日期不详].');
    expect(errors).toEqual([]);
  });

  test('where the clipboard is refused, the citation is shown in a box, selected for Ctrl+C', async () => {
    const { page, errors } = await open('?view=profile&profile=shifang', { width: 390, height: 844 });
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.locator('[data-source-id="shifang-2023"] [data-citation="gbt"]').click();
    const box = page.getByTestId('citation-fallback');
    const expected = '高贵富, 付华. 以“355 工作法”深耕工会“责任田”扎实推动“县级工会加强年”专项工作[N]. 四川工人日报, 2023-04-29(4).';
    await expect.poll(() => box.inputValue()).toBe(expected);
    // Focused and wholly selected, so that Ctrl+C copies it.
    await expect.poll(() => box.evaluate((node) => {
      const area = node as HTMLTextAreaElement;
      return { focused: document.activeElement === area, selected: area.value.slice(area.selectionStart, area.selectionEnd) };
    })).toEqual({ focused: true, selected: expected });
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/citation-fallback-phone-viewport.png' });
    await screenshot(page, 'profile-citation-phone');
    expect(errors).toEqual([]);
  });
});
