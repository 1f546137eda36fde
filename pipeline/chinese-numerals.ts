// Chinese numerals: parse 十二 / 两千五百 / 一百零五 to numbers and format numbers back (for property tests).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Parses a run of Chinese numeral characters; returns null when the run is not a well-formed number. */
export function parseChineseNumeral(run: string): number | null {
  if (run.length === 0) return null;
  let yiPart = 0; // everything already multiplied by 亿
  let wanPart = 0; // everything already multiplied by 万, below the current 亿
  let section = 0; // below 万
  let digit = 0;
  let previous: 'digit' | 'zero' | 'small' | 'big' | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  // 一万亿: 万亿 is one unit, 10^12, above everything else in the run.
  const trillions = run.endsWith('万亿') && run.length > 2 ? parseChineseNumeral(run.slice(0, -2)) : null;
  if (trillions !== null) return trillions * 1e12;
  for (const ch of run) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // Two digits in a row (一五, 一零) are a reading of digits, not a number.
      if (previous === 'digit') return null;
      digit = d;
      previous = d === 0 ? 'zero' : 'digit';
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall || previous === 'zero') return null;
      section += (previous === 'digit' ? digit : 1) * small;
      digit = 0;
      lastSmall = small;
      previous = 'small';
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big === undefined || big >= lastBig || previous === 'zero') return null;
    const below = section + digit;
    if (big === 10_000) wanPart += (below === 0 ? 1 : below) * big;
    else yiPart += (wanPart + below === 0 ? 1 : wanPart + below) * big;
    if (big !== 10_000) wanPart = 0;
    section = 0;
    digit = 0;
    lastSmall = Infinity;
    lastBig = big;
    previous = 'big';
  }
  return yiPart + wanPart + section + digit;
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function formatBelow10k(n: number, leadingOne: boolean): string {
  const parts: string[] = [];
  const units: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let pendingZero = false;
  let started = false;
  for (const [size, name] of units) {
    const d = Math.floor(n / size) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    if (!(d === 1 && size === 10 && !started && !leadingOne)) parts.push(DIGIT_CHARS[d]!);
    parts.push(name);
    started = true;
  }
  return parts.join('');
}

/** Formats a non-negative integer below 10^12 in Chinese numerals (十二, 一百零五, 三万零五十). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`cannot format ${n}`);
  if (n === 0) return '零';
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  let out = '';
  if (yi > 0) out += formatBelow10k(yi, false) + '亿';
  if (wan > 0) {
    if (yi > 0 && wan < 1000) out += '零';
    out += formatBelow10k(wan, yi > 0) + '万';
  }
  if (rest > 0) {
    if ((yi > 0 || wan > 0) && rest < 1000) out += '零';
    out += formatBelow10k(rest, yi > 0 || wan > 0);
  }
  return out;
}
