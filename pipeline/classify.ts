// Step 5: match a figure to a metric of the catalogue by its words, and label figures no metric matched.
import type { LocalizedText } from '../src/schema/dataset.ts';
import type { Catalogue, CatalogueMetric, MatchRule, PatternLabel } from './catalogue.ts';
import { itemOf } from './dimensions.ts';
import { anyOf } from './regex-matches.ts';

export interface FigureContext {
  /** Words before the figure in its clause, back to the previous figure. */
  before: string;
  /** Words after the figure in its clause, up to the next figure. */
  after: string;
  /** Words before the figure back to the start of its clause, whatever figures stand between. */
  clauseBefore: string;
  sentence: string;
  /** The sentence up to the figure. */
  sentenceBefore: string;
  /** The part of the sentence between semicolons that holds the figure. */
  segment: string;
  /** The measure word as written. */
  unit: string;
  /** itemOf(context), kept by itemOf once made: several steps read it. */
  item?: string;
}

/** The joint the `near` rules see: what stands before the figure, 〔〕, what stands after it. */
export const joinContext = (context: FigureContext) => `${context.before}〔〕${context.after}`;

interface UnitRules {
  /** In catalogue order: metric by metric, rule by rule. */
  rules: ReadonlyArray<{ metric: CatalogueMetric; rule: MatchRule }>;
  /** Matches wherever one of the rules' `near` patterns matches: one scan that rules most figures out. */
  anyNear: RegExp | null;
}
const rulesByUnit = new WeakMap<Catalogue, ReadonlyMap<string, UnitRules>>();

/** The rules that accept each measure word; made once per catalogue. */
function unitRules(catalogue: Catalogue): ReadonlyMap<string, UnitRules> {
  let byUnit = rulesByUnit.get(catalogue);
  if (!byUnit) {
    const rules = new Map<string, Array<{ metric: CatalogueMetric; rule: MatchRule }>>();
    for (const metric of catalogue.metrics) {
      for (const rule of metric.rules) {
        for (const unit of new Set(rule.units)) {
          if (!rules.has(unit)) rules.set(unit, []);
          rules.get(unit)!.push({ metric, rule });
        }
      }
    }
    byUnit = new Map([...rules].map(([unit, list]) => [unit, { rules: list, anyNear: anyOf(list.map(({ rule }) => rule.near)) }]));
    rulesByUnit.set(catalogue, byUnit);
  }
  return byUnit;
}

/** The first metric whose rule fits the figure, or null. */
export function classify(context: FigureContext, catalogue: Catalogue): CatalogueMetric | null {
  const candidates = unitRules(catalogue).get(context.unit);
  if (candidates === undefined) return null;
  const near = joinContext(context);
  if (candidates.anyNear !== null && !candidates.anyNear.test(near)) return null;
  for (const { metric, rule } of candidates.rules) {
    if (!rule.near.test(near)) continue;
    if (rule.sentence && !rule.sentence.test(context.sentence)) continue;
    if (rule.not?.test(near)) continue;
    return metric;
  }
  return null;
}

const LEVEL_OR_JOINT_ONLY = /^[、和及与]?\s*(国家|全国|自治区|省|市|县|区|镇|乡)?级?$/;

/** 省级2家、市级3家: a figure whose own words are only a level or a list joint continues the previous one. */
export function continuesList(before: string): boolean {
  return LEVEL_OR_JOINT_ONLY.test(before.trim());
}

/** The English of an unclassified figure's label until the catalogue or an override gives one. */
export const UNTRANSLATED_LABEL = 'Other figure (label in Chinese only)';

/**
 * The first label whose pattern fits the figure's own words; with `orSegment`, else the first that fits its part
 * of the sentence (春节期间…慰问农民工300人次,发放慰问金…6万元: 春节 names the 6万元 too).
 */
export function labelFor(context: FigureContext, labels: readonly PatternLabel[], orSegment = false): LocalizedText | null {
  const near = itemOf(context);
  const own = labels.find((l) => l.pattern.test(near))?.label ?? null;
  return own ?? (orSegment ? (labels.find((l) => l.pattern.test(context.segment))?.label ?? null) : null);
}

const LEAD_WORDS = /^(其中|同时|此外|另外|共计|共|累计|先后|全年|今年以来|今年|去年|目前|截至目前|已|还|并|为|对|在|全市|全县|全区)+/;

const JOINTS_AT_ENDS = /^[、,,和及与\s]+|[、,,\s]+$/g;
const SPACES = /\s+/g;
const TITLE_AFTER = /^([\u4e00-\u9fff]{1,4}?)为“([^”]+)”/;
const NOUN_AFTER = /^[\u4e00-\u9fff“]{2}/;
const clean = (s: string) => s.replace(JOINTS_AT_ENDS, '').replace(SPACES, '');
const shorten = (s: string, fromEnd: boolean) => (s.length <= 18 ? s : fromEnd ? `…${s.slice(-17)}` : `${s.slice(0, 17)}…`);

/** A short label for an unclassified figure: the noun after it (48位劳模…), else the words before it. */
export function unclassifiedLabel(context: FigureContext): string {
  // The counted noun follows the figure (48位劳模); a list joint (、电影票) starts the next item instead.
  const after = clean(context.after);
  // 10个单位为“…优秀工会组织”荣誉称号: the title says what was counted.
  const title = TITLE_AFTER.exec(after);
  if (title) return shorten(`${title[2]}(${title[1]})`, true);
  if (NOUN_AFTER.test(context.after.trim())) return shorten(after, false);
  const before = clean(context.before).replace(LEAD_WORDS, '');
  if (before.length >= 2) return shorten(before, true);
  return shorten(clean(context.clauseBefore) || clean(context.sentence), true);
}
