// The catalogue as the pipeline uses it: program areas, metrics with compiled matching rules, scopes.
import type { MeasureWord, Metric, ProgramArea, Scope } from '../src/schema/dataset.ts';

export interface MatchRule {
  near: RegExp;
  sentence: RegExp | null;
  not: RegExp | null;
  /** Measure words accepted, as written in the text. */
  units: readonly string[];
}

export interface CatalogueMetric extends Metric {
  rules: readonly MatchRule[];
}

export interface CatalogueScope extends Scope {
  pattern: RegExp;
}

export interface Catalogue {
  programAreas: readonly ProgramArea[];
  measureWords: readonly MeasureWord[];
  metrics: readonly CatalogueMetric[];
  scopes: readonly CatalogueScope[];
  planPattern: RegExp;
}

/** Measure words that name the same thing: 名 and 位 count people like 人. */
export function baseUnit(unit: string): string {
  return unit === '名' || unit === '位' ? '人' : unit;
}
