// What a card must say about its bars: one caveat per kind of difference, numbered, with the bars it concerns
// marked; why a figure is set apart; and the card's verdict (可比 / 部分可比 / 仅供参考) with its reason.
import type { Locality, Observation } from '@/schema/dataset';
import { ALL_WORKERS, LEVEL_LABELS, MEASURE_LABELS, MEASURE_UNSETTLED, NO_LEVEL } from '@/schema/dimension-labels';
import { cardText, markText, type CardMessageKey } from '@/domain/card-messages';
import type { ObservationsByLocality } from '@/domain/comparison';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { figureValueText } from '@/domain/figure-text';
import { pick, shortList, type Lang } from '@/lib/i18n';

export type Verdict = 'comparable' | 'partly' | 'reference';
export type CaveatKind = 'periods' | 'levels' | 'plans' | 'partOf' | 'parts';

export interface Caveat {
  mark: number;
  kind: CaveatKind;
  text: string;
}

/** The part of a bar the caveats read and mark. */
interface MarkableBar {
  observation: Observation;
  locality: Locality;
  periodLabel: string;
  valueLabel: string;
  marks: number[];
  parts: readonly unknown[];
}

function modal<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

const listSep = (lang: Lang) => (lang === 'zh' ? '；' : '; ');
const nameSep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');
const unique = <T,>(items: readonly T[]) => [...new Set(items)];

/** Numbers the caveats of the card's panels and marks each bar they concern. */
export function cardCaveats(panels: ReadonlyArray<{ bars: MarkableBar[] }>, observations: ObservationsByLocality, lookup: DatasetLookup, lang: Lang): Caveat[] {
  const caveats: Caveat[] = [];
  const add = (kind: CaveatKind, text: string, bars: readonly MarkableBar[]) => {
    if (bars.length === 0) return;
    const mark = caveats.length + 1;
    caveats.push({ mark, kind, text });
    for (const bar of bars) bar.marks.push(mark);
  };
  const compared = panels.filter((panel) => panel.bars.length > 1);

  const periodOdd: MarkableBar[] = [];
  const periodLines: string[] = [];
  for (const panel of compared) {
    const periods = panel.bars.map((bar) => bar.periodLabel);
    if (new Set(periods).size < 2) continue;
    const usual = modal(periods);
    periodOdd.push(...panel.bars.filter((_, index) => periods[index] !== usual));
    for (const period of unique(periods)) {
      const names = unique(panel.bars.filter((_, index) => periods[index] === period).map((bar) => pick(bar.locality.shortName, lang)));
      periodLines.push(`${period}${lang === 'zh' ? '：' : ': '}${shortList(names, lang, nameSep(lang))}`);
    }
  }
  add('periods', cardText(lang, 'caveatPeriods', { list: shortList(unique(periodLines), lang, listSep(lang)) }), periodOdd);

  const levelOdd: MarkableBar[] = [];
  let usualLevel = '';
  for (const panel of compared) {
    const ranks = panel.bars.map((bar) => bar.locality.levelRank);
    if (new Set(ranks).size < 2) continue;
    const usual = modal(ranks);
    const odd = panel.bars.filter((bar) => bar.locality.levelRank !== usual);
    levelOdd.push(...odd);
    const usualLocality = panel.bars.find((bar) => bar.locality.levelRank === usual)!.locality;
    usualLevel = usual === 3 ? (lang === 'zh' ? '县级单位' : 'county-level divisions') : pick(usualLocality.level, lang);
  }
  const oddNames = unique(levelOdd.map((bar) => (lang === 'zh' ? `${bar.locality.name.zh}（${bar.locality.level.zh}）` : `${bar.locality.name.en}, a ${bar.locality.level.en}`)));
  add('levels', cardText(lang, 'caveatLevels', { list: shortList(oddNames, lang, listSep(lang)), usual: usualLevel }), levelOdd);

  const all = panels.flatMap((panel) => panel.bars);
  add('plans', cardText(lang, 'caveatPlans'), all.filter((bar) => bar.observation.kind === 'plan'));

  const onCard = new Set(all.map((bar) => bar.observation.id));
  for (const bar of all) {
    const wholeId = bar.observation.partOfId;
    if (wholeId === null || onCard.has(wholeId)) continue;
    const whole = (observations.get(bar.locality.id) ?? []).find((o) => o.id === wholeId);
    if (!whole) continue;
    const wholeMetric = whole.metricId ? lookup.metricsById.get(whole.metricId) : undefined;
    const label = `${pick(bar.locality.shortName, lang)} ${bar.valueLabel}`;
    const value = figureValueText(whole, wholeMetric, bar.locality, lookup.unitLabels, lang, false);
    add('partOf', cardText(lang, 'caveatPartOf', { label, whole: pick(wholeMetric?.label ?? whole.label, lang), value }), [bar]);
  }
  add('parts', cardText(lang, 'caveatParts'), all.filter((bar) => bar.parts.length > 0));
  return caveats;
}

