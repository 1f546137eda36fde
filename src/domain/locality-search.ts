// Pure: finding localities by what a reader types, in either language, half- or full-width: a name, a short
// name, its city or province, or its division code. Used where a list of thousands must be searched, not scrolled.
import type { Locality } from '@/schema/dataset';

/** Folded for comparison: full-width letters and digits as ASCII (NFKC), lower case, no surrounding space. */
export function foldSearchText(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

interface Searchable {
  /** Its names and division code: they rank above its city and province. */
  names: string[];
  places: string[];
}

/** Each locality's folded texts, made once (a search of thousands runs on every key typed). */
const folded = new WeakMap<Locality, Searchable>();

function searchable(locality: Locality): Searchable {
  let texts = folded.get(locality);
  if (!texts) {
    texts = {
      names: [locality.name.zh, locality.name.en, locality.shortName.zh, locality.shortName.en, locality.divisionCode].map(foldSearchText),
      places: [locality.parent?.zh, locality.parent?.en, locality.province.zh, locality.province.en].flatMap((text) => (text ? [foldSearchText(text)] : [])),
    };
    folded.set(locality, texts);
  }
  return texts;
}

/** Whether `locality` answers to `query` (an empty query matches every locality). */
export function matchesLocality(locality: Locality, query: string): boolean {
  const needle = foldSearchText(query);
  return needle === '' || rank(locality, needle) < NO_MATCH;
}

const NO_MATCH = 4;

/** 0: a name or the code is the query; 1: one starts with it; 2: one holds it; 3: its city or province holds it. */
function rank(locality: Locality, needle: string): number {
  const { names, places } = searchable(locality);
  if (names.includes(needle)) return 0;
  if (names.some((name) => name.startsWith(needle))) return 1;
  if (names.some((name) => name.includes(needle))) return 2;
  if (places.some((place) => place.includes(needle))) return 3;
  return NO_MATCH;
}

export interface LocalityMatches {
  /** The best `limit` matches: exact names first, then names that start with the query, then the rest; else in the index's order. */
  shown: Locality[];
  /** How many match in all. */
  total: number;
}

/** How many matches a locality box offers at once: typing narrows the rest. */
export const MATCHES_SHOWN = 50;

/** The localities that answer to `query`, best first, at most `limit` of them. */
export function findLocalities(localities: readonly Locality[], query: string, limit = MATCHES_SHOWN): LocalityMatches {
  const needle = foldSearchText(query);
  if (needle === '') return { shown: localities.slice(0, limit), total: localities.length };
  const ranked: Array<{ locality: Locality; rank: number; order: number }> = [];
  localities.forEach((locality, order) => {
    const r = rank(locality, needle);
    if (r < NO_MATCH) ranked.push({ locality, rank: r, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return { shown: ranked.slice(0, limit).map((match) => match.locality), total: ranked.length };
}
