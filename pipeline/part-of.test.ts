// A figure inside another: after 其中, or a subsidy after a total in its sentence; never a different unit.
import { describe, expect, test } from 'vitest';
import { linkParts, type PartCandidate } from './part-of.ts';
import { extractSentences } from './testing/extract-sentence.ts';

const figure = (id: string, value: number, before: string, sentenceStart = 0, unit = '人'): PartCandidate => ({ id, unit, value, sentenceStart, before, clauseBefore: before });

describe('linkParts', () => {
  test('其中 links a figure to the nearest earlier one of its unit with a larger value', () => {
    const parts = linkParts([figure('a', 224, '覆盖职工子女人数'), figure('b', 35, '其中覆盖新业态职工子女人数')]);
    expect([...parts]).toEqual([['b', 'a']]);
  });

  test('其中 at the start of a sentence reaches the sentence before', () => {
    const parts = linkParts([figure('a', 2718, '新增会员', 0), figure('b', 300, '其中新就业形态劳动者', 10)]);
    expect(parts.get('b')).toBe('a');
  });

  test('a subsidy after a total in its sentence is part of it', () => {
    const parts = linkParts([figure('a', 2_000_000, '总投入资金', 0, '元'), figure('b', 350_000, '市总工会补助资金', 0, '元')]);
    expect(parts.get('b')).toBe('a');
  });

  test('no link across units, to a smaller value, or without a marker', () => {
    expect(linkParts([figure('a', 224, '覆盖职工子女人数', 0, '人次'), figure('b', 35, '其中覆盖')]).size).toBe(0);
    expect(linkParts([figure('a', 20, '覆盖'), figure('b', 35, '其中覆盖')]).size).toBe(0);
    expect(linkParts([figure('a', 224, '覆盖'), figure('b', 35, '覆盖')]).size).toBe(0);
  });

  test('on real sentences, with either punctuation', () => {
    for (const sentence of [
      '开设“爱心托班”9个,覆盖职工子女人数224人,其中覆盖新业态职工子女人数35人,',
      '开设“爱心托班”9个，覆盖职工子女人数224人，其中覆盖新业态职工子女人数35人，',
    ]) {
      const [, whole, part] = extractSentences(sentence);
      expect(part!.partOfId).toBe(whole!.id);
    }
    const [total, subsidy] = extractSentences('市检察院、市税务局按照标准建成并投入使用,总投入资金200余万元,市总工会补助资金35万元。');
    expect(subsidy!.partOfId).toBe(total!.id);
    expect(total!.partOfId).toBeNull();
  });
});
