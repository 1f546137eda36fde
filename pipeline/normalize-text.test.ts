import { describe, expect, test } from 'vitest';
import { normalizeText, originalOffset, toOriginalRange } from './normalize-text.ts';

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

describe('offsets without a map', () => {
  test.each([
    ['a BOM and full-width punctuation', '\ufeff新建工会１１家，入会率９５％。', 1],
    ['ASCII punctuation, no BOM', '新建工会11家,入会率95%。', 0],
  ])('%s: no map is built, and every offset still maps back', (_what, original, shift) => {
    const norm = normalizeText(original);
    expect(norm.toOriginal).toBeNull();
    expect(norm.shift).toBe(shift);
    const at = norm.text.indexOf('95%');
    const [s, e] = toOriginalRange(norm, at, at + 3);
    expect(original.slice(s, e).normalize('NFKC')).toBe('95%');
    for (let i = 0; i < norm.text.length; i += 1) expect(originalOffset(norm, i)).toBe(i + shift);
  });

  test('a CRLF text keeps its map', () => {
    expect(normalizeText('a\r\nb').toOriginal).toEqual(Int32Array.from([0, 1, 3, 4]));
  });
});
