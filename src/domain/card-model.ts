// The one model of a chart card: everything the screen card, the PNG, the SVG and the chart CSV show, computed
// once from a metric and the selected localities' figures. Comparable groups share an axis; nothing else does.
import type { Locality, Metric, Observation, Source } from '@/schema/dataset';
import { cardCaveats, outsideReason, verdictOf, type Caveat, type Verdict } from '@/domain/card-caveats';
import { cardText, markText } from '@/domain/card-messages';
import { observationsFor, type ObservationsByLocality } from '@/domain/comparison';
import { periodText } from '@/domain/periods';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { figureMarks, figureValueText, perCapitaQualifier, perCapitaSuffix, unitText } from '@/domain/figure-text';
import { formatCount, formatPerCapita, withUnit } from '@/lib/format';
import { pick, shortList, type Lang } from '@/lib/i18n';
import { chooseBase, perCapitaApplies, perResidents, populationCitations, populationsText } from '@/domain/per-capita';

export type ValueSort = 'locality' | 'desc' | 'asc';
export type { Caveat, Verdict };

export interface CardInput {
  metric: Metric;
  /** The selected localities, in the order the reader chose them. */
  localities: readonly Locality[];
  observations: ObservationsByLocality;
  lookup: DatasetLookup;
  lang: Lang;
  perCapita: boolean;
  sort: ValueSort;
  /** Multi-year figures whose years are known, divided by their years (only where the card offers it). */
  perYear?: boolean;
}

/** A figure as the card shows it. */
export interface CardFigure {
  observation: Observation;
  locality: Locality;
  /** The locality and what tells the figure apart: "秀洲 · 全国"; with the period where periods differ. */
  label: string;
  /** The value with its qualifier and unit (and "plan"), e.g. "2200余个", "nearly 1,000 jobs (plan)". */
  valueLabel: string;
  /** The value drawn: the figure, or per `perCapitaBase` residents, or per year. */
  value: number;
  /** The period as the card states it: the figure's own, or "近三年÷3年" when shown per year. */
  periodLabel: string;
}

export interface CardBar extends CardFigure {
  /** Caveat points (numbers of `CardModel.caveats`) that concern this bar. */
  marks: number[];
  /** Figures inside this one (其中 …), drawn nested in its bar and never ranked. */
  parts: CardFigure[];
  plan: boolean;
}

/** Figures of one comparable group: they share an axis. */
export interface CardPanel {
  groupId: string;
  /** What sets the group apart (省级 · 当期, 仅工会干部 …); null when the card has one panel. */
  caption: string | null;
  bars: CardBar[];
}

export interface OutsideFigure extends CardFigure {
  /** Why it is not on the main chart's axis. */
  reason: string;
}

export interface CardModel {
  metric: Metric;
  lang: Lang;
  /** Metric and period: "新建工会（2022年、2023年）". */
  title: string;
  /** Program area and unit. */
  subtitle: string;
  /** The value axis: the unit, or the unit per 10,000 / 100,000 residents. */
  axisTitle: string;
  verdict: { kind: Verdict; word: string; reason: string };
  caveats: Caveat[];
  /** The main comparable group first. */
  panels: CardPanel[];
  outside: OutsideFigure[];
  notReported: Locality[];
  /** Lines under the chart: who did not report, then (last) the population each per-capita figure was divided by. */
  footnotes: string[];
  /**
   * Where those populations come from, each once (empty without per capita): the page states it once in its
   * footnote, an exported image or CSV (which leaves the page) states it itself.
   */
  populationCitations: string[];
  perCapitaBase: number | null;
  /** Periods differ in length and some multi-year figures state their years: the card can show them per year. */
  perYearOffered: boolean;
  perYear: boolean;
  /** Each source once. */
  sources: Source[];
  /** The whole card as text, for screen readers and the chart's aria description. */
  textAlternative: string;
}

const bySelection = (localities: readonly Locality[]) => {
  const rank = new Map(localities.map((l, index) => [l.id, index]));
  return (a: CardFigure, b: CardFigure) => rank.get(a.locality.id)! - rank.get(b.locality.id)! || a.observation.figureStart - b.observation.figureStart;
};

function sortBars(bars: CardBar[], sort: ValueSort, localities: readonly Locality[]): CardBar[] {
  const inOrder = bars.toSorted(bySelection(localities));
  if (sort === 'locality') return inOrder;
  const direction = sort === 'desc' ? -1 : 1;
  return inOrder.toSorted((a, b) => direction * (a.value - b.value));
}

/** A sum over several years whose number of years the text states (近三年, 2019年以来). */
const isMultiYear = (o: Observation) => o.period.type === 'cumulative' && o.period.years !== null && o.period.years > 1;

