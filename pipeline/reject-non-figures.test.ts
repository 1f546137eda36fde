import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findQuantities, type QuantityCandidate } from './find-quantities.ts';
import { rejectReason } from './reject-non-figures.ts';
import { phraseSpans, quotedSpans } from './segment-text.ts';
import { realCatalogue } from './testing/extract-sentence.ts';

/** The reason given for the quantity whose text is `target` inside `text`, with the catalogue's set phrases. */
function reasonFor(text: string, target: string) {
  const quoted = quotedSpans(text, 0, text.length);
  const setPhrases = phraseSpans(text, 0, text.length, realCatalogue.setPhrases);
  const candidate = findQuantities(text).find((q) => text.slice(q.numberStart, q.numberEnd) === target);
  expect(candidate, `no quantity ${target} in ${text}`).toBeDefined();
  return rejectReason(text, candidate!, quoted, setPhrases);
}

describe('rejectReason says why a number is not a figure', () => {
  test.each([
    ['2022年新建工会11家', '2022', 'year'],
    ['什邡市2022 年度“最美劳动者”', '2022', 'year'],
    ['举办全市第二届职工运动会', '二', 'ordinal'],
    ['第13573期:第04版', '13573', 'ordinal'],
    ['第13573期:第04版', '04', 'ordinal'],
    ['深入推行“355 工作法”', '355', 'quoted_name'],
    ['构建起“1+3+N”的服务职工站点网络', '3', 'quoted_name'],
    ['举办“百名广西产业工人‘二十大精神’百场宣讲”活动3场', '百', 'quoted_name'],
    ['充分发挥12351工会服务职工热线', '12351', 'code'],
    ['邮编:101501', '101501', 'code'],
    ['“三江县2022-2023年度优秀工会组织”', '2022', 'award_period'],
    ['“三江县2022-2023年度优秀工会组织”', '2023', 'award_period'],
    ['发表时间:2023-12-29 18:51:51', '29', 'date'],
    ['发表时间:2023-12-29 18:51:51', '51', 'time'],
    ['4 月17 日至21 日', '17', 'date'],
    ['全市工会新建24小时智能化驿站', '24', 'duration'],
    ['连续2年开展评选', '2', 'duration'],
    ['难倒了一家人', '一', 'set_phrase'],
    ['在“两个先行”中扛起使命', '两', 'quoted_name'],
    ['助力两个先行作出贡献', '两', 'set_phrase'],
    ['业务均可网上办、一次办。', '一', 'set_phrase'],
    ['全市没有发生一起劳动者维权信访纠纷', '一', 'set_phrase'],
    ['消费复苏十条措施', '十', 'set_phrase'],
    ['利用8090宣讲团等载体', '8090', 'no_unit'],
    ['1、加强政治引领', '1', 'ordinal'],
  ])('%s: %s is %s', (text, target, reason) => {
    expect(reasonFor(text, target)).toBe(reason);
  });

  test.each([
    ['2022年新建工会11家', '11'],
    ['开展宣讲百余场', '百'],
    ['“这本书记录了三江侗族自治县48位劳模和先进工作者的先进事迹,值得一读。”', '48'],
    ['总投入资金200余万元', '200'],
    // A one-character numeral with a measure word is a figure unless the catalogue lists the phrase.
    ['举办培训班三期', '三'],
    ['帮扶五家企业', '五'],
    ['组织百家企业工会开展活动', '百'],
    ['发生一起劳动纠纷', '一'],
  ])('%s: %s is a figure', (text, target) => {
    expect(reasonFor(text, target)).toBeNull();
  });
});

describe('quoted names', () => {
  test('a number is a quoted name when some quote (nested or not, in any order) starts before it and ends after it', () => {
    const text = '工'.repeat(60);
    const span = fc.tuple(fc.nat(50), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.boolean(), fc.nat(55), fc.integer({ min: 1, max: 4 }), (spans, sorted, numberStart, length) => {
        const quoted = sorted ? spans.toSorted((a, b) => a.start - b.start) : spans;
        const numberEnd = numberStart + length;
        const c: QuantityCandidate = { start: numberStart, end: numberEnd + 1, numberStart, numberEnd, numeral: 'chinese', value: 3, unit: '个', qualifier: 'exact', qualifierText: null, text: '' };
        const inside = quoted.some((q) => q.start < numberStart && numberEnd < q.end);
        expect(rejectReason(text, c, quoted)).toBe(inside ? 'quoted_name' : null);
      }),
      { seed: 31, numRuns: 2000 },
    );
  });
});
