import { describe, expect, test } from 'vitest';
import { apaAuthors, englishCitation, gbAuthors, gbtCitation, isoDay, typeMark, type CitationInput } from './citation';

const base: CitationInput['source'] = { title: '某县总工会工作纪实', medium: 'newspaper', url: null, publisher: '某工人日报', page: 2, authors: ['甲'], publishedOn: '2024-01-05' };
const accessedOn = '2026-11-21';

describe('GB/T 7714-2015 rules', () => {
  test.each([
    [[], null],
    [['甲'], '甲'],
    [['甲', '乙', '丙'], '甲, 乙, 丙'],
    [['甲', '乙', '丙', '丁'], '甲, 乙, 丙, 等'],
  ])('authors %j read %s', (authors, expected) => {
    expect(gbAuthors(authors)).toBe(expected);
  });

  test('a newspaper article is [N]; with its address [N/OL], with the access date and the address', () => {
    expect(typeMark(base)).toBe('[N]');
    expect(gbtCitation({ source: base, accessedOn })).toBe('甲. 某县总工会工作纪实[N]. 某工人日报, 2024-01-05(2).');
    const online = { ...base, url: 'https://example.org/a.html' };
    expect(gbtCitation({ source: online, accessedOn })).toBe('甲. 某县总工会工作纪实[N/OL]. 某工人日报, 2024-01-05(2)[2026-11-21]. https://example.org/a.html.');
  });

  test('a web page is [EB/OL] with its access date, with or without an address; an unnamed site is left out', () => {
    const page = { ...base, medium: 'web' as const, page: null, publisher: null, authors: ['甲', '乙', '丙', '丁'] };
    expect(gbtCitation({ source: page, accessedOn })).toBe('甲, 乙, 丙, 等. 某县总工会工作纪实[EB/OL]. 2024-01-05[2026-11-21].');
    expect(gbtCitation({ source: { ...page, url: 'http://example.org/' }, accessedOn })).toBe(
      '甲, 乙, 丙, 等. 某县总工会工作纪实[EB/OL]. 2024-01-05[2026-11-21]. http://example.org/.',
    );
  });

  test('no author: the title comes first; no paper or date: said in brackets', () => {
    expect(gbtCitation({ source: { ...base, authors: [], publisher: null, publishedOn: null, page: null }, accessedOn })).toBe('某县总工会工作纪实[N]. [出版者不详], [出版日期不详].');
  });
});

describe('English form', () => {
  test.each([
    [['A'], 'A'],
    [['A', 'B'], 'A & B'],
    [['A', 'B', 'C'], 'A, B, & C'],
  ])('authors %j read %s', (authors, expected) => {
    expect(apaAuthors(authors)).toBe(expected);
  });

  test('more than twenty authors: the first nineteen, an ellipsis and the last', () => {
    const many = Array.from({ length: 22 }, (_, i) => `N${i + 1}`);
    expect(apaAuthors(many)).toBe(`${many.slice(0, 19).join(', ')}, …, & N22`);
  });

  test('an online article ends with when and where it was retrieved; a title ending in ? or ？ takes no full stop', () => {
    const online = { ...base, url: 'https://example.org/a.html', title: '工会有为如何呈现？' };
    expect(englishCitation({ source: online, accessedOn })).toBe('甲. (2024, January 5). 工会有为如何呈现？ 某工人日报, p. 2. Retrieved November 21, 2026, from https://example.org/a.html');
    expect(englishCitation({ source: { ...online, title: '工会有为如何呈现?' }, accessedOn })).toContain('工会有为如何呈现? 某工人日报');
  });
});

test('the access date is the local calendar day', () => {
  expect(isoDay(new Date(2026, 10, 21, 23, 59))).toBe('2026-11-21');
  expect(isoDay(new Date(2027, 0, 2, 0, 1))).toBe('2027-01-02');
});
