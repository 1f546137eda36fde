import { describe, expect, test } from 'vitest';
import type { Mention } from '@/schema/dataset';
import { orderedMentions, segmentSource, sentenceAround } from './highlight-segments';

function mention(text: string, source: string, status: Mention['status'] = 'figure', from = 0): Mention {
  const start = source.indexOf(text, from);
  return { start, end: start + text.length, text, status, reason: status === 'rejected' ? 'year' : null, observationId: null };
}

const text = '标题\n2022年，全县新建工会12个，发放慰问金5万余元。\n新建工会12个。\n（编辑：某某）';
const file = {
  text,
  articleStart: 3,
  articleEnd: text.indexOf('（编辑'),
  repeats: [{ start: text.indexOf('新建工会12个。\n'), end: text.indexOf('（编辑'), firstStart: text.indexOf('全县') + 2 }],
  mentions: [
    mention('2022', text, 'rejected'),
    mention('12个', text),
    mention('5万余元', text),
    mention('12个', text, 'repeat', text.indexOf('。\n新建') + 2),
  ],
};

describe('segmentSource', () => {
  test('the segments joined give the text back, with offsets that slice to their own text', () => {
    const segments = segmentSource(file);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    for (let i = 1; i < segments.length; i += 1) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
  });

  test('every mention becomes exactly one mention segment at its exact offsets', () => {
    const mentions = segmentSource(file).filter((s) => s.kind === 'mention');
    expect(mentions.map((s) => [s.start, s.end, s.text])).toEqual(file.mentions.map((m) => [m.start, m.end, m.text]));
  });

  test('text before the article, after it and in repeated paragraphs is dimmed; the article body is not', () => {
    const segments = segmentSource(file);
    const dimmedText = segments.filter((s) => s.dimmed).map((s) => s.text).join('');
    expect(dimmedText).toBe(`标题\n新建工会12个。\n（编辑：某某）`);
    expect(segments.find((s) => s.text === '5万余元')?.dimmed).toBe(false);
  });

  test('the focus range is cut out exactly and marked, without splitting a mention', () => {
    const start = text.indexOf('全县');
    const end = text.indexOf('5万') + 1; // ends inside a mention: the mention stays whole
    const segments = segmentSource(file, { start, end });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const focused = segments.filter((s) => s.focused).map((s) => s.text).join('');
    expect(focused.startsWith('全县新建工会12个')).toBe(true);
    expect(segments.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual(['2022', '12个', '5万余元', '12个']);
  });

  test('an overlapping or out-of-range mention is left out instead of breaking the text', () => {
    const broken = { ...file, mentions: [...file.mentions, { ...mention('12个', text), start: text.indexOf('12个') + 1 }, { ...mention('5万余元', text), end: text.length + 5 }] };
    const segments = segmentSource(broken);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(orderedMentions(broken.mentions, text.length)).toHaveLength(4);
  });

  test('a text without mentions is one plain segment per dimmed or plain stretch', () => {
    const plain = { text: 'abc', articleStart: 0, articleEnd: 3, repeats: [], mentions: [] };
    expect(segmentSource(plain)).toEqual([{ kind: 'text', start: 0, end: 3, text: 'abc', dimmed: false, focused: false, mention: null }]);
  });
});

describe('sentenceAround', () => {
  test.each([
    ['第一句。第二句有12个数字，还有更多。第三句', '12个', '第二句有12个数字，还有更多。'],
    ['开头\n  缩进的句子有5人\n下一行', '5人', '缩进的句子有5人'],
    ['没有句号的10个', '10个', '没有句号的10个'],
  ])('in %s the sentence around %s is %s', (source, figure, expected) => {
    const start = source.indexOf(figure);
    const range = sentenceAround(source, { start, end: start + figure.length });
    expect(source.slice(range.start, range.end)).toBe(expected);
  });
});
