// The table's caveats across its rows: different periods or levels, plans, the per-capita basis. (A chart card's
// caveats come from its card model.)
import type { Locality } from '@/schema/dataset';
import { periodText } from '@/domain/periods';
import type { ComparisonRow } from '@/domain/comparison';
import { populationsText } from '@/domain/per-capita';
import { joinList, pick, t, type Lang } from '@/lib/i18n';

export type NoteKind = 'periods' | 'levels' | 'plans' | 'perCapita';

export interface ComparisonNote {
  kind: NoteKind;
  text: string;
}

const MAX_NAMES = 12;

/** Names a few localities and counts the rest, so a note stays readable with thousands selected. */
export function nameList(localities: readonly Locality[], lang: Lang, separator?: string): string {
  const names = localities.slice(0, MAX_NAMES).map((l) => pick(l.shortName, lang));
  const rest = localities.length - names.length;
  if (rest > 0) names.push(lang === 'zh' ? `另外 ${rest} 个地区` : `${rest} more`);
  return separator === undefined ? joinList(names, lang) : names.join(separator);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function reportedRows(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return rows.filter((row) => row.observation !== null);
}

function localitiesOf(rows: readonly ComparisonRow[]): Locality[] {
  const seen = new Map<string, Locality>();
  for (const row of rows) seen.set(row.locality.id, row.locality);
  return [...seen.values()];
}

function periodsNote(rows: ComparisonRow[], lang: Lang): ComparisonNote | null {
  const keys = unique(rows.map((row) => `${row.observation?.period.label.zh}|${row.observation?.period.type}`));
  if (keys.length < 2) return null;
  // Grouped by period, so the note stays short however many localities share one.
  const periods = unique(rows.map((row) => periodText(row.observation!.period, lang)));
  const parts = periods.map((period) => {
    const localities = localitiesOf(rows.filter((row) => periodText(row.observation!.period, lang) === period));
    return `${period}${lang === 'zh' ? '：' : ': '}${nameList(localities, lang, lang === 'zh' ? '、' : ', ')}`;
  });
  return { kind: 'periods', text: t(lang, 'notePeriods', { list: joinList(parts, lang) }) };
}

function levelsNote(rows: ComparisonRow[], lang: Lang): ComparisonNote | null {
  const localities = localitiesOf(rows);
  const ranks = unique(localities.map((locality) => locality.levelRank));
  if (ranks.length < 2) return null;
  const countOf = (rank: number) => localities.filter((locality) => locality.levelRank === rank).length;
  const usual = ranks.reduce((best, rank) => (countOf(rank) > countOf(best) ? rank : best), 3);
  const odd = localities.filter((locality) => locality.levelRank !== usual);
  // English names may end in brackets already ("Fuzhou City (Jiangxi)"), so the level follows a comma.
  const list = (odd.length > 0 ? odd : localities).slice(0, MAX_NAMES).map((locality) =>
    lang === 'zh' ? `${locality.name.zh}（${locality.level.zh}）` : `${locality.name.en}, a ${locality.level.en}`,
  );
  return { kind: 'levels', text: t(lang, 'noteLevels', { list: joinList(list, lang) }) };
}

/** Every caveat that applies to these rows, in a fixed order; empty when the comparison is like for like. */
export function comparisonNotes(rows: readonly ComparisonRow[], lang: Lang): ComparisonNote[] {
  const reported = reportedRows(rows);
  const notes: ComparisonNote[] = [];
  const periods = periodsNote(reported, lang);
  if (periods) notes.push(periods);
  const levels = levelsNote(reported, lang);
  if (levels) notes.push(levels);
  const plans = localitiesOf(reported.filter((row) => row.observation?.kind === 'plan'));
  if (plans.length > 0) {
    notes.push({ kind: 'plans', text: t(lang, 'notePlans', { list: nameList(plans, lang) }) });
  }
  if (reported.some((row) => row.perCapita)) {
    // The census is cited once, in the page's footnote; the note names the populations divided by.
    const populations = populationsText(localitiesOf(reported.filter((row) => row.perCapita)), lang);
    notes.push({ kind: 'perCapita', text: t(lang, 'notePerCapita', { populations }) });
  }
  return notes;
}
