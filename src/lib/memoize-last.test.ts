// Last-arguments memo: same arguments, same result; any other argument, a new one (and only the last is kept).
import { expect, test, vi } from 'vitest';
import { memoizeLast } from './memoize-last';

test('the same arguments give the same result without building again', () => {
  const build = vi.fn((lang: string, names: readonly string[]) => ({ lang, names }));
  const remembered = memoizeLast(build);
  const names = ['常山县', '抚州市'];
  const first = remembered('zh', names);
  expect(remembered('zh', names)).toBe(first);
  expect(build).toHaveBeenCalledTimes(1);
});

test('another argument (compared by identity, not content) builds anew, and only the last result is kept', () => {
  const build = vi.fn((lang: string, names: readonly string[]) => ({ lang, names }));
  const remembered = memoizeLast(build);
  const names = ['常山县'];
  const zh = remembered('zh', names);
  const en = remembered('en', names);
  expect(en).not.toBe(zh);
  expect(remembered('en', [...names])).not.toBe(en);
  expect(remembered('zh', names)).not.toBe(zh);
  expect(build).toHaveBeenCalledTimes(4);
});
