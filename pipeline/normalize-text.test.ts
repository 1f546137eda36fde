import { describe, expect, test } from 'vitest';
import { normalizeText, toOriginalRange } from './normalize-text.ts';

describe('normalizeText', () => {
  test('drops a BOM, folds CRLF and full-width digits, and maps every offset back', () => {
    const original = '\ufeff新建工会１１家,\r\n入会率９５％。';
    const norm = normalizeText(original);
    expect(norm.text).toBe('新建工会11家,\n入会率95%。');
    const at = norm.text.indexOf('95%');
    const [s, e] = toOriginalRange(norm, at, at + 3);
    expect(original.slice(s, e)).toBe('９５％');
  });

  test('a range ending before a CRLF does not swallow the CR', () => {
    const original = 'ab\r\ncd';
    const norm = normalizeText(original);
    expect(toOriginalRange(norm, 0, 2)).toEqual([0, 2]);
    expect(toOriginalRange(norm, 3, 5)).toEqual([4, 6]);
  });
});