const levelName = (o: Observation, lang: Lang) => pick(o.level ? LEVEL_LABELS[o.level] : NO_LEVEL, lang);
const measureName = (o: Observation, lang: Lang) => pick(o.measure ? MEASURE_LABELS[o.measure] : MEASURE_UNSETTLED, lang);
function populationName(o: Observation, lookup: DatasetLookup, lang: Lang): string {
  const population = lookup.index.populations.find((p) => p.id === o.populationId);
  return pick(population?.label ?? ALL_WORKERS, lang);
}

/** Why `o` is not on the axis of the main chart, whose figures are like `main`. */
export function outsideReason(o: Observation, main: Observation, lookup: DatasetLookup, lang: Lang): string {
  const reasons: string[] = [];
  if (o.level !== main.level) reasons.push(cardText(lang, 'reasonLevel', { value: levelName(o, lang), main: levelName(main, lang) }));
  if (o.populationId !== main.populationId) {
    reasons.push(cardText(lang, 'reasonPopulation', { value: populationName(o, lookup, lang), main: populationName(main, lookup, lang) }));
  }
  if (o.measure !== main.measure) reasons.push(cardText(lang, 'reasonMeasure', { value: measureName(o, lang), main: measureName(main, lang) }));
  if (o.kind !== main.kind && o.kind === 'plan') reasons.push(cardText(lang, 'reasonPlan'));
  return reasons.join(listSep(lang));
}

/** The caveats that make a comparison partial; a part drawn inside its whole does not. */
const WHY: Partial<Record<CaveatKind, CardMessageKey>> = { periods: 'whyPeriods', levels: 'whyLevels', plans: 'whyPlans', partOf: 'whyPartOf' };

/** 可比 when one group holds every figure and nothing differs; 仅供参考 when no two localities are alike. */
export function verdictOf(hasComparable: boolean, panelCount: number, outsideCount: number, caveats: readonly Caveat[], lang: Lang): { kind: Verdict; word: string; reason: string } {
  if (!hasComparable) return { kind: 'reference', word: cardText(lang, 'reference'), reason: cardText(lang, 'referenceWhy') };
  const reasons = caveats.flatMap((caveat) => {
    const key = WHY[caveat.kind];
    return key ? [`${cardText(lang, key)}${markText(caveat.mark)}`] : [];
  });
  if (panelCount > 1) reasons.push(cardText(lang, 'whyPanels', { n: panelCount - 1 }));
  if (outsideCount > 0) reasons.push(cardText(lang, 'whyOutside', { n: outsideCount }));
  if (reasons.length === 0) return { kind: 'comparable', word: cardText(lang, 'comparable'), reason: cardText(lang, 'comparableWhy') };
  return { kind: 'partly', word: cardText(lang, 'partly'), reason: reasons.join(nameSep(lang)) };
}
