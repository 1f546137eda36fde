// Step 5c: the period a figure covers. A temporal phrase (2022年, 近三年, 2019年以来, 近年来, 截至目前, 今年以来)
// governs the figures after it up to the end of its paragraph, unless a later phrase takes over.
import type { Measure, Period } from '../src/schema/dataset.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';
import type { Span } from './segment-text.ts';

export type TemporalPhrase =
  | { kind: 'year'; at: number; year: number }
  | { kind: 'since'; at: number; year: number }
  | { kind: 'recent'; at: number; years: number | null }
  | { kind: 'current'; at: number }
  | { kind: 'as_of'; at: number };

const COUNT = '[一二两三四五六七八九十]|\\d{1,2}';
const PHRASES = new RegExp(
  [
    '(\\d{4})\\s?年以来', // 1 since
    '(\\d{4})\\s?年(?![度以])', // 2 year
    '(近年来|多年来|近些年|近几年|连续多年)', // 3 recent, years not said
    `近(${COUNT})年`, // 4 recent n
    `(${COUNT})年来`, // 5 recent n
    `连续(${COUNT})年`, // 6 recent n
    '(今年以来|去年以来|今年|全年|这一年|本年度)', // 7 the source's own period
    '(截至目前|截止目前|截至|截止|目前)', // 8 as of
  ].join('|'),
  'g',
);

const DIGITS_ONLY = /^\d+$/;
const countOf = (written: string) => (DIGITS_ONLY.test(written) ? Number(written) : parseChineseNumeral(written));

/** Every temporal phrase in [start, end) of the normalised text, in order. */
export function temporalPhrases(text: string, start: number, end: number): TemporalPhrase[] {
  const out: TemporalPhrase[] = [];
  for (const m of text.slice(start, end).matchAll(PHRASES)) {
    const at = start + m.index;
    if (m[1]) out.push({ kind: 'since', at, year: Number(m[1]) });
    else if (m[2]) out.push({ kind: 'year', at, year: Number(m[2]) });
    else if (m[3]) out.push({ kind: 'recent', at, years: null });
    else if (m[4] ?? m[5] ?? m[6]) out.push({ kind: 'recent', at, years: countOf((m[4] ?? m[5] ?? m[6])!) });
    else if (m[7]) out.push({ kind: 'current', at });
    else out.push({ kind: 'as_of', at });
  }
  return out;
}

/** Where a figure stands in the normalised text: its offset, its sentence and its paragraph. */
export interface FigurePlace {
  at: number;
  sentence: Span;
  paragraph: Span;
}

export interface PeriodInput {
  /** Whether its sentence says 年均 or 每年. */
  perYear: boolean;
  /** The period of the section or source it stands in. */
  base: Period;
  /** YYYY-MM-DD of the source, for the date of an as-of figure. */
  publishedOn: string | null;
}

/**
 * The phrase that governs a figure: the last one before it in its paragraph; a year named later in the same
 * sentence (…，为2022年…) counts too when nothing in the sentence stands before the figure.
 */
export function governingPhrase(phrases: readonly TemporalPhrase[], input: FigurePlace): TemporalPhrase | null {
  let last: TemporalPhrase | null = null;
  for (const phrase of phrases) {
    if (phrase.at >= input.paragraph.start && phrase.at < input.at) last = phrase;
  }
  if (last !== null && last.at >= input.sentence.start) return last;
  const later = phrases.find((p) => p.kind === 'year' && p.at > input.at && p.at < input.sentence.end);
  return later ?? last;
}

const ZH_COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** As-of periods by what they are made of: many figures share one, and each is kept until the files are written. */
const asOfPeriods = new Map<string, Period>();

function asOfPeriod(year: number | null, base: Period, publishedOn: string | null): Period {
  const key = year !== null ? `${year}` : publishedOn !== null && publishedOn !== '' ? `@${publishedOn}` : `~${base.to}`;
  let period = asOfPeriods.get(key);
  if (period === undefined) {
    period = makeAsOfPeriod(year, base, publishedOn);
    asOfPeriods.set(key, period);
  }
  return period;
}

function makeAsOfPeriod(year: number | null, base: Period, publishedOn: string | null): Period {
  if (year !== null) return { label: { zh: `截至${year}年`, en: `As of ${year}` }, type: 'as_of', from: null, to: year, years: null };
  if (publishedOn) {
    const [y, m] = publishedOn.split('-').map(Number) as [number, number];
    return { label: { zh: `截至${y}年${m}月`, en: `As of ${MONTHS[m - 1]} ${y}` }, type: 'as_of', from: null, to: y, years: null };
  }
  if (base.to !== null) return { label: { zh: `截至报道时(${base.to}年)`, en: `As of the report (${base.to})` }, type: 'as_of', from: null, to: base.to, years: null };
  return { label: { zh: '截至报道时', en: 'As of the report' }, type: 'as_of', from: null, to: null, years: null };
}

function recentPeriod(years: number | null, base: Period): Period {
  const to = base.to;
  const from = years !== null && to !== null ? to - years + 1 : null;
  const label =
    years === null
      ? { zh: '近年来(多年累计)', en: 'Recent years (cumulative)' }
      : { zh: `近${ZH_COUNT[years] ?? years}年(累计)`, en: `Past ${years} years (cumulative)` };
  return { label, type: 'cumulative', from, to, years };
}

/** A year named in the text counts when it lies in (or next to) the source's period, as 去年 often does. */
function inRange(year: number, base: Period): boolean {
  return (base.from === null || year >= base.from - 1) && (base.to === null || year <= base.to + 1);
}

/**
 * The period of a figure and its measure once the period is known: a flow over several years is cumulative.
 * A stock or rate is a value at a moment (as_of), never a sum of years.
 */
export function periodOf(input: PeriodInput, phrase: TemporalPhrase | null, measure: Measure | null): { period: Period; measure: Measure | null } {
  const { base } = input;
  if (measure === 'stock' || measure === 'rate') {
    return { period: asOfPeriod(phrase?.kind === 'year' && inRange(phrase.year, base) ? phrase.year : null, base, input.publishedOn), measure };
  }
  const period = flowPeriod(input, phrase);
  return { period, measure: measure === 'flow' && period.type === 'cumulative' ? 'cumulative' : measure };
}

function flowPeriod(input: PeriodInput, phrase: TemporalPhrase | null): Period {
  const { base } = input;
  // A plan section's period, or 年均开展活动近千场: a yearly figure even in an article that adds years up.
  if (input.perYear && base.type !== 'year') {
    return { label: { zh: '每年(年均)', en: 'Per year (average)' }, type: 'annual_average', from: base.from, to: base.to, years: null };
  }
  if (phrase === null) return base;
  switch (phrase.kind) {
    case 'year':
      if (!inRange(phrase.year, base) || (base.from === phrase.year && base.to === phrase.year)) return base;
      return { label: { zh: `${phrase.year}年`, en: String(phrase.year) }, type: 'year', from: phrase.year, to: phrase.year, years: 1 };
    case 'since': {
      if (base.to === null || phrase.year >= base.to) return base;
      const years = base.to - phrase.year + 1;
      return { label: { zh: `${phrase.year}年以来(累计)`, en: `Since ${phrase.year} (cumulative)` }, type: 'cumulative', from: phrase.year, to: base.to, years };
    }
    case 'recent':
      // An article that adds years up already says so; 近三年 inside it still gives the count.
      if (base.type === 'cumulative' && phrase.years === null) return base;
      return recentPeriod(phrase.years, base);
    default:
      return base;
  }
}
