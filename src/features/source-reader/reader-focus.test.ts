import { describe, expect, test } from 'vitest';
import type { Mention } from '@/schema/dataset';
import { observation } from '@/testing/fixture-dataset';
import { mentionNote, mentionTone, resolveFocus } from './reader-focus';

const text = '前言。全县新建工会12个，覆盖职工。2022年表彰先进。';
const figureStart = text.indexOf('12个');
const quoteStart = text.indexOf('全县');
const linked = observation({
  id: `src-alpha:${figureStart}`,
  localityId: 'alpha',
  value: 12,
  originalText: '12个',
  quote: '全县新建工会12个，覆盖职工。',
  quoteStart,
  quoteEnd: quoteStart + '全县新建工会12个，覆盖职工。'.length,
  figureStart,
  figureEnd: figureStart + 3,
});
const mentions: Mention[] = [
  { start: figureStart, end: figureStart + 3, text: '12个', status: 'figure', reason: null, observationId: linked.id },
  { start: text.indexOf('2022'), end: text.indexOf('2022') + 4, text: '2022', status: 'rejected', reason: 'year', observationId: null },
];
const file = { sourceId: 'src-alpha', text, mentions };
const byId = new Map([[linked.id, linked]]);

describe('resolveFocus', () => {
  test('an observation id opens at its mention and marks its quoted sentence', () => {
    const focus = resolveFocus(linked.id, file, byId);
    expect(focus?.mention?.text).toBe('12个');
    expect(text.slice(focus?.range.start, focus?.range.end)).toBe(linked.quote);
  });

  test('a mention start opens a rejected mention and marks the sentence around it', () => {
    const focus = resolveFocus(String(mentions[1]?.start), file, byId);
    expect(focus?.mention?.reason).toBe('year');
    expect(focus?.observation).toBeNull();
    expect(text.slice(focus?.range.start, focus?.range.end)).toBe('2022年表彰先进。');
  });

  test.each([null, 'src-other:5', '999', 'nonsense'])('%s points at nothing in this source', (fig) => {
    expect(resolveFocus(fig, file, byId)).toBeNull();
  });
});

test('tones: classified by area, unclassified, and the status of the rest', () => {
  expect(mentionTone(mentions[0] as Mention, linked)).toBe('classified');
  expect(mentionTone(mentions[0] as Mention, { ...linked, programAreaId: null })).toBe('unclassified');
  expect(mentionTone(mentions[1] as Mention, undefined)).toBe('rejected');
});

test('a rejected mention explains its reason in both languages', () => {
  expect(mentionNote(mentions[1] as Mention, 'zh')).toBe('未计入：年份');
  expect(mentionNote(mentions[1] as Mention, 'en')).toBe('not counted: a year');
});
