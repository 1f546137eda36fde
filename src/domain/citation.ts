// Pure: a source as a reference, in GB/T 7714-2015 form (Chinese) and in a plain APA-like form (English).
//
// GB/T 7714-2015, as applied here:
// - Authors (8.1.2): all of them up to three, else the first three and ", 等"; none named: the title moves up (8.1.3).
// - Type marks (4.2, table B.1): a newspaper article is [N]; with an address it is online, [N/OL], and gets its
//   access date [引用日期] and the address (8.8, 8.9: both required for online documents); a page that exists
//   only online is [EB/OL] and always gets its access date.
// - Newspaper (7.4): 报纸名, 年-月-日(版次). A paper not named: "[出版者不详]" (8.4.2.3, in brackets). A date not
//   stated: "[出版日期不详]" in brackets, after the standard's pattern for unknown place and publisher (it allows an
//   estimated year in brackets, 8.4.3; we state none rather than guess).
// - Electronic resource (7.8): an unnamed publisher may be left out (8.4.2.3), so only a stated one is given.
// Titles are kept exactly as written, ASCII or full-width punctuation alike; the separators are the standard's
// ". " and ", ".
import type { Source } from '@/schema/dataset';

export interface CitationInput {
  source: Pick<Source, 'title' | 'medium' | 'url' | 'publisher' | 'page' | 'authors' | 'publishedOn'>;
  /** The day the reader copies the citation, YYYY-MM-DD (the access date of an online source). */
  accessedOn: string;
}

const MAX_GB_AUTHORS = 3;
const MAX_APA_AUTHORS = 20;

/** The GB/T 7714 author list: up to three, then ", 等"; null when the article names none. */
export function gbAuthors(authors: readonly string[]): string | null {
  if (authors.length === 0) return null;
  const named = authors.slice(0, MAX_GB_AUTHORS).join(', ');
  return authors.length > MAX_GB_AUTHORS ? `${named}, 等` : named;
}

/** The document type mark: [N], [N/OL] or [EB/OL]. */
export function typeMark(source: CitationInput['source']): '[N]' | '[N/OL]' | '[EB/OL]' {
  if (source.medium === 'web') return '[EB/OL]';
  return source.url ? '[N/OL]' : '[N]';
}

/** Joins the parts of a reference with ". " and ends it with one full stop. */
function sentence(parts: readonly (string | null)[]): string {
  return `${parts.filter((part): part is string => part !== null && part !== '').join('. ')}.`;
}

/** The reference in GB/T 7714-2015 form. */
export function gbtCitation({ source, accessedOn }: CitationInput): string {
  const mark = typeMark(source);
  const online = mark !== '[N]';
  const date = source.publishedOn ?? '[出版日期不详]';
  const accessed = online ? `[${accessedOn}]` : '';
  let publication: string;
  if (source.medium === 'newspaper') {
    const page = source.page === null ? '' : `(${source.page})`;
    publication = `${source.publisher ?? '[出版者不详]'}, ${date}${page}${accessed}`;
  } else {
    publication = `${source.publisher ? `${source.publisher}, ` : ''}${date}${accessed}`;
  }
  return sentence([gbAuthors(source.authors), `${source.title}${mark}`, publication, source.url]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2023-04-29 -> "2023, April 29"; the APA date of a newspaper article or web page. */
function apaDate(date: string | null): string {
  if (date === null) return 'n.d.';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year}, ${MONTHS[month - 1]} ${day}`;
}

/** 2026-11-21 -> "November 21, 2026". */
function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** The APA author list: "A", "A & B", "A, B, & C"; more than twenty: the first nineteen, "…", the last. */
export function apaAuthors(authors: readonly string[]): string | null {
  if (authors.length === 0) return null;
  if (authors.length === 1) return authors[0]!;
  if (authors.length === 2) return `${authors[0]} & ${authors[1]}`;
  const names = authors.length > MAX_APA_AUTHORS ? [...authors.slice(0, MAX_APA_AUTHORS - 1), '…'] : authors.slice(0, -1);
  return `${names.join(', ')}, & ${authors.at(-1)}`;
}

/** A part of an English reference ends with a full stop, unless it ends with its own (a title's "?"). */
const closed = (text: string) => (/[.?!。？！]$/.test(text) ? text : `${text}.`);

/** The reference in a plain English, APA-like form: Author. (Date). Title. Publisher, p. N. Retrieved …, from URL */
export function englishCitation({ source, accessedOn }: CitationInput): string {
  const authors = apaAuthors(source.authors);
  const date = `(${apaDate(source.publishedOn)})`;
  const parts = authors === null ? [source.title, date] : [authors, date, source.title];
  const publisher = source.publisher ?? (source.medium === 'newspaper' ? '[Newspaper not named]' : null);
  if (publisher !== null) parts.push(`${publisher}${source.page === null ? '' : `, p. ${source.page}`}`);
  const text = parts.map(closed).join(' ');
  return source.url ? `${text} Retrieved ${longDate(accessedOn)}, from ${source.url}` : text;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the reader's time zone as YYYY-MM-DD: the access date of a citation copied now. */
export function isoDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const MISSING = {
  zh: { publisher: '出版者未注明', date: '日期未注明', both: '出版者、日期未注明' },
  en: { publisher: 'publisher not stated', date: 'date not stated', both: 'publisher and date not stated' },
} as const;

/** What a source leaves unstated, said once: "出版者、日期未注明" / "publisher and date not stated"; null when nothing. */
export function missingFacts(source: Pick<Source, 'publisher' | 'publishedOn'>, lang: 'zh' | 'en'): string | null {
  const noPublisher = source.publisher === null;
  const noDate = source.publishedOn === null;
  if (noPublisher && noDate) return MISSING[lang].both;
  if (noPublisher) return MISSING[lang].publisher;
  return noDate ? MISSING[lang].date : null;
}

/** The publisher with the newspaper page where known: "四川工人日报（第4版）" / "四川工人日报, p. 4"; null when unnamed. */
export function publisherText(source: Pick<Source, 'publisher' | 'page'>, lang: 'zh' | 'en'): string | null {
  if (source.publisher === null) return null;
  if (source.page === null) return source.publisher;
  return lang === 'zh' ? `${source.publisher}（第${source.page}版）` : `${source.publisher}, p. ${source.page}`;
}
