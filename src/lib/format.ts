// Number and figure formatting for both languages: zh-CN uses 万/亿, English uses grouping and K-free M/B.
import type { Qualifier } from '@/schema/dataset';
import type { Lang } from '@/lib/i18n';

/**
 * Decimals kept: a value scaled to 万/亿/M/B keeps up to four (10.78万 stays 10.78万, not 10.8万),
 * a plain value up to two (99.58%), so a figure reads as precisely as the article wrote it.
 */
function plain(value: number, locale: string, grouping: boolean, scaled = false): string {
  return numberFormat(locale, { maximumFractionDigits: scaled ? 4 : 2, useGrouping: grouping }).format(value);
}

const formats = new Map<string, Intl.NumberFormat>();

type FormatOptions = Pick<Intl.NumberFormatOptions, 'minimumFractionDigits' | 'maximumFractionDigits' | 'maximumSignificantDigits' | 'useGrouping'>;

/** Intl.NumberFormat is slow to construct: one per locale and options, kept (the key is cheap: this runs per label). */
function numberFormat(locale: string, options: FormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.minimumFractionDigits}|${options.maximumFractionDigits}|${options.maximumSignificantDigits}|${options.useGrouping}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** Formats a bare number: zh 1.8万 / 2.9亿 / 2200; en 18,000 / 290M / 2,200. */
export function formatNumber(value: number, lang: Lang): string {
  const magnitude = Math.abs(value);
  if (lang === 'zh') {
    if (magnitude >= 1e8) return `${plain(value / 1e8, 'zh-CN', false, true)}亿`;
    if (magnitude >= 1e4) return `${plain(value / 1e4, 'zh-CN', false, true)}万`;
    return plain(value, 'zh-CN', false);
  }
  if (magnitude >= 1e9) return `${plain(value / 1e9, 'en-US', true, true)}B`;
  if (magnitude >= 1e6) return `${plain(value / 1e6, 'en-US', true, true)}M`;
  return plain(value, 'en-US', true);
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

const significant = (n: number, locale: string, grouping: boolean) => numberFormat(locale, { maximumSignificantDigits: 3, useGrouping: grouping }).format(n);

/** A computed number to three significant digits: 0.0147, 8.46, 123, 2.85万 (zh) / 28,500 (en). */
export function formatPerCapitaNumber(value: number, lang: Lang): string {
  const magnitude = Math.abs(value);
  if (lang === 'zh') {
    if (magnitude >= 1e8) return `${significant(value / 1e8, 'zh-CN', false)}亿`;
    if (magnitude >= 1e4) return `${significant(value / 1e4, 'zh-CN', false)}万`;
    return significant(value, 'zh-CN', false);
  }
  if (magnitude >= 1e9) return `${significant(value / 1e9, 'en-US', true)}B`;
  if (magnitude >= 1e6) return `${significant(value / 1e6, 'en-US', true)}M`;
  return significant(value, 'en-US', true);
}

/**
 * A population for people to read: zh one decimal of 万 (26.0万, 361.5万; 亿 with two decimals), en three
 * significant digits (260,000; 3.61 million). A census count is not exact to the person, so no more digits.
 */
export function formatPopulation(value: number, lang: Lang): string {
  const magnitude = Math.abs(value);
  if (lang === 'zh') {
    const decimals = (digits: number) => numberFormat('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    if (magnitude >= 1e8) return `${decimals(2).format(value / 1e8)}亿`;
    if (magnitude >= 1e4) return `${decimals(1).format(value / 1e4)}万`;
    return numberFormat('zh-CN', { maximumSignificantDigits: 3, useGrouping: false }).format(value);
  }
  if (magnitude >= 1e9) return `${significant(value / 1e9, 'en-US', true)} billion`;
  if (magnitude >= 1e6) return `${significant(value / 1e6, 'en-US', true)} million`;
  return significant(value, 'en-US', true);
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

/** A date such as 2023-04-29 in the reader's language. */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A count of things in plain digits with grouping, for UI counters (never 万). */
export function formatCount(value: number, lang: Lang): string {
  return numberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {}).format(value);
}

/** The qualifier's pattern with N in place of the number, for legends: "N余", "N+", "≈N". */
export function qualifierPattern(qualifier: Qualifier, lang: Lang): string {
  return QUALIFIED[lang][qualifier]('N');
}
