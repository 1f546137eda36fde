// Step 6a: apply the reviewed overrides; an override that matches no figure, or several, is an error.
import type { Mention, Observation } from '../src/schema/dataset.ts';
import type { Catalogue } from './catalogue.ts';
import type { OverrideInput } from './input-schemas.ts';
import { foldWidth } from './normalize-text.ts';
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
    const find = ({ figure, context }: { figure: string; context: string }) => {
      // Compared folded, so that an override written with ASCII punctuation matches a full-width article.
      const matches = figures.observations.filter((o) => foldWidth(o.originalText) === foldWidth(figure) && foldWidth(o.quote).includes(foldWidth(context)));
      if (matches.length === 0) fail(`override matches no figure: "${figure}" in a sentence with "${context}" (source ${override.source})`);
      if (matches.length > 1) fail(`override matches ${matches.length} figures: give more context for "${figure}"`);
      return matches[0]!;
    };
    const observation = find(override);
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
      if (set.population !== undefined) {
        if (set.population !== null && !catalogue.populations.some((p) => p.id === set.population)) fail(`override names an unknown population "${set.population}"`);
        observation.populationId = set.population;
      }
      if (set.partOf !== undefined) {
        const whole = set.partOf === null ? null : find(set.partOf);
        if (whole === observation) fail(`a figure cannot be part of itself ("${override.figure}")`);
        observation.partOfId = whole?.id ?? null;
      }
      if (set.value !== undefined) observation.value = set.value;
      if (set.qualifier !== undefined) observation.qualifier = set.qualifier;
      if (set.kind !== undefined) observation.kind = set.kind;
      if (set.level !== undefined) observation.level = set.level;
      if (set.measure !== undefined) observation.measure = set.measure;
      if (set.label !== undefined) observation.label = set.label;
    }
    observation.review = { status: override.action === 'confirm' ? 'confirmed' : 'corrected', reason: override.reason };
  });
}
