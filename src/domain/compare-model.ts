// Pure: two places side by side. Every metric either reports, by program area: the ones both report first, each
// from its card model (comparable groups, verdict, figures set apart), with the differences said in words; then
// the ones only a reports, then only b. Comparability is the card model's, never decided again here.
import type { Locality, Metric, Observation, ProgramArea } from '@/schema/dataset';
import { ALL_WORKERS, LEVEL_LABELS, MEASURE_LABELS, MEASURE_UNSETTLED, NO_LEVEL } from '@/schema/dimension-labels';
import { buildCard, type CardFigure, type CardModel } from '@/domain/card-model';
import { compareText } from '@/domain/compare-messages';
import type { ObservationsByLocality } from '@/domain/comparison';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { formatCount, formatPopulation } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';

export type Side = 'a' | 'b';

export interface CompareInput {
  a: Locality;
  b: Locality;
  observations: ObservationsByLocality;
  lookup: DatasetLookup;
  lang: Lang;
  perCapita: boolean;
  /** Program areas to show; null: all. */
  areaIds: readonly string[] | null;
}

/** One figure as the comparison shows it. */
export interface CompareFigure {
  observation: Observation;
  /** Value with qualifier and unit as the card shows it: "2200余个", "2,200+ items (plan)". */
  valueLabel: string;
  periodLabel: string;
  /** What tells it from the place's other figures of the metric (省级, 春节慰问); null when alone. */
  distinction: string | null;
  /** Figures inside this one (其中 …). */
  parts: CompareFigure[];
}

/** A comparable group of the metric: the figures of each place in it (one side may be empty). */
export interface CompareGroup {
  /** What sets the group apart (省级 · 当期); null when the metric has one group. */
  caption: string | null;
  a: CompareFigure[];
  b: CompareFigure[];
}

export interface SetApartFigure extends CompareFigure {
  side: Side;
  /** Why it is not compared with the main group, from the card model. */
  reason: string;
}

export interface SharedRow {
  kind: 'shared';
  metric: Metric;
  verdict: CardModel['verdict'];
  groups: CompareGroup[];
  setApart: SetApartFigure[];
  /** Differences in period, level, group counted and measure, in words; "same …" when there are none. */
  differences: string[];
}

export interface OneSidedRow {
  kind: 'one-sided';
  side: Side;
  metric: Metric;
  /** "仅常山报告". */
  label: string;
  figures: CompareFigure[];
}

export type CompareRow = SharedRow | OneSidedRow;

export interface CompareArea {
  area: ProgramArea;
  rows: CompareRow[];
}

/** Metrics both places report, or one of them only; each by program area. */
export interface CompareSection {
  kind: 'shared' | 'only-a' | 'only-b';
  /** "两地都报告" / "仅常山报告". */
  title: string;
  count: number;
  areas: CompareArea[];
}

export interface CompareModel {
  a: Locality;
  b: Locality;
  /** That the two places are not of one administrative level, said once; null when they are. */
  levelNote: string | null;
  /** Both resident populations. */
  populationNote: string;
  /** Shared metrics first, then a's own, then b's own; a section with no metric is left out. */
  sections: CompareSection[];
  /** Figures not matched to any metric, which a metric-by-metric comparison cannot show; null when none. */
  unclassifiedNote: string | null;
}

function compareFigure(figure: CardFigure, lang: Lang, parts: readonly CardFigure[] = []): CompareFigure {
  const { observation } = figure;
  return {
    observation,
    valueLabel: figure.valueLabel,
    periodLabel: figure.periodLabel,
    distinction: observation.distinction ? pick(observation.distinction, lang) : null,
    parts: parts.map((part) => compareFigure(part, lang)),
  };
}

const unique = <T,>(items: readonly T[]) => [...new Set(items)];

/**
 * The differences between the two places' figures of one metric, each in words: periods, the places'
 * administrative levels, the level of what is counted, the group counted, the measure, plans.
 */
export function differencesInWords(a: Locality, b: Locality, figures: { a: readonly CompareFigure[]; b: readonly CompareFigure[] }, lookup: DatasetLookup, lang: Lang): string[] {
  const nameSep = lang === 'zh' ? '、' : ', ';
  const sideSep = lang === 'zh' ? '；' : '; ';
  const name = (l: Locality) => pick(l.shortName, lang);
  const side = (l: Locality, values: readonly string[]) => `${name(l)}${lang === 'zh' ? ' ' : ': '}${values.join(nameSep)}`;
  const differing = (read: (f: CompareFigure) => string) => {
    const own = { a: unique(figures.a.map(read)), b: unique(figures.b.map(read)) };
    // The same set in another reading order is no difference.
    if (own.a.toSorted().join('|') === own.b.toSorted().join('|')) return null;
    return `${side(a, own.a)}${sideSep}${side(b, own.b)}`;
  };
  const populations = new Map(lookup.index.populations.map((p) => [p.id, p.label]));
  const out: string[] = [];
  const periods = differing((f) => f.periodLabel);
  if (periods) out.push(compareText(lang, 'differPeriod', { list: periods }));
  if (a.levelRank !== b.levelRank) {
    const placeLevel = (l: Locality) => (lang === 'zh' ? `${l.name.zh}为${l.level.zh}` : `${l.name.en} is a ${l.level.en}`);
    out.push(compareText(lang, 'differLocalityLevel', { a: placeLevel(a), b: placeLevel(b) }));
  }
  const levels = differing((f) => pick(f.observation.level ? LEVEL_LABELS[f.observation.level] : NO_LEVEL, lang));
  if (levels) out.push(compareText(lang, 'differLevel', { list: levels }));
  const groups = differing((f) => pick((f.observation.populationId ? populations.get(f.observation.populationId) : undefined) ?? ALL_WORKERS, lang));
  if (groups) out.push(compareText(lang, 'differPopulation', { list: groups }));
  const measures = differing((f) => pick(f.observation.measure ? MEASURE_LABELS[f.observation.measure] : MEASURE_UNSETTLED, lang));
  if (measures) out.push(compareText(lang, 'differMeasure', { list: measures }));
  const plans = (own: readonly CompareFigure[]) => own.some((f) => f.observation.kind === 'plan');
  const planners = [...(plans(figures.a) ? [a] : []), ...(plans(figures.b) ? [b] : [])];
  if (planners.length > 0) out.push(compareText(lang, 'plans', { names: planners.map(name).join(nameSep) }));
  return out.length > 0 ? out : [compareText(lang, 'noDifference')];
}

