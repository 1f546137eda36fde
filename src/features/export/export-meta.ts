// Pure: what an exported chart carries without the app around it: title, unit, notes and a sourced footer.
import type { Locality, Source } from '@/schema/dataset';
import type { ComparisonNote } from '@/lib/comparison-notes';
import type { Lang } from '@/lib/format';
import { pick, t } from '@/lib/i18n';
import { buildDate } from '@/lib/file-names';

export interface ExportMeta {
  title: string;
  /** Unit and program area, e.g. "单位：个 · 组织建设与建会入会". */
  subtitle: string;
  /** The card's caveats (periods, levels, not reported, plans …), shown under the title. */
  notes: string[];
  footer: string[];
}

export const NEWS_DISCLAIMER = {
  zh: '数据摘自新闻报道，并非官方统计。',
  en: 'Figures extracted from news reports, not official statistics.',
} as const;

const MAX_TITLE = 28;

function sourceText(source: Source, locality: Locality | undefined, lang: Lang): string {
  const who = source.publisher ?? `《${source.title.length > MAX_TITLE ? `${source.title.slice(0, MAX_TITLE)}…` : source.title}》`;
  const when = source.publishedOn ?? (lang === 'zh' ? '日期未注明' : 'date not stated');
  const place = locality ? pick(locality.shortName, lang) : source.localityId;
  return lang === 'zh' ? `${place}：${who}，${when}` : `${place}: ${who}, ${when}`;
}

export interface FooterInput {
  sources: readonly Source[];
  localitiesById: ReadonlyMap<string, Locality>;
  /** Census citations when per-capita values are shown; empty otherwise. */
  perCapitaCitations: readonly string[];
  builtAt: string;
  lang: Lang;
}

/** Footer lines: sources (publisher and date), the news-report caveat, the per-capita basis, the build date. */
export function exportFooter({ sources, localitiesById, perCapitaCitations, builtAt, lang }: FooterInput): string[] {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const list = unique.map((s) => sourceText(s, localitiesById.get(s.localityId), lang)).join(lang === 'zh' ? '；' : '; ');
  const lines = [`${t(lang, 'sources')}${lang === 'zh' ? '：' : ': '}${list || '—'}`, NEWS_DISCLAIMER[lang]];
  if (perCapitaCitations.length > 0) lines.push(t(lang, 'notePerCapita', { citation: [...new Set(perCapitaCitations)].join(lang === 'zh' ? '；' : '; ') }));
  const date = buildDate(builtAt) ?? builtAt;
  lines.push(`${t(lang, 'builtAt')}${lang === 'zh' ? '：' : ': '}${date} · ${t(lang, 'appTitle')}`);
  return lines;
}

export interface MetaInput extends FooterInput {
  title: string;
  unit: string;
  areaLabel: string | null;
  notes: readonly ComparisonNote[];
}

/** The export's header and footer; the per-capita note moves to the footer, where the basis is cited. */
export function exportMeta(input: MetaInput): ExportMeta {
  const { title, unit, areaLabel, notes, lang } = input;
  const unitPart = `${t(lang, 'unit')}${lang === 'zh' ? '：' : ': '}${unit}`;
  return {
    title,
    subtitle: areaLabel ? `${unitPart} · ${areaLabel}` : unitPart,
    notes: notes.filter((note) => note.kind !== 'perCapita').map((note) => note.text),
    footer: exportFooter(input),
  };
}
