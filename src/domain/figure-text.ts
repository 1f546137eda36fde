// How one figure reads on screen: qualified number, unit, per-capita suffix, plan and population marks.
import type { Locality, LocalizedText, Metric, Observation, Population, Qualifier } from '@/schema/dataset';
import { formatFigure, formatPerCapita, unitForCount, withUnit } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';
import { displayValue, PER_CAPITA_BASE } from '@/domain/per-capita';


/**
 * A unit in the reader's language: the metric's own label when the metric counts in this measure word (家 and
 * 个 of one metric are one unit), else the measure word's label (never another metric's), else the unit itself.
 */
export function unitText(
  unit: string,
  metric: Metric | null | undefined,
  labels: ReadonlyMap<string, LocalizedText>,
  lang: Lang,
): string {
  const label = metric && (metric.unit === unit || metric.units.includes(unit)) ? metric.unitLabel : labels.get(unit);
  return label ? pick(label, lang) : unit;
}

/** The lang attribute for a label shown in `lang`: "zh-CN" when it has no translation (label.en === label.zh). */
export function untranslatedLang(label: LocalizedText, lang: Lang): 'zh-CN' | undefined {
  return lang === 'en' && label.en === label.zh ? 'zh-CN' : undefined;
}

/** The figure as the article wrote it, without a leading 达/达到 ("reached"). */
export function articleFigureText(observation: Pick<Observation, 'originalText'>): string {
  return observation.originalText.replace(/^达到?(?=.)/, '');
}

/**
 * The qualifier a computed value carries: the article's own, except that 近…余 (近140余万元) stays 近 —
 * the pipeline reads it as "about", but a reader of the chart should see the article's word.
 */
export function perCapitaQualifier(observation: Pick<Observation, 'qualifier' | 'qualifierText'>): Qualifier {
  return observation.qualifierText?.includes('近') ? 'nearly' : observation.qualifier;
}

/** "/万人" or "/10万人" (zh), "/10k" or "/100k" (en). */
export function perCapitaSuffix(base: number, lang: Lang): string {
  if (base === PER_CAPITA_BASE) return t(lang, 'perCapitaSuffix');
  return lang === 'zh' ? `/${base / 10_000}万人` : `/${base / 1000}k`;
}

/**
 * The value as drawn with its qualifier and unit. zh: the article's own text ("200余万元", "40余万人次");
 * en: "2,200+ items", "1 person"; per capita (per `base` residents): "近3.44万元/万人", ">0.283 sessions/10k",
 * three significant digits and never 余 on a decimal.
 */
export function figureValueText(
  observation: Observation,
  metric: Metric | null | undefined,
  locality: Locality,
  labels: ReadonlyMap<string, LocalizedText>,
  lang: Lang,
  perCapita: boolean,
  base: number = PER_CAPITA_BASE,
): string {
  const shown = displayValue(observation.value, metric, locality.population.value, perCapita, base);
  const unit = unitText(observation.unit, metric, labels, lang);
  if (!shown.perCapita) {
    if (lang === 'zh') return articleFigureText(observation);
    return formatFigure(shown.value, observation.qualifier, unitForCount(shown.value, unit), lang);
  }
  const number = formatPerCapita(shown.value, perCapitaQualifier(observation), lang);
  return `${withUnit(number, unit, lang)}${perCapitaSuffix(base, lang)}`;
}

/** Short marks that must travel with a value: plan, narrower population. */
export function figureMarks(observation: Observation, populations: readonly Population[], lang: Lang): string[] {
  const marks: string[] = [];
  if (observation.kind === 'plan') marks.push(t(lang, 'plan'));
  if (observation.populationId) {
    const population = populations.find((s) => s.id === observation.populationId);
    marks.push(population ? pick(population.label, lang) : observation.populationId);
  }
  return marks;
}

/** A value with its marks in brackets, for plain-text places such as CSV and chart labels. */
export function figureFullText(
  observation: Observation,
  metric: Metric | null | undefined,
  locality: Locality,
  labels: ReadonlyMap<string, LocalizedText>,
  populations: readonly Population[],
  lang: Lang,
  perCapita: boolean,
): string {
  const value = figureValueText(observation, metric, locality, labels, lang, perCapita);
  const marks = figureMarks(observation, populations, lang);
  if (marks.length === 0) return value;
  return lang === 'zh' ? `${value}（${marks.join('，')}）` : `${value} (${marks.join(', ')})`;
}
