// Step 3: find every number-like span (arabic or Chinese numerals) with its multiplier, qualifier and unit.
import type { Qualifier } from '../src/schema/dataset.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.ts';

export interface QuantityCandidate {
  /** Span of the whole figure in the text read: prefix qualifier, number, unit, suffix qualifier. */
  start: number;
  end: number;
  /** Span of the digits (or Chinese numeral) alone. */
  numberStart: number;
  numberEnd: number;
  numeral: 'arabic' | 'chinese';
  /** Value in base units (10.78万元 -> 107800), or null when the numeral does not parse. */
  value: number | null;
  /** The measure word as written (名, 人次, 元, %), or null when no unit follows. */
  unit: string | null;
  qualifier: Qualifier;
  qualifierText: string | null;
  text: string;
}

/** Measure words, longest first so that 人次 wins over 人. */
export const UNITS = ['人次', '场次', '人', '家', '个', '场', '期', '份', '张', '户', '起', '项', '支', '处', '名', '位', '元', '%', '次', '件', '条', '所', '间'];

/** Words that begin with a measure word but are not one: 5场景 is not "5 场". */
const NOT_UNIT_WORDS = ['人员', '人才', '人民', '人家', '个人', '个性', '家庭', '家园', '家属', '家乡', '场景', '场所', '场地', '场馆', '期间', '期刊', '份额', '户外', '户籍', '起来', '起点', '项目', '支持', '支付', '支部', '处理', '处置', '名师', '名单', '名称', '位置', '次数', '件事', '条件', '所有', '所以', '间隔', '间断', '间接'];

const PREFIX_QUALIFIERS: Array<[string, Qualifier]> = [
  ['保持在', 'at_least'],
  ['不少于', 'at_least'],
  ['不低于', 'at_least'],
  ['超过', 'more_than'],
  ['达到', 'exact'],
  ['多达', 'exact'],
  ['近', 'nearly'],
  ['超', 'more_than'],
  ['逾', 'more_than'],
  ['约', 'about'],
  ['达', 'exact'],
];

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/** 3千万 = 3 × 1000 × 10,000 and 1.2万亿 = 1.2 × 10^12: a compound multiplier is the product of its characters. */
const multiplierOf = (word: string) => [...word].reduce((product, ch) => product * MULTIPLIERS[ch]!, 1);

// 1,200 with thousands separators (exactly three digits a group), else plain digits.
const ARABIC = /\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?/y;
// 余 may stand before or after the multiplier (10余万, 1万余); 千万, 百万, 万亿 are compounds.
const TAIL = /(余|多)?((?:十|百|千)?(?:万亿|万|亿)|千)?(余|多)?/y;
const SUFFIX = /以上|左右|余|多/y;
/** What a UTF-16 code unit may start, by flags: a figure (digit or Chinese numeral), a TAIL or a SUFFIX match. */
const CHAR_FLAGS = new Uint8Array(0x10000);
const DIGIT = 1;
const CHINESE_NUMERAL = 2;
const STARTS_TAIL = 4;
const STARTS_SUFFIX = 8;
const flag = (chars: string, bit: number) => {
  for (const ch of chars) CHAR_FLAGS[ch.charCodeAt(0)]! |= bit;
};
flag('0123456789', DIGIT);
flag(CHINESE_NUMERAL_CHARS, CHINESE_NUMERAL);
// Where TAIL or SUFFIX can match anything but the empty string: they are not tried elsewhere.
flag('余多十百千万亿', STARTS_TAIL);
flag('以左余多', STARTS_SUFFIX);
const hasFlag = (text: string, at: number, bit: number) => (CHAR_FLAGS[text.charCodeAt(at)]! & bit) !== 0;
const ORDINAL = '第'.charCodeAt(0);
const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);

