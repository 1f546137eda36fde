import { describe, expect, test } from 'vitest';
import { displayQuote, displayQuoteRange } from '@/domain/display-quote';

describe('displayQuote', () => {
  test.each([
    ['职工获得感增强\n\n强。', '职工获得感增强强。'],
    ['新建工会 12 个', '新建工会 12 个'],
    ['全年  救助\t困难职工', '全年救助困难职工'],
    ['覆盖率达 96.5%。\n 下一步', '覆盖率达 96.5%。下一步'],
    ['union members 1,200 people', 'union members 1,200 people'],
    ['', ''],
  ])('%j is shown as %j', (quote, shown) => {
    expect(displayQuote(quote)).toBe(shown);
  });

  test('the figure range follows the removed whitespace', () => {
    const quote = '工作\n\n扎实，新建工会12个';
    const start = quote.indexOf('12');
    const shown = displayQuoteRange(quote, start, start + 2);
    expect(shown.text).toBe('工作扎实，新建工会12个');
    expect(shown.text.slice(shown.start, shown.end)).toBe('12');
  });
});
