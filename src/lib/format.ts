// Number and figure formatting for both languages: zh-CN uses 万/亿, English uses grouping and K-free M/B. Digits are
// written by decimal-text.ts, as Intl.NumberFormat writes them for zh-CN and en-US, without Intl's start-up cost.
import type { Qualifier } from '@/schema/dataset';
import type { Lang } from '@/lib/i18n';
import { formatDecimal } from '@/lib/decimal-text';

/**
 * Decimals kept: a value scaled to 万/亿/M/B keeps up to four (10.78万 stays 10.78万, not 10.8万),
 * a plain value up to two (99.58%), so a figure reads as precisely as the article wrote it.
 */
function plain(value: number, grouping: boolean, scaled = false): string {
  return formatDecimal(value, { maximumFractionDigits: scaled ? 4 : 2, useGrouping: grouping });
}

/** Formats a bare number: zh 1.8万 / 2.9亿 / 2200; en 18,000 / 290M / 2,200. */
export function formatNumber(value: number, lang: Lang): string {
  const magnitude = Math.abs(value);
  if (lang === 'zh') {
    if (magnitude >= 1e8) return `${plain(value / 1e8, false, true)}亿`;
    if (magnitude >= 1e4) return `${plain(value / 1e4, false, true)}万`;
    return plain(value, false);
  }
  if (magnitude >= 1e9) return `${plain(value / 1e9, true, true)}B`;
  if (magnitude >= 1e6) return `${plain(value / 1e6, true, true)}M`;
  return plain(value, true);
}

const QUALIFIED: Record<Lang, Record<Qualifier, (n: string) => string>> = {
  zh: {
    exact: (n) => n,
    more_than: (n) => `${n}余`,
    nearly: (n) => `近${n}`,
    about: (n) => `约${n}`,
    at_least: (n) => `≥${n}`,
  },
  en: {
    exact: (n) => n,
    more_than: (n) => `${n}+`,
    nearly: (n) => `nearly ${n}`,
    about: (n) => `≈${n}`,
    at_least: (n) => `≥${n}`,
  },
};

/** A number with its qualifier kept: 2,200+ / ≈1,000 / ≥90 (en), 2200余 / 约1000 / ≥90 (zh). */
export function formatQualified(value: number, qualifier: Qualifier, lang: Lang): string {
  return QUALIFIED[lang][qualifier](formatNumber(value, lang));
}

/** Per-capita qualifiers: a computed decimal never takes 余; "more than" reads as ">". */
const PER_CAPITA_QUALIFIED: Record<Lang, Record<Qualifier, (n: string) => string>> = {
  zh: { exact: (n) => n, more_than: (n) => `>${n}`, nearly: (n) => `近${n}`, about: (n) => `约${n}`, at_least: (n) => `≥${n}` },
  en: { exact: (n) => n, more_than: (n) => `>${n}`, nearly: (n) => `nearly ${n}`, about: (n) => `≈${n}`, at_least: (n) => `≥${n}` },
};

const significant = (n: number, grouping: boolean) => formatDecimal(n, { maximumSignificantDigits: 3, useGrouping: grouping });

/** A computed number to three significant digits: 0.0147, 8.46, 123, 2.85万 (zh) / 28,500 (en). */
export function formatPerCapitaNumber(value: number, lang: Lang): string {
  const magnitude = Math.abs(value);
  if (lang === 'zh') {
    if (magnitude >= 1e8) return `${significant(value / 1e8, false)}亿`;
    if (magnitude >= 1e4) return `${significant(value / 1e4, false)}万`;
    return significant(value, false);
  }
  if (magnitude >= 1e9) return `${significant(value / 1e9, true)}B`;
  if (magnitude >= 1e6) return `${significant(value / 1e6, true)}M`;
  return significant(value, true);
}

const decimals = (n: number, digits: number) => formatDecimal(n, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });

/**
 * A population for people to read: zh one decimal of 万 (26.0万, 361.5万; 亿 with two decimals), en three
 * significant digits (260,000; 3.61 million). A census count is not exact to the person, so no more digits.
 */
export function formatPopulation(value: number, lang: Lang): string {
  const magnitude = Math.abs(value);
  if (lang === 'zh') {
    if (magnitude >= 1e8) return `${decimals(value / 1e8, 2)}亿`;
    if (magnitude >= 1e4) return `${decimals(value / 1e4, 1)}万`;
    return significant(value, false);
  }
  if (magnitude >= 1e9) return `${significant(value / 1e9, true)} billion`;
  if (magnitude >= 1e6) return `${significant(value / 1e6, true)} million`;
  return significant(value, true);
}

/** A per-capita number with its qualifier: ">0.28", "约12.5", "≥3.1". */
export function formatPerCapita(value: number, qualifier: Qualifier, lang: Lang): string {
  return PER_CAPITA_QUALIFIED[lang][qualifier](formatPerCapitaNumber(value, lang));
}

const IRREGULAR_SINGULAR: Record<string, string> = { people: 'person', children: 'child' };

function singularWord(word: string): string {
  const irregular = IRREGULAR_SINGULAR[word];
  if (irregular) return irregular;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The English unit label for one thing: "people" -> "person", "people (visits)" -> "person (visit)". */
export function singularUnit(label: string): string {
  return label.replace(/[A-Za-z]+/g, singularWord);
}

/** The English unit label for a count: singular for exactly 1 ("1 person"), else as given. */
export function unitForCount(value: number, label: string): string {
  return value === 1 ? singularUnit(label) : label;
}

/** Joins a formatted number and its unit label: "97.8%", "2200余个", "2,200+ units". */
export function withUnit(formatted: string, unitLabel: string, lang: Lang): string {
  if (unitLabel === '%' || unitLabel === '') return `${formatted}${unitLabel}`;
  return lang === 'zh' ? `${formatted}${unitLabel}` : `${formatted} ${unitLabel}`;
}

/** A full figure: qualified number with unit, e.g. "5万余元" or "50,000+ yuan". */
export function formatFigure(value: number, qualifier: Qualifier, unitLabel: string, lang: Lang): string {
  return withUnit(formatQualified(value, qualifier, lang), unitLabel, lang);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date such as 2023-04-29 in the reader's language: 2023年4月29日, 29 April 2023 (as Intl.DateTimeFormat writes
 * it for zh-CN and en-GB, without loading its locale data; a test compares the two).
 */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return lang === 'zh' ? `${year}年${month + 1}月${day}日` : `${day} ${MONTHS[month]} ${year}`;
}

/** A count of things in plain digits with grouping, for UI counters (never 万); zh-CN and en-US write it alike. */
export function formatCount(value: number, _lang: Lang): string {
  return formatDecimal(value);
}

/** The qualifier's pattern with N in place of the number, for legends: "N余", "N+", "≈N". */
export function qualifierPattern(qualifier: Qualifier, lang: Lang): string {
  return QUALIFIED[lang][qualifier]('N');
}
