// Step 4: decide which number-like spans are not figures (dates, ordinals, names, codes …) and say why.
import type { RejectReason } from '../src/schema/dataset.ts';
import type { QuantityCandidate } from './find-quantities.ts';
import type { Span } from './segment-text.ts';

const after = (text: string, c: QuantityCandidate, n = 8) => text.slice(c.numberEnd, c.numberEnd + n);
const before = (text: string, c: QuantityCandidate, n = 8) => text.slice(Math.max(0, c.numberStart - n), c.numberStart);

const covers = (spans: readonly Span[], c: QuantityCandidate) => spans.some((s) => s.start <= c.numberStart && c.numberEnd <= s.end);

/** For spans sorted by start: the largest end among the first i + 1 (quotes may nest, so ends are not sorted). */
// Plain arrays: a typed array costs far more to make, and there is one per article.
const endsSoFar = new WeakMap<readonly Span[], number[] | null>();

function maxEnds(spans: readonly Span[]): number[] | null {
  const known = endsSoFar.get(spans);
  if (known === undefined || (known !== null && known.length !== spans.length)) {
    let ends: number[] | null = [];
    for (let i = 0; i < spans.length; i += 1) {
      if (i > 0 && spans[i]!.start < spans[i - 1]!.start) {
        ends = null; // not sorted: searched one by one
        break;
      }
      ends.push(Math.max(spans[i]!.end, i > 0 ? ends[i - 1]! : -1));
    }
    endsSoFar.set(spans, ends);
  }
  return endsSoFar.get(spans)!;
}

/** Whether a span starts before `start` and ends after `end`: among those starting before it, the largest end. */
function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  const ends = maxEnds(spans);
  if (ends === null) return spans.some((q) => q.start < start && end < q.end);
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  return low > 0 && ends[low - 1]! > end;
}

// Made once: a regular expression literal in a function is a new object each time it runs (hundreds of thousands of
// candidates on a large corpus).
const AWARD_PERIOD_NEXT = /^\s?[-—–~至]\s?\d{4}\s?年/;
const AWARD_PERIOD_PREV = /\d{4}\s?[-—–~至]\s?$/;
const YEAR_OF_AWARD = /^\s?年度/;
const FOUR_DIGITS = /^\d{4}$/;
const DATE_NEXT = /^-\d{1,2}-\d{1,2}/;
const DATE_PREV = /\d{4}-(\d{1,2}-)?$/;
const TIME_NEXT = /^:\d{2}/;
const TIME_PREV = /\d{1,2}:$/;
const YEAR_NEXT = /^\s?年/;
const DAY_NEXT = /^\s?[月日号]/;
const MONTHLY_NEXT = /^\s?月[薪份]/;
const ORDINAL_PREV = /第\s?$/;
const LIST_NUMBER_NEXT = /^[、.．]/;
const LINE_START_PREV = /(^|\n)\s*$/;
const CODE_PREV = /(热线|邮编|邮政编码|电话|编号|代码)[::\s]*$/;
const HOTLINE_NEXT = /^[”"]?\s?(工会)?(服务)?(职工)?热线/;
const DURATION_NEXT = /^\s?(小时|分钟|个月|周年|年|天|周|岁)/;
const LONG_DIGITS = /^\d{5,}$/;

/**
 * The reason a candidate is not a figure, or null when it is one. `quoted` are the spans inside quotation
 * marks; `setPhrases` the spans of the catalogue's reviewed set phrases (一家人, 两个先行, 一次办 …).
 */
export function rejectReason(text: string, c: QuantityCandidate, quoted: readonly Span[], setPhrases: readonly Span[] = []): RejectReason | null {
  const digits = text.slice(c.numberStart, c.numberEnd);
  const next = after(text, c);
  const prev = before(text, c);
  if (c.numeral === 'arabic') {
    // 2022-2023年度: an award period, both years.
    if (AWARD_PERIOD_NEXT.test(next) && FOUR_DIGITS.test(digits)) return 'award_period';
    if (AWARD_PERIOD_PREV.test(prev) && YEAR_OF_AWARD.test(next)) return 'award_period';
    if (DATE_NEXT.test(next) || DATE_PREV.test(prev)) return 'date';
    if (TIME_NEXT.test(next) || TIME_PREV.test(prev)) return 'time';
    if (FOUR_DIGITS.test(digits) && YEAR_NEXT.test(next) && Number(digits) >= 1900 && Number(digits) <= 2100) return 'year';
    if (DAY_NEXT.test(next) && !MONTHLY_NEXT.test(next)) return 'date';
  }
  if (ORDINAL_PREV.test(prev)) return 'ordinal';
  // 1、加强政治引领: the number of a list item or heading.
  if (LIST_NUMBER_NEXT.test(next) && LINE_START_PREV.test(prev) && c.unit === null) return 'ordinal';
  if (CODE_PREV.test(prev) || HOTLINE_NEXT.test(next)) return 'code';
  if (insideAny(quoted, c.numberStart, c.numberEnd)) return 'quoted_name';
  if (covers(setPhrases, c)) return 'set_phrase';
  if (c.numeral === 'arabic' && DURATION_NEXT.test(next)) return 'duration';
  if (c.numeral === 'arabic' && LONG_DIGITS.test(digits) && c.unit === null) return 'code';
  if (c.unit === null || c.value === null) return c.numeral === 'chinese' ? 'set_phrase' : 'no_unit';
  // 三期, 五家, 百家企业 are figures; only the reviewed set phrases above are not.
  return null;
}
