import { describe, expect, test } from 'vitest';
import { shownChips } from './shown-chips';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `l${i}` }));
const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);

describe('shownChips', () => {
  test('all of them when they fit', () => {
    expect(ids(shownChips(items(3), new Set(['l2']), 5))).toEqual(['l0', 'l1', 'l2']);
  });

  test('selected ones beyond the first few are shown, in the list order, and the unselected fill the rest', () => {
    const shown = ids(shownChips(items(100), new Set(['l97', 'l50']), 4));
    expect(shown).toEqual(['l0', 'l1', 'l50', 'l97']);
  });

  test('with more selected than fit, the first selected ones', () => {
    const selected = new Set(ids(items(100)).slice(10));
    expect(ids(shownChips(items(100), selected, 3))).toEqual(['l10', 'l11', 'l12']);
  });

  test('toggling a shown chip on keeps every other shown chip in its place', () => {
    const list = items(10);
    const before = ids(shownChips(list, new Set(['l9']), 4));
    const after = ids(shownChips(list, new Set(['l9', 'l1']), 4));
    expect(before).toEqual(['l0', 'l1', 'l2', 'l9']);
    expect(after).toEqual(['l0', 'l1', 'l2', 'l9']);
  });
});
