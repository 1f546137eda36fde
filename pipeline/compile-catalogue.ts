// Turns the catalogue file into the Catalogue the pipeline matches with, checking every reference.
import type { Catalogue } from './catalogue.ts';
import type { CatalogueInput } from './input-schemas.ts';
import { lineOf } from './parse-yaml.ts';
import { PipelineError } from './pipeline-error.ts';

function assertUnique(ids: readonly string[], file: string, text: string, listKey: string, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw new PipelineError(file, `two ${what} have the id "${id}"`, lineOf(text, [listKey, index, 'id']));
    seen.add(id);
  });
}

/** Checks ids and references of the parsed catalogue and compiles its rules. */
export function compileCatalogue(input: CatalogueInput, file: string, text: string): Catalogue {
  assertUnique(input.programAreas.map((a) => a.id), file, text, 'programAreas', 'program areas');
  assertUnique(input.metrics.map((m) => m.id), file, text, 'metrics', 'metrics');
  assertUnique(input.scopes.map((s) => s.id), file, text, 'scopes', 'scopes');
  const areaIds = new Set(input.programAreas.map((a) => a.id));
  input.metrics.forEach((metric, index) => {
    if (!areaIds.has(metric.area)) {
      throw new PipelineError(file, `metric "${metric.id}" names an unknown program area "${metric.area}"`, lineOf(text, ['metrics', index, 'area']));
    }
  });
  return {
    programAreas: input.programAreas.map((area, order) => ({ ...area, order })),
    measureWords: Object.entries(input.measureWords).map(([unit, label]) => ({ unit, label })),
    scopes: input.scopes.map((scope) => ({ id: scope.id, label: scope.label, pattern: new RegExp(scope.pattern) })),
    planPattern: new RegExp(input.planPattern),
    metrics: input.metrics.map((metric) => ({
      id: metric.id,
      label: metric.label,
      programAreaId: metric.area,
      type: metric.type,
      unit: metric.unit,
      unitLabel: metric.unitLabel,
      rules: metric.match.map((rule) => ({
        near: new RegExp(rule.near),
        sentence: rule.sentence ? new RegExp(rule.sentence) : null,
        not: rule.not ? new RegExp(rule.not) : null,
        units: rule.units,
      })),
    })),
  };
}
