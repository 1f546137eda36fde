import { describe, expect, test } from 'vitest';
import { buildDate, exportFileName, fileSlug } from '@/lib/file-names';

describe('exportFileName', () => {
  test.each([
    ['new_unions', '2026-11-21T05:20:18.529Z', 'png', {}, 'new_unions_2026-11-21.png'],
    ['new_unions', '2026-11-21T05:20:18.529Z', 'svg', { perCapita: true }, 'new_unions_per10k_2026-11-21.svg'],
    ['union-compare_charts', '2026-11-21', 'zip', {}, 'union-compare_charts_2026-11-21.zip'],
    ['Relief Money / 慰问金', '2024-01-02T00:00:00Z', 'csv', {}, 'relief-money_2024-01-02.csv'],
    ['../../etc/passwd', 'not a date', 'txt', {}, 'etc-passwd.txt'],
    ['新建工会', '2024-01-02', 'png', {}, 'chart_2024-01-02.png'],
  ])('%s built %s as %s reads %s', (name, builtAt, extension, options, expected) => {
    expect(exportFileName(name, builtAt, extension, options)).toBe(expected);
  });
});

test('buildDate takes the date of an ISO timestamp and refuses anything else', () => {
  expect(buildDate('2026-11-21T05:20:18.529Z')).toBe('2026-11-21');
  expect(buildDate('yesterday')).toBeNull();
});

test('fileSlug never leaves path separators or dots', () => {
  expect(fileSlug('a/b\\c.d')).toBe('a-b-c-d');
});
