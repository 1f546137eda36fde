import { describe, expect, test } from 'vitest';
import { findRepeatedParagraphs, quotedSpans, sentences } from './segment-text.ts';

const texts = (text: string) => sentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  test('end at 。 with the closing quote kept', () => {
    expect(texts('他说:“好。”然后走了。')).toEqual(['他说:“好。”', '然后走了。']);
  });

  test('a line broken mid-word inside a long paragraph continues the sentence', () => {
    const long = '开展了“全民阅读”、“讲好抗疫故事,弘扬抗疫精';
    const text = `${long.repeat(2)}\n\n神”等宣讲比赛。`;
    expect(texts(text)).toEqual([`${long.repeat(2)}\n\n神”等宣讲比赛。`]);
  });

  test('a short heading line ends its sentence', () => {
    expect(texts('思想领航聚共识\n理论武装走深走实。')).toEqual(['思想领航聚共识', '理论武装走深走实。']);
  });

  test('a one-character fragment after a break continues the sentence', () => {
    expect(texts('原来李某和妻子均是残疾\n\n人,儿子突然患了白血病。')).toEqual(['原来李某和妻子均是残疾\n\n人,儿子突然患了白血病。']);
  });
});

describe('findRepeatedParagraphs', () => {
  test('reports a paragraph repeated word for word, once, pointing at the first', () => {
    const p = '为坚决打赢疫情防控阻击战,共计走访住户247户。';
    const text = `${p}\n\n另一段话,内容不同,也足够长了吧。\n\n${p}`;
    const repeats = findRepeatedParagraphs(text, 0, text.length);
    expect(repeats).toHaveLength(1);
    expect(text.slice(repeats[0]!.start, repeats[0]!.end)).toBe(p);
    expect(repeats[0]!.firstStart).toBe(0);
  });
});

describe('quotedSpans', () => {
  test('finds names in quotes but not reported speech', () => {
    const name = '“355 工作法”';
    const speech = '“这是我们今年组织编撰的书籍,这本书记录了三江侗族自治县48位劳模和先进工作者的先进事迹。”';
    const text = `推行${name}。${speech}`;
    const spans = quotedSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([name]);
  });
});
