import { describe, expect, test } from 'vitest';
import { fillPlaceholders, shortList, t } from '@/lib/i18n';

test('fillPlaceholders fills every occurrence of each placeholder and leaves unknown ones', () => {
  expect(fillPlaceholders('{n} 个数字,{n} 个已核对,{x}', { n: 3 })).toBe('3 个数字,3 个已核对,{x}');
});

test('t picks the language and fills placeholders', () => {
  expect(t('zh', 'tableRows', { n: 45 })).toBe('45 行');
  expect(t('en', 'tableRows', { n: 45 })).toBe('45 rows');
});

describe('shortList', () => {
  test('names everything up to the limit, then counts the rest', () => {
    expect(shortList(['甲', '乙'], 'zh', '、', 2)).toBe('甲、乙');
    expect(shortList(['甲', '乙', '丙', '丁'], 'zh', '、', 2)).toBe('甲、乙等，共4个');
    expect(shortList(Array.from({ length: 3000 }, (_, i) => `c${i}`), 'en', ', ', 2)).toBe('c0, c1 and 2,998 more');
  });
});
