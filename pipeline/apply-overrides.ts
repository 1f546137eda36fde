// Step 6a: apply the reviewed overrides; an override that matches no figure, or several, is an error.
import type { Mention, Observation } from '../src/schema/dataset.ts';
import type { Catalogue } from './catalogue.ts';
import type { OverrideInput } from './input-schemas.ts';
import { PipelineError } from './pipeline-error.ts';

export interface SourceFigures {
  observations: Observation[];
  mentions: Mention[];
}

/** Applies `overrides` in place to the figures of each source. `where(i)` names the file and line of override i. */
export function applyOverrides(
  overrides: readonly OverrideInput[],
  bySource: ReadonlyMap<string, SourceFigures>,
  catalogue: Catalogue,
  where: (index: number) => { file: string; line: number | null },
): void {
  overrides.forEach((override, index) => {
    const fail = (problem: string): never => {
      const { file, line } = where(index);
      throw new PipelineError(file, problem, line);
    };
    const figures = bySource.get(override.source) ?? fail(`override names an unknown source "${override.source}"`);
    const matches = figures.observations.filter((o) => o.originalText === override.figure && o.quote.includes(override.context));
    if (matches.length === 0) fail(`override matches no figure: "${override.figure}" in a sentence with "${override.context}" (source ${override.source})`);
    if (matches.length > 1) fail(`override matches ${matches.length} figures: give more context for "${override.figure}"`);
    const observation = matches[0]!;
    if (override.action === 'exclude') {
      figures.observations.splice(figures.observations.indexOf(observation), 1);
      const mention = figures.mentions.find((m) => m.observationId === observation.id);
      if (mention) Object.assign(mention, { status: 'rejected', reason: 'excluded_by_review', observationId: null });
      return;
    }
    if (override.action === 'correct') {
      const set = override.set ?? fail('a "correct" override needs a "set" with the corrected fields');
      if (set.metric !== undefined) {
        if (set.metric === null) {
          observation.metricId = null;
          observation.programAreaId = null;
        } else {
          const metric = catalogue.metrics.find((m) => m.id === set.metric) ?? fail(`override names an unknown metric "${set.metric}"`);
          Object.assign(observation, { metricId: metric.id, label: metric.label, programAreaId: metric.programAreaId });
        }
      }
      if (set.scope !== undefined) {
        if (set.scope !== null && !catalogue.scopes.some((s) => s.id === set.scope)) fail(`override names an unknown scope "${set.scope}"`);
        observation.scopeId = set.scope;
      }
      if (set.value !== undefined) observation.value = set.value;
      if (set.qualifier !== undefined) observation.qualifier = set.qualifier;
      if (set.kind !== undefined) observation.kind = set.kind;
    }
    observation.review = { status: override.action === 'confirm' ? 'confirmed' : 'corrected', reason: override.reason };
  });
}
