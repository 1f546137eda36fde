// Step 6c: the comparable groups of each metric: figures that share level, population, measure and kind.
import type { ComparableGroup, Level, LocalizedText, Measure, Observation, Population } from '../src/schema/dataset.ts';
import { LEVEL_LABELS, MEASURE_LABELS, MEASURE_UNSETTLED } from '../src/schema/dimension-labels.ts';

/** Groups of equal size read from the highest level down. */
const LEVEL_ORDER: readonly Level[] = ['national', 'province', 'prefecture', 'county', 'township', 'workplace', 'multi'];

const levelRank = (g: ComparableGroup) => (g.level === null ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(g.level));

/** The id of the group an observation belongs to, e.g. may_day_medals:national:-:flow. */
export function groupIdOf(o: Pick<Observation, 'metricId' | 'level' | 'populationId' | 'measure' | 'kind'>): string | null {
  if (o.metricId === null) return null;
  return `${o.metricId}:${o.level ?? '-'}:${o.populationId ?? '-'}:${o.measure ?? '-'}${o.kind === 'plan' ? ':plan' : ''}`;
}

const PLAN: LocalizedText = { zh: '计划', en: 'plan' };

function groupLabel(level: Level | null, population: Population | undefined, measure: Measure | null, plan: boolean): LocalizedText {
  const parts = [
    level ? LEVEL_LABELS[level] : null,
    population?.label ?? null,
    measure ? MEASURE_LABELS[measure] : MEASURE_UNSETTLED,
    plan ? PLAN : null,
  ].filter((p): p is LocalizedText => p !== null);
  return { zh: parts.map((p) => p.zh).join(' · '), en: parts.map((p) => p.en).join(' · ') };
}

/** Sets `groupId` on every observation and returns the groups, by metric in catalogue order, largest first. */
export function comparableGroups(observations: Observation[], metricOrder: readonly string[], populations: readonly Population[]): ComparableGroup[] {
  const groups = new Map<string, { group: ComparableGroup; localities: Set<string> }>();
  for (const o of observations) {
    const groupId = groupIdOf(o);
    if (groupId === null || o.metricId === null) {
      o.groupId = groupId;
      continue;
    }
    let entry = groups.get(groupId);
    if (!entry) {
      const population = populations.find((p) => p.id === o.populationId);
      entry = {
        group: {
          id: groupId,
          metricId: o.metricId,
          level: o.level,
          populationId: o.populationId,
          measure: o.measure,
          label: groupLabel(o.level, population, o.measure, o.kind === 'plan'),
          figureCount: 0,
          localityCount: 0,
        },
        localities: new Set(),
      };
      groups.set(groupId, entry);
    }
    // The group's own id string: one for all its figures (kept until written), not one each.
    o.groupId = entry.group.id;
    entry.group.figureCount += 1;
    entry.localities.add(o.localityId);
  }
  const order = new Map(metricOrder.map((id, index) => [id, index]));
  return [...groups.values()]
    .map(({ group, localities }) => ({ ...group, localityCount: localities.size }))
    .toSorted(
      (a, b) =>
        order.get(a.metricId)! - order.get(b.metricId)! || b.localityCount - a.localityCount || b.figureCount - a.figureCount || levelRank(a) - levelRank(b) || a.id.localeCompare(b.id),
    );
}
