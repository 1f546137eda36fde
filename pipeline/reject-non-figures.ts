// Step 4: decide which number-like spans are not figures (dates, ordinals, names, codes …) and say why.
import type { RejectReason } from '../src/schema/dataset.ts';
import type { QuantityCandidate } from './find-quantities.ts';
import type { Span } from './segment-text.ts';

const after = (text: string, c: QuantityCandidate, n = 8) => text.slice(c.numberEnd, c.numberEnd + n);
const before = (text: string, c: QuantityCandidate, n = 8) => text.slice(Math.max(0, c.numberStart - n), c.numberStart);

const covers = (spans: readonly Span[], c: QuantityCandidate) => spans.some((s) => s.start <= c.numberStart && c.numberEnd <= s.end);

/** For spans sorted by start: the largest end among the first i + 1 (quotes may nest, so ends are not sorted). */
const endsSoFar = new WeakMap<readonly Span[], Int32Array | null>();

function maxEnds(spans: readonly Span[]): Int32Array | null {
  const known = endsSoFar.get(spans);
  if (known === undefined || (known !== null && known.length !== spans.length)) {
    let ends: Int32Array | null = new Int32Array(spans.length);
    for (let i = 0; i < spans.length; i += 1) {
      if (i > 0 && spans[i]!.start < spans[i - 1]!.start) {
        ends = null; // not sorted: searched one by one
        break;
      }
      ends[i] = Math.max(spans[i]!.end, i > 0 ? ends[i - 1]! : -1);
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
    if (/^\s?[-—–~至]\s?\d{4}\s?年/.test(next) && /^\d{4}$/.test(digits)) return 'award_period';
    if (/\d{4}\s?[-—–~至]\s?$/.test(prev) && /^\s?年度/.test(next)) return 'award_period';
    if (/^-\d{1,2}-\d{1,2}/.test(next) || /\d{4}-(\d{1,2}-)?$/.test(prev)) return 'date';
    if (/^:\d{2}/.test(next) || /\d{1,2}:$/.test(prev)) return 'time';
    if (/^\d{4}$/.test(digits) && /^\s?年/.test(next) && Number(digits) >= 1900 && Number(digits) <= 2100) return 'year';
    if (/^\s?[月日号]/.test(next) && !/^\s?月[薪份]/.test(next)) return 'date';
  }
  if (/第\s?$/.test(prev)) return 'ordinal';
  // 1、加强政治引领: the number of a list item or heading.
  if (/^[、.．]/.test(next) && /(^|\n)\s*$/.test(prev) && c.unit === null) return 'ordinal';
  if (/(热线|邮编|邮政编码|电话|编号|代码)[::\s]*$/.test(prev) || /^[”"]?\s?(工会)?(服务)?(职工)?热线/.test(next)) return 'code';
  if (insideAny(quoted, c.numberStart, c.numberEnd)) return 'quoted_name';
  if (covers(setPhrases, c)) return 'set_phrase';
  if (c.numeral === 'arabic' && /^\s?(小时|分钟|个月|周年|年|天|周|岁)/.test(next)) return 'duration';
  if (c.numeral === 'arabic' && /^\d{5,}$/.test(digits) && c.unit === null) return 'code';
  if (c.unit === null || c.value === null) return c.numeral === 'chinese' ? 'set_phrase' : 'no_unit';
  // 三期, 五家, 百家企业 are figures; only the reviewed set phrases above are not.
  return null;
}