/** Where the measure word of a Chinese numeral would stand: after the run and a 余 or 多 (百余场). */
function unitAfterChinese(text: string, runEnd: number): number {
  const code = text.charCodeAt(runEnd);
  return code === YU || code === DUO ? runEnd + 1 : runEnd;
}

const PLAIN_DIGITS = /^\d+$/;
/** 多 before these is 多个/多项: "several", not a qualifier of the figure. */
const SEVERAL_OF = /[个项种样]/;

/** value = digits × multiplier, computed on the decimal string so that 10.78万 is exactly 107800. */
export function scaleDecimal(digits: string, multiplier: number): number {
  // Plain digits alone (most numbers) are their own value; the general case below gives the same.
  if (multiplier === 1 && PLAIN_DIGITS.test(digits)) return Number(digits);
  // One decimal point at most (ARABIC): whole and fraction without an array for them.
  const plain = digits.includes(',') ? digits.replaceAll(',', '') : digits;
  const dot = plain.indexOf('.');
  const whole = dot === -1 ? plain : plain.slice(0, dot);
  const fraction = dot === -1 ? '' : plain.slice(dot + 1);
  const mantissa = Number(`${whole}${fraction}`);
  const exponent = Math.round(Math.log10(multiplier)) - fraction.length;
  return exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
}

/** The measure words by their first character (in UNITS order), each with the words that begin with it but are not it. */
const UNITS_BY_FIRST = new Map<number, Array<{ unit: string; notUnitWords: string[] }>>();
for (const unit of UNITS) {
  const first = unit.charCodeAt(0);
  if (!UNITS_BY_FIRST.has(first)) UNITS_BY_FIRST.set(first, []);
  UNITS_BY_FIRST.get(first)!.push({ unit, notUnitWords: NOT_UNIT_WORDS.filter((word) => word.startsWith(unit)) });
}

/** The first measure word of UNITS at `at`, or null (also when a word that merely begins with it stands there). */
function matchUnit(text: string, at: number): string | null {
  const units = UNITS_BY_FIRST.get(text.charCodeAt(at));
  if (units === undefined) return null;
  for (const { unit, notUnitWords } of units) {
    if (!text.startsWith(unit, at)) continue;
    for (const word of notUnitWords) if (text.startsWith(word, at)) return null;
    return unit;
  }
  return null;
}

/** The last characters of the prefix qualifiers: a figure after any other character has none. */
const PREFIX_ENDS = new Set(PREFIX_QUALIFIERS.map(([word]) => word.charCodeAt(word.length - 1)));

function matchPrefix(text: string, numberStart: number): [string, Qualifier] | null {
  if (!PREFIX_ENDS.has(text.charCodeAt(numberStart - 1))) return null;
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    if (text.startsWith(word, numberStart - word.length)) return [word, qualifier];
  }
  return null;
}

/** The qualifier words written, joined with …, or null. */
function qualifierWords(prefix: string | undefined, middle: string | null, suffix: string | null): string | null {
  let text = prefix ?? null;
  if (middle) text = text === null ? middle : `${text}…${middle}`;
  if (suffix) text = text === null ? suffix : `${text}…${suffix}`;
  return text;
}

function combineQualifiers(prefix: [string, Qualifier] | null, middle: string | null, suffix: string | null): [Qualifier, string | null] {
  const text = qualifierWords(prefix?.[0], middle, suffix);
  if (prefix?.[1] === 'nearly' && (middle || suffix === '余' || suffix === '多')) return ['about', text]; // 近140余万: contradictory, read as "about"
  if (suffix === '以上' || prefix?.[1] === 'at_least') return ['at_least', text];
  if (suffix === '左右' || prefix?.[1] === 'about') return ['about', text];
  if (middle || suffix === '余' || suffix === '多' || prefix?.[1] === 'more_than') return ['more_than', text];
  if (prefix?.[1] === 'nearly') return ['nearly', text];
  return ['exact', text];
}

