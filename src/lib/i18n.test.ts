import { expect, test } from 'vitest';
import { fillPlaceholders, t } from '@/lib/i18n';

test('fillPlaceholders fills every occurrence of each placeholder and leaves unknown ones', () => {
  expect(fillPlaceholders('{n} 个数字,{n} 个已核对,{x}', { n: 3 })).toBe('3 个数字,3 个已核对,{x}');
});

test('t picks the language and fills placeholders', () => {
  expect(t('zh', 'tableRows', { n: 45 })).toBe('45 行');
  expect(t('en', 'tableRows', { n: 45 })).toBe('45 rows');
});