/** Per year is offered where periods differ in length and a multi-year figure states its years. */
function offersPerYear(figures: readonly Observation[]): boolean {
  return figures.some(isMultiYear) && figures.some((o) => o.period.type === 'year' || o.period.type === 'annual_average');
}

/** Builds the card of `metric` for the selected localities. */
export function buildCard(input: CardInput): CardModel {
  const { metric, localities, observations, lookup, lang, perCapita, sort } = input;
  const reported: Array<{ locality: Locality; observation: Observation }> = [];
  const notReported: Locality[] = [];
  for (const locality of localities) {
    const figures = observationsFor(observations, locality.id, metric.id);
    if (figures.length === 0) notReported.push(locality);
    for (const observation of figures) reported.push({ locality, observation });
  }

  const perCapitaOn = perCapitaApplies(metric, perCapita);
  const perYearOffered = offersPerYear(reported.map((r) => r.observation));
  const perYearOn = Boolean(input.perYear) && perYearOffered && metric.type !== 'rate';
  const yearsOf = (o: Observation) => (perYearOn && isMultiYear(o) ? o.period.years! : 1);
  const perCapitaBase = perCapitaOn ? chooseBase(reported.map((r) => r.observation.value / yearsOf(r.observation) / r.locality.population.value)) : null;
  const figure = ({ locality, observation }: { locality: Locality; observation: Observation }): CardFigure => {
    const years = yearsOf(observation);
    const value = (perCapitaBase ? perResidents(observation.value, locality.population.value, perCapitaBase) : observation.value) / years;
    const text =
      years === 1
        ? figureValueText(observation, metric, locality, lookup.unitLabels, lang, perCapitaOn, perCapitaBase ?? undefined)
        : `${withUnit(formatPerCapita(value, perCapitaQualifier(observation), lang), unitText(observation.unit, metric, lookup.unitLabels, lang), lang)}${perCapitaBase ? perCapitaSuffix(perCapitaBase, lang) : ''}${cardText(lang, 'perYearSuffix')}`;
    const plan = figureMarks({ ...observation, populationId: null }, [], lang);
    const distinction = observation.distinction ? ` · ${pick(observation.distinction, lang)}` : '';
    const period = periodText(observation.period, lang);
    return {
      observation,
      locality,
      label: `${pick(locality.shortName, lang)}${distinction}`,
      valueLabel: plan.length === 0 ? text : `${text}${lang === 'zh' ? `（${plan.join('，')}）` : ` (${plan.join(', ')})`}`,
      value,
      periodLabel: years === 1 ? period : cardText(lang, 'perYearLabel', { period, years }),
    };
  };

  // A part whose whole is on the card is drawn inside it; everything else is grouped like for like.
  const ids = new Set(reported.map((r) => r.observation.id));
  const isNestedPart = (o: Observation) => o.partOfId !== null && ids.has(o.partOfId);
  const partsOf = (o: Observation) => reported.filter((r) => r.observation.partOfId === o.id).map(figure);
  const groups = new Map<string, CardFigure[]>();
  for (const r of reported) {
    if (isNestedPart(r.observation)) continue;
    // Shown per year, a multi-year total is a yearly flow: it joins the flows of its level and population.
    const own = r.observation.groupId ?? `${metric.id}:?`;
    const key = yearsOf(r.observation) > 1 ? own.replace(/:cumulative(?=$|:plan$)/, ':flow') : own;
    groups.set(key, [...(groups.get(key) ?? []), figure(r)]);
  }
  const localityCount = (figures: readonly CardFigure[]) => new Set(figures.map((f) => f.locality.id)).size;
  const order = (id: string) => lookup.groupsById.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  const ranked = [...groups.entries()].toSorted(
    ([a, fa], [b, fb]) => localityCount(fb) - localityCount(fa) || fb.length - fa.length || order(a) - order(b),
  );
  const comparable = ranked.filter(([, figures]) => localityCount(figures) >= 2);
  // With no two localities alike, every group gets its own axis; otherwise the rest are listed below.
  const panelGroups = comparable.length > 0 ? comparable : ranked;
  const outsideGroups = comparable.length > 0 ? ranked.filter(([, figures]) => localityCount(figures) < 2) : [];

  const panels: CardPanel[] = panelGroups.map(([groupId, figures]) => {
    const periods = new Set(figures.map((f) => f.periodLabel));
    const bars = figures.map((f) => ({
      ...f,
      label: periods.size > 1 ? `${f.label} · ${f.periodLabel}` : f.label,
      marks: [],
      parts: partsOf(f.observation),
      plan: f.observation.kind === 'plan',
    }));
    const caption = panelGroups.length > 1 ? (lookup.groupsById.get(groupId)?.label ?? null) : null;
    return { groupId, caption: caption ? pick(caption, lang) : null, bars: sortBars(bars, sort, localities) };
  });
  const main = panels[0]?.bars[0]?.observation ?? null;
  const outside = outsideGroups
    .flatMap(([, figures]) => figures)
    .toSorted(bySelection(localities))
    .map((f) => ({ ...f, reason: outsideReason(f.observation, main!, lookup, lang) }));

  const caveats = cardCaveats(panels, observations, lookup, lang);
  // One locality alone is not a comparison: its card says so rather than "no two localities alike".
  const verdict =
    localities.length === 1
      ? { kind: 'reference' as const, word: cardText(lang, 'reference'), reason: cardText(lang, 'singleLocalityWhy') }
      : verdictOf(comparable.length > 0, panels.length, outside.length, caveats, lang);
  const unit = unitText(metric.unit, metric, lookup.unitLabels, lang);
  const baseText = perCapitaBase ? (lang === 'zh' ? `${perCapitaBase / 10_000}万`.replace(/^1万$/, '万') : formatCount(perCapitaBase, lang)) : '';
  const axisTitle = perCapitaBase ? (lang === 'zh' ? `${unit}/每${baseText}常住人口` : `${unit} per ${baseText} residents`) : unit;
  const area = lookup.areasById.get(metric.programAreaId);
  const periods = [...new Set(panels.flatMap((p) => p.bars.map((b) => b.periodLabel)))];
  const periodPart = periods.length === 0 ? '' : periods.length <= 3 ? periods.join(lang === 'zh' ? '、' : ', ') : cardText(lang, 'severalPeriods');
  const title = periodPart ? (lang === 'zh' ? `${pick(metric.label, lang)}（${periodPart}）` : `${pick(metric.label, lang)} (${periodPart})`) : pick(metric.label, lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const subtitle = `${area ? `${pick(area.label, lang)} · ` : ''}${lang === 'zh' ? '单位' : 'Unit'}${colon}${axisTitle}`;

  const footnotes: string[] = [];
  if (notReported.length > 0) footnotes.push(cardText(lang, 'notReported', { list: shortList(notReported.map((l) => pick(l.shortName, lang)), lang, lang === 'zh' ? '、' : ', ') }));
  const reportingLocalities = localities.filter((l) => reported.some((r) => r.locality.id === l.id));
  if (perCapitaBase) footnotes.push(cardText(lang, 'perCapitaBasis', { base: baseText, populations: populationsText(reportingLocalities, lang) }));
  const citations = perCapitaBase ? populationCitations(reportingLocalities, lang) : [];
  const allFigures = [...panels.flatMap((p) => p.bars.flatMap((b) => [b, ...b.parts])), ...outside];
  const sources = [...new Map(allFigures.flatMap((f) => {
    const source = lookup.sourcesById.get(f.observation.sourceId);
    return source ? [[source.id, source] as const] : [];
  })).values()];
  const model = {
    metric, lang, title, subtitle, axisTitle, verdict, caveats, panels, outside, notReported, footnotes, perCapitaBase,
    perYearOffered, perYear: perYearOn, sources, populationCitations: citations, textAlternative: '',
  };
  return { ...model, textAlternative: cardTextAlternative(model) };
}

/** The card as plain text: title, verdict, every bar with its marks, the figures set apart, the footnotes. */
export function cardTextAlternative(model: Omit<CardModel, 'textAlternative'>): string {
  const { lang } = model;
  const colon = lang === 'zh' ? '：' : ': ';
  const end = lang === 'zh' ? '。' : '. ';
  const sep = lang === 'zh' ? '；' : '; ';
  const parts = [`${model.title}${end}${model.verdict.word}${colon}${model.verdict.reason}${end}`];
  for (const panel of model.panels) {
    const bars = panel.bars.map(
      (bar) => `${bar.label}${colon}${bar.valueLabel}${bar.marks.map(markText).join('')}${bar.parts.map((p) => ` (${p.label}${colon}${p.valueLabel})`).join('')}`,
    );
    parts.push(`${panel.caption ? `${panel.caption}${colon}` : ''}${bars.join(sep)}${end}`);
  }
  if (model.outside.length > 0) {
    parts.push(`${cardText(lang, 'outsideTitle')}${colon}${model.outside.map((f) => `${f.label}${colon}${f.valueLabel} (${f.reason})`).join(sep)}${end}`);
  }
  for (const caveat of model.caveats) parts.push(`${markText(caveat.mark)} ${caveat.text}${end}`);
  for (const line of model.footnotes) parts.push(`${line}${end}`);
  return parts.join('').trim();
}
