import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { toCsv } from '@/lib/csv';

describe('toCsv', () => {
  test('starts with a byte-order mark and ends rows with CRLF', async () => {
    const csv = await toCsv(['a', 'b'], [['1', '2']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('a,b\r\n1,2');
  });

  test.each([
    ['a "quoted" word', '"a ""quoted"" word"'],
    ['1,200', '"1,200"'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['全县新建工会12个', '全县新建工会12个'],
  ])('the cell %j is written as %j', async (cell, written) => {
    expect(await toCsv(['x'], [[cell]])).toBe(`\uFEFFx\r\n${written}`);
  });

  test('quotes, commas and newlines inside cells survive a round trip through a CSV parser', async () => {
    const rows = [['他说“好”, "OK"', 'a,b,c', '两行\n文字', '', '12']];
    const parsed = Papa.parse<string[]>((await toCsv(['q', 'c', 'n', 'e', 'v'], rows)).slice(1), { newline: '\r\n' });
    expect(parsed.data).toEqual([['q', 'c', 'n', 'e', 'v'], ...rows]);
  });

  test.each(['=HYPERLINK("http://x","y")', '+1+2', '@SUM(A1)', '-2+3'])('a cell starting like a formula (%s) is neutralised with a leading quote', async (cell) => {
    const written = (await toCsv(['x'], [[cell]])).slice(1).split('\r\n')[1] ?? '';
    expect(written.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  test('negative numbers are not mistaken for formulas', async () => {
    expect((await toCsv(['n'], [[-5]])).slice(1)).toBe('n\r\n-5');
  });

  test('numbers, booleans and missing values become plain text', async () => {
    expect((await toCsv(['n', 'b', 'm'], [[2200, true, null]])).slice(1)).toBe('n,b,m\r\n2200,true,');
  });
});
