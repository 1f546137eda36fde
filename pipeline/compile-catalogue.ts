// Turns the catalogue file into the Catalogue the pipeline matches with, checking every reference.
import { baseUnit, type Catalogue } from './catalogue.ts';
import type { CatalogueInput } from './input-schemas.ts';
import { foldWidth } from './normalize-text.ts';
import { lineOf } from './parse-yaml.ts';
import { PipelineError } from './pipeline-error.ts';

function assertUnique(ids: readonly string[], file: string, text: string, listKey: string, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw new PipelineError(file, `two ${what} have the id "${id}"`, lineOf(text, [listKey, index, 'id']));
    seen.add(id);
  });
}

/** 人 beside 人次, or 元 or % beside anything else: measure words one metric may never mix. */
function unitClash(units: readonly string[]): string | null {
  const base = new Set(units.map(baseUnit));
  if (base.has('人') && base.has('人次')) return '人 and 人次';
  for (const alone of ['元', '%']) if (base.has(alone) && base.size > 1) return `${alone} beside ${[...base].filter((u) => u !== alone).join('、')}`;
  return null;
}

// Patterns may be written with full-width punctuation; the text they match is folded to ASCII (normalize-text.ts),
// so they are folded too, full-width signs that are regex syntax in ASCII (（）？．＋) as escaped literals.
const SYNTAX: Record<string, string> = { '（': '\\(', '）': '\\)', '？': '\\?', '．': '\\.', '＋': '\\+' };
export const foldPattern = (source: string) => foldWidth(source.replace(/[（）？．＋]/g, (ch) => SYNTAX[ch]!));
const pattern = (source: string) => new RegExp(foldPattern(source));
const patternLabels = (labels: ReadonlyArray<{ pattern: string; label: { zh: string; en: string } }>) =>
  labels.map((l) => ({ pattern: pattern(l.pattern), label: l.label }));

/** Checks ids and references of the parsed catalogue and compiles its rules. */
export function compileCatalogue(input: CatalogueInput, file: string, text: string): Catalogue {
  assertUnique(input.programAreas.map((a) => a.id), file, text, 'programAreas', 'program areas');
  assertUnique(input.metrics.map((m) => m.id), file, text, 'metrics', 'metrics');
  assertUnique(input.populations.map((s) => s.id), file, text, 'populations', 'populations');
  const areaIds = new Set(input.programAreas.map((a) => a.id));
  input.metrics.forEach((metric, index) => {
    if (!areaIds.has(metric.area)) {
      throw new PipelineError(file, `metric "${metric.id}" names an unknown program area "${metric.area}"`, lineOf(text, ['metrics', index, 'area']));
    }
    const mixed = unitClash(metric.match.flatMap((rule) => rule.units));
    if (mixed) throw new PipelineError(file, `metric "${metric.id}" accepts ${mixed}: they are never one measure, so give each a metric of its own`, lineOf(text, ['metrics', index, 'match']));
  });
  return {
    programAreas: input.programAreas.map((area, order) => ({ ...area, order })),
    measureWords: Object.entries(input.measureWords).map(([unit, label]) => ({ unit, label })),
    populations: input.populations.map((p) => ({ id: p.id, label: p.label, terms: pattern(p.terms) })),
    planPattern: pattern(input.planPattern),
    setPhrases: input.setPhrases.map(foldWidth),
    figureLabels: patternLabels(input.figureLabels),
    metrics: input.metrics.map((metric) => ({
      id: metric.id,
      label: metric.label,
      programAreaId: metric.area,
      type: metric.type,
      unit: metric.unit,
      unitLabel: metric.unitLabel,
      units: [...new Set([metric.unit, ...metric.match.flatMap((rule) => rule.units.map(baseUnit))])],
      rules: metric.match.map((rule) => ({
        near: pattern(rule.near),
        sentence: rule.sentence ? pattern(rule.sentence) : null,
        not: rule.not ? pattern(rule.not) : null,
        units: rule.units,
      })),
      variants: patternLabels(metric.variants),
    })),
  };
}
