// How one figure reads on screen: qualified number, unit, per-capita suffix, plan and scope marks.
import type { Locality, Metric, Observation, Scope } from '@/schema/dataset';
import { formatFigure, formatQualified, withUnit, type Lang } from '@/lib/format';
import { pick, t } from '@/lib/i18n';
import { displayValue } from '@/lib/per-capita';

/** Unit labels by base unit, taken from the metric catalogue (for unclassified figures too). */
export function unitLabels(metrics: readonly Metric[]): Map<string, Metric['unitLabel']> {
  const labels = new Map<string, Metric['unitLabel']>();
  for (const metric of metrics) if (!labels.has(metric.unit)) labels.set(metric.unit, metric.unitLabel);
  return labels;
}

/** The unit of a figure in the reader's language; the Chinese unit when no English one is known. */
export function unitText(
  unit: string,
  metric: Metric | null | undefined,
  labels: ReadonlyMap<string, Metric['unitLabel']>,
  lang: Lang,
): string {
  const label = metric?.unitLabel ?? labels.get(unit);
  return label ? pick(label, lang) : unit;
}

/** The value as drawn, with its qualifier and unit, e.g. "2200余个", "2,200+ units", "8.46余个/万人". */
export function figureValueText(
  observation: Observation,
  metric: Metric | null | undefined,
  locality: Locality,
  labels: ReadonlyMap<string, Metric['unitLabel']>,
  lang: Lang,
  perCapita: boolean,
): string {
  const shown = displayValue(observation.value, metric, locality.population.value, perCapita);
  const unit = unitText(observation.unit, metric, labels, lang);
  if (!shown.perCapita) return formatFigure(shown.value, observation.qualifier, unit, lang);
  const number = formatQualified(shown.value, observation.qualifier, lang);
  return `${withUnit(number, unit, lang)}${t(lang, 'perCapitaSuffix')}`;
}

/** Short marks that must travel with a value: plan, narrower scope. */
export function figureMarks(observation: Observation, scopes: readonly Scope[], lang: Lang): string[] {
  const marks: string[] = [];
  if (observation.kind === 'plan') marks.push(t(lang, 'plan'));
  if (observation.scopeId) {
    const scope = scopes.find((s) => s.id === observation.scopeId);
    marks.push(scope ? pick(scope.label, lang) : observation.scopeId);
  }
  return marks;
}

/** A value with its marks in brackets, for plain-text places such as CSV and chart labels. */
export function figureFullText(
  observation: Observation,
  metric: Metric | null | undefined,
  locality: Locality,
  labels: ReadonlyMap<string, Metric['unitLabel']>,
  scopes: readonly Scope[],
  lang: Lang,
  perCapita: boolean,
): string {
  const value = figureValueText(observation, metric, locality, labels, lang, perCapita);
  const marks = figureMarks(observation, scopes, lang);
  if (marks.length === 0) return value;
  return lang === 'zh' ? `${value}（${marks.join('，')}）` : `${value} (${marks.join(', ')})`;
}
