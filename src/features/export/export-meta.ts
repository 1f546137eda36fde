// Pure: what an exported chart carries without the app around it, from the card model: title, subtitle,
// verdict and caveats above the chart; figures set apart and footnotes below it; a sourced footer.
import type { Locality, Source } from '@/schema/dataset';
import type { CardModel } from '@/domain/card-model';
import { cardText, markText } from '@/domain/card-messages';
import { pick, t, type Lang } from '@/lib/i18n';
import { buildDate } from '@/lib/file-names';
import { missingFacts, publisherText } from '@/domain/citation';

export interface ExportMeta {
  title: string;
  /** Program area and unit, e.g. "组织建设与建会入会 · 单位：家". */
  subtitle: string;
  /** The verdict and the numbered caveats, shown under the title. */
  notes: string[];
  /** Under the chart: the figures that are not directly comparable, who did not report, the population basis. */
  after: string[];
  footer: string[];
}

export const NEWS_DISCLAIMER = {
  zh: '数据摘自新闻报道，并非官方统计。',
  en: 'Figures extracted from news reports, not official statistics.',
} as const;

export interface FooterInput {
  sources: readonly Source[];
  localitiesById: ReadonlyMap<string, Locality>;
  builtAt: string;
  lang: Lang;
}

/**
 * Footer lines: each source once (locality, full title, publisher, date), then once which sources leave their
 * publisher or date unstated, the news-report caveat and the build date.
 */
export function exportFooter({ sources, localitiesById, builtAt, lang }: FooterInput): string[] {
  const zh = lang === 'zh';
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const place = (s: Source) => {
    const locality = localitiesById.get(s.localityId);
    return locality ? pick(locality.shortName, lang) : s.localityId;
  };
  const entries = unique.map((s) => {
    const facts = [publisherText(s, lang), s.publishedOn].filter(Boolean).join(zh ? '，' : ', ');
    return zh ? `${place(s)}《${s.title}》${facts ? `，${facts}` : ''}` : `${place(s)}: “${s.title}”${facts ? `, ${facts}` : ''}`;
  });
  const lines = [`${t(lang, 'sources')}${zh ? '：' : ': '}${entries.join(zh ? '；' : '; ') || '—'}`];
  // What the sources leave unstated, said once per kind of gap ("出版者、日期未注明：常山、抚州"), never per field.
  const gaps = new Map<string, string[]>();
  for (const source of unique) {
    const missing = missingFacts(source, lang);
    if (missing !== null) gaps.set(missing, [...(gaps.get(missing) ?? []), place(source)]);
  }
  for (const [missing, names] of gaps) {
    lines.push(zh ? `${missing}：${names.join('、')}` : `${missing[0]!.toUpperCase()}${missing.slice(1)}: ${names.join(', ')}`);
  }
  lines.push(NEWS_DISCLAIMER[lang]);
  const date = buildDate(builtAt) ?? builtAt;
  lines.push(`${t(lang, 'builtAt')}${zh ? '：' : ': '}${date} · ${t(lang, 'appTitle')}`);
  return lines;
}

/** The export's text around the chart, all of it from the card model. */
export function exportMeta(model: CardModel, localitiesById: ReadonlyMap<string, Locality>, builtAt: string): ExportMeta {
  const { lang } = model;
  const colon = lang === 'zh' ? '：' : ': ';
  const sep = lang === 'zh' ? '；' : '; ';
  const notes = [`${model.verdict.word}${colon}${model.verdict.reason}`];
  if (model.caveats.length > 0) notes.push(model.caveats.map((c) => `${markText(c.mark)} ${c.text}`).join(sep));
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  const outside = model.outside.map((f) => `${f.label} ${f.valueLabel}${open}${f.reason}${close}`);
  // The page cites the census once in its footnote; an image leaves the page, so it cites it itself, once.
  const cited = model.populationCitations.length > 0;
  // The population line (last) is marked * like on screen, and the census follows it once.
  const footnotes = model.footnotes.map((line, index) => (cited && index === model.footnotes.length - 1 ? `${line}*` : line));
  const citation = cited ? [`* ${model.populationCitations.join(sep)}`] : [];
  const after = [...(outside.length > 0 ? [`${cardText(lang, 'outsideTitle')}${colon}${outside.join(sep)}`] : []), ...footnotes, ...citation];
  return {
    title: model.title,
    subtitle: model.subtitle,
    notes,
    after,
    footer: exportFooter({ sources: model.sources, localitiesById, builtAt, lang }),
  };
}
