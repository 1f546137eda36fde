import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText } from './normalize-text.ts';
import { findRepeatedParagraphs, isSpaceCode, paragraphs, phraseSpans, quotedSpans, sentences, spanAt } from './segment-text.ts';

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

  test.each([',', '，'])('paragraphs of one length are told apart by their words; each repeat points at the first of its own text (%s)', (comma) => {
    const a = `全年共走访慰问困难职工家庭二百四十七户${comma}发放慰问金五万元。`;
    const b = `全年共走访慰问困难职工家庭二百四十八户${comma}发放慰问金六万元。`;
    expect(b.length).toBe(a.length);
    const short = '短段落。';
    const text = normalizeText([a, b, short, b, short, a, b].join('\n')).text;
    const repeats = findRepeatedParagraphs(text, 0, text.length);
    const startOf = (n: number) => [a, b, short, b, short, a, b].slice(0, n).reduce((at, p) => at + p.length + 1, 0);
    expect(repeats.map((r) => [r.start, r.firstStart])).toEqual([
      [startOf(3), startOf(1)],
      [startOf(5), startOf(0)],
      [startOf(6), startOf(1)],
    ]);
    expect(findRepeatedParagraphs(text, 0, text.length, 20, paragraphs(text, 0, text.length))).toEqual(repeats);
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

describe('isSpaceCode', () => {
  test('is /\\s/ for every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) expect.fail(`U+${code.toString(16)}`);
    }
  });
});

describe('paragraphs', () => {
  test('are the trimmed non-empty lines of the range, with ASCII and full-width spaces', () => {
    const text = 'x\n  第一段。 \n\n\u3000第二段\t\ny';
    expect(paragraphs(text, 2, text.length - 2).map((p) => text.slice(p.start, p.end))).toEqual(['第一段。', '第二段']);
  });
});

/** Each phrase found on its own with indexOf, then sorted by offset (phrases at one offset in list order). */
const phraseSpansOneByOne = (text: string, start: number, end: number, phrases: readonly string[]) =>
  phrases
    .flatMap((phrase) => {
      const out = [];
      for (let at = text.indexOf(phrase, start); at !== -1 && at + phrase.length <= end; at = text.indexOf(phrase, at + 1)) out.push({ start: at, end: at + phrase.length });
      return out;
    })
    .toSorted((a, b) => a.start - b.start);

describe('phraseSpans', () => {
  test('finds every occurrence in the range, overlapping ones too, as indexOf phrase by phrase would', () => {
    const unit = fc.constantFrom('一', '家', '人', '两', '个', '-', ']', '^', '\\', 'a');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.uniqueArray(fc.string({ unit, minLength: 2, maxLength: 4 }), { maxLength: 6 }), fc.nat(40), fc.nat(40), (text, phrases, a, b) => {
        const [start, end] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(phraseSpans(text, start, end, phrases)).toEqual(phraseSpansOneByOne(text, start, end, phrases));
      }),
      { seed: 11 },
    );
  });

  test.each(['我们是一家人,一家人!', '我们是一家人，一家人！'])('finds the same phrases with ASCII and full-width punctuation: %s', (written) => {
    const { text } = normalizeText(written);
    expect(phraseSpans(text, 0, text.length, ['一家人', '家人'])).toEqual([{ start: 3, end: 6 }, { start: 4, end: 6 }, { start: 7, end: 10 }, { start: 8, end: 10 }]);
  });
});

describe('spanAt', () => {
  test('finds the span holding an offset, as a search from the first would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 12 }), fc.integer({ min: -2, max: 80 }), (gapsAndLengths, at) => {
        const spans: Array<{ start: number; end: number }> = [];
        let offset = 0;
        for (const [gap, length] of gapsAndLengths) {
          spans.push({ start: offset + gap, end: offset + gap + length });
          offset += gap + length;
        }
        expect(spanAt(spans, at)).toBe(spans.find((s) => s.start <= at && at < s.end));
      }),
      { seed: 13 },
    );
  });
});