const ofSide = <T extends CardFigure>(figures: readonly T[], locality: Locality) => figures.filter((f) => f.locality.id === locality.id);

function sharedRow(card: CardModel, a: Locality, b: Locality, lookup: DatasetLookup, lang: Lang): SharedRow {
  const groups = card.panels.map((panel) => {
    const figures = (locality: Locality) => ofSide(panel.bars, locality).map((bar) => compareFigure(bar, lang, bar.parts));
    return { caption: panel.caption, a: figures(a), b: figures(b) };
  });
  const setApart = card.outside.map((figure) => ({
    ...compareFigure(figure, lang),
    side: figure.locality.id === a.id ? ('a' as const) : ('b' as const),
    reason: figure.reason,
  }));
  const all = (side: Side) => [...groups.flatMap((g) => g[side]), ...setApart.filter((f) => f.side === side)];
  return { kind: 'shared', metric: card.metric, verdict: card.verdict, groups, setApart, differences: differencesInWords(a, b, { a: all('a'), b: all('b') }, lookup, lang) };
}

function oneSidedRow(card: CardModel, side: Side, locality: Locality, lang: Lang): OneSidedRow {
  const figures = card.panels.flatMap((panel) => panel.bars.map((bar) => compareFigure(bar, lang, bar.parts)));
  return { kind: 'one-sided', side, metric: card.metric, label: compareText(lang, 'onlyOne', { name: pick(locality.shortName, lang) }), figures };
}

/** That the places' administrative levels differ, or null. */
function levelNote(a: Locality, b: Locality, lang: Lang): string | null {
  if (a.levelRank === b.levelRank) return null;
  const name = (l: Locality) => pick(l.name, lang);
  return compareText(lang, 'localityLevels', { a: name(a), aLevel: pick(a.level, lang), b: name(b), bLevel: pick(b.level, lang) });
}

/** The comparison of `a` and `b`: every metric either reports, grouped by program area. */
export function buildComparison(input: CompareInput): CompareModel {
  const { a, b, observations, lookup, lang, perCapita, areaIds } = input;
  const reported = (locality: Locality) => new Set((observations.get(locality.id) ?? []).flatMap((o) => (o.metricId ? [o.metricId] : [])));
  const byA = reported(a);
  const byB = reported(b);
  const card = (metric: Metric) => buildCard({ metric, localities: [a, b], observations, lookup, lang, perCapita, sort: 'locality' });
  const areas = lookup.areas.filter((area) => areaIds === null || areaIds.includes(area.id));
  const section = (kind: CompareSection['kind'], title: string, wanted: (metric: Metric) => boolean, row: (metric: Metric) => CompareRow): CompareSection => {
    const byArea = areas.flatMap((area) => {
      const rows = lookup.index.metrics.filter((m) => m.programAreaId === area.id && wanted(m)).map(row);
      return rows.length > 0 ? [{ area, rows }] : [];
    });
    return { kind, title, count: byArea.reduce((n, group) => n + group.rows.length, 0), areas: byArea };
  };
  const sections = [
    section('shared', compareText(lang, 'both'), (m) => byA.has(m.id) && byB.has(m.id), (m) => sharedRow(card(m), a, b, lookup, lang)),
    section('only-a', compareText(lang, 'onlyOne', { name: pick(a.shortName, lang) }), (m) => byA.has(m.id) && !byB.has(m.id), (m) => oneSidedRow(card(m), 'a', a, lang)),
    section('only-b', compareText(lang, 'onlyOne', { name: pick(b.shortName, lang) }), (m) => byB.has(m.id) && !byA.has(m.id), (m) => oneSidedRow(card(m), 'b', b, lang)),
  ].filter((s) => s.count > 0);
  const unclassified = [a, b].flatMap((l) => {
    const n = (observations.get(l.id) ?? []).filter((o) => o.metricId === null).length;
    return n > 0 ? [lang === 'zh' ? `${pick(l.shortName, lang)} ${formatCount(n, lang)} 个` : `${pick(l.shortName, lang)}: ${formatCount(n, lang)}`] : [];
  });
  const unclassifiedNote = unclassified.length > 0 ? compareText(lang, 'unclassified', { list: unclassified.join(lang === 'zh' ? '，' : ', ') }) : null;
  const populationNote = compareText(lang, 'populations', {
    a: pick(a.name, lang),
    aPopulation: formatPopulation(a.population.value, lang),
    b: pick(b.name, lang),
    bPopulation: formatPopulation(b.population.value, lang),
  });
  return { a, b, levelNote: levelNote(a, b, lang), populationNote, sections, unclassifiedNote };
}