function readAt(text: string, numberStart: number, numeral: 'arabic' | 'chinese', run: string): QuantityCandidate {
  let cursor = numberStart + run.length;
  let middle: string | null = null;
  let multiplier = 1;
  let chineseValue: number | null = null;
  if (numeral === 'chinese') {
    // A Chinese run may end in 余 before its unit (百余场); 万 and 亿 are already inside the run.
    chineseValue = parseChineseNumeral(run);
    const unitAt = unitAfterChinese(text, cursor);
    if (unitAt > cursor) middle = text[cursor]!;
    cursor = unitAt;
  } else if (hasFlag(text, cursor, STARTS_TAIL)) {
    TAIL.lastIndex = cursor;
    const tail = TAIL.exec(text);
    if (tail && tail[0].length > 0) {
      middle = tail[1] ?? tail[3] ?? null;
      if (tail[2]) multiplier = multiplierOf(tail[2]);
      cursor += tail[0].length;
    }
  }
  const unit = matchUnit(text, cursor);
  if (unit !== null) cursor += unit.length;
  // Without a unit the figure is the number alone, with the 万/亿 written after it if any.
  else if (numeral === 'chinese' || multiplier === 1) cursor = numberStart + run.length;
  let suffix: string | null = null;
  if (unit !== null && hasFlag(text, cursor, STARTS_SUFFIX)) {
    SUFFIX.lastIndex = cursor;
    const m = SUFFIX.exec(text);
    // 以上/左右 qualify; a trailing 余/多 only when no middle one was written (2200个余 is not a shape we see).
    if (m && (m[0] === '以上' || m[0] === '左右' || middle === null) && !(m[0] === '多' && SEVERAL_OF.test(text[cursor + 1] ?? ''))) {
      suffix = m[0];
      cursor += m[0].length;
    }
  }
  const prefix = matchPrefix(text, numberStart);
  const [qualifier, qualifierText] = combineQualifiers(prefix, middle, suffix);
  const start = prefix ? numberStart - prefix[0].length : numberStart;
  const value = numeral === 'chinese' ? chineseValue : scaleDecimal(run, multiplier);
  return {
    start,
    end: cursor,
    numberStart,
    numberEnd: numberStart + run.length,
    numeral,
    value,
    unit,
    qualifier,
    qualifierText,
    text: text.slice(start, cursor),
  };
}

/**
 * Finds quantities in `text`. Every arabic number is returned (a later step rejects dates, codes …);
 * a Chinese numeral only when a measure word follows it or 第 precedes it, since 一线, 二十大 and 三心 are words.
 */
export function findQuantities(text: string): QuantityCandidate[] {
  const found: QuantityCandidate[] = [];
  // A loop over character codes: a regex for the next numeral would build a match object for every 一 in the text.
  let i = 0;
  while (i < text.length) {
    const flags = CHAR_FLAGS[text.charCodeAt(i)]!;
    if ((flags & (DIGIT | CHINESE_NUMERAL)) === 0) {
      i += 1;
      continue;
    }
    let run: string;
    if ((flags & DIGIT) !== 0) {
      // A digit always starts a match; test, not exec, makes no match object.
      ARABIC.lastIndex = i;
      ARABIC.test(text);
      run = text.slice(i, ARABIC.lastIndex);
    } else {
      let runEnd = i + 1;
      while (hasFlag(text, runEnd, CHINESE_NUMERAL)) runEnd += 1;
      // Most Chinese numerals are words (一线, 统一): look for the measure word or 第 before reading the figure.
      if (text.charCodeAt(i - 1) !== ORDINAL && matchUnit(text, unitAfterChinese(text, runEnd)) === null) {
        i = runEnd;
        continue;
      }
      run = text.slice(i, runEnd);
    }
    const numeral = (flags & DIGIT) !== 0 ? 'arabic' : 'chinese';
    const candidate = readAt(text, i, numeral, run);
    found.push(candidate);
    i = Math.max(candidate.end, i + run.length);
  }
  return found;
}


