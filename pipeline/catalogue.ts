// The catalogue as the pipeline uses it: program areas, metrics with compiled matching rules, populations.
import type { LocalizedText, MeasureWord, Metric, Population, ProgramArea } from '../src/schema/dataset.ts';

export interface MatchRule {
  near: RegExp;
  sentence: RegExp | null;
  not: RegExp | null;
  /** Measure words accepted, as written in the text. */
  units: readonly string[];
}

/** A label for figures whose words match `pattern`: a metric's variant, or an unclassified figure's label. */
export interface PatternLabel {
  pattern: RegExp;
  label: LocalizedText;
}

export interface CatalogueMetric extends Metric {
  rules: readonly MatchRule[];
  /** Tell one locality's figures of this metric apart (春节慰问, 高速出口爱心驿站 …). */
  variants: readonly PatternLabel[];
}

export interface CataloguePopulation extends Population {
  /** The words that name the population in a figure's own words. */
  terms: RegExp;
}

export interface Catalogue {
  programAreas: readonly ProgramArea[];
  measureWords: readonly MeasureWord[];
  metrics: readonly CatalogueMetric[];
  populations: readonly CataloguePopulation[];
  planPattern: RegExp;
  /** Reviewed set phrases whose numerals are not figures: 一家人, 两个先行, 一次办 … */
  setPhrases: readonly string[];
  /** Labels (with English) for unclassified figures, matched on the figure's own words. */
  figureLabels: readonly PatternLabel[];
}

/** Measure words that name the same thing: 名 and 位 count people like 人. */
export function baseUnit(unit: string): string {
  return unit === '名' || unit === '位' ? '人' : unit;
}
