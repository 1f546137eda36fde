// Step 6b: a label that tells one locality's figures of one metric apart, from their dimensions and the
// catalogue's variants (省级 / 市级, 春节慰问, 高速出口爱心驿站 …); never a clip of the text before the figure.
import type { LocalizedText, Observation, Population } from '../src/schema/dataset.ts';
import { LEVEL_LABELS, MEASURE_LABELS } from '../src/schema/dimension-labels.ts';

const ALL_GROUPS: LocalizedText = { zh: '不限人群', en: 'all groups' };
const TOTAL: LocalizedText = { zh: '合计', en: 'total' };
const OF_WHICH: LocalizedText = { zh: '其中', en: 'of which' };

const join = (parts: readonly LocalizedText[]): LocalizedText | null =>
  parts.length === 0 ? null : { zh: parts.map((p) => p.zh).join(' · '), en: parts.map((p) => p.en).join(' · ') };

/** What differs among `values`, or nothing when all are the same. */
const differs = <T,>(values: readonly T[]) => new Set(values).size > 1;

/**
 * Sets `distinction` on each observation. A figure alone in its metric keeps its catalogue variant (or null);
 * figures that share a locality and metric get their variant plus whatever dimension differs among them.
 * Returns the ids of those told apart only by number (a catalogue gap the coverage report counts).
 */
export function distinguish(observations: Observation[], variants: ReadonlyMap<string, LocalizedText | null>, populations: readonly Population[]): Set<string> {
  // By locality, then metric (maps of maps: no key string to make for each figure).
  const siblings = new Map<string, Map<string, Observation[]>>();
  for (const o of observations) {
    o.distinction = variants.get(o.id) ?? null;
    if (o.metricId === null) continue;
    let byMetric = siblings.get(o.localityId);
    if (!byMetric) siblings.set(o.localityId, (byMetric = new Map()));
    const group = byMetric.get(o.metricId);
    if (group) group.push(o);
    else byMetric.set(o.metricId, [o]);
  }
  const undistinguished = new Set<string>();
  const populationLabel = (id: string | null) => populations.find((p) => p.id === id)?.label ?? null;
  for (const group of [...siblings.values()].flatMap((byMetric) => [...byMetric.values()])) {
    if (group.length < 2) continue;
    const ids = new Set(group.map((o) => o.id));
    const showLevel = differs(group.map((o) => o.level));
    const showPopulation = differs(group.map((o) => o.populationId));
    const showMeasure = differs(group.map((o) => o.measure));
    const showPeriod = differs(group.map((o) => o.period.label.zh));
    const labels = group.map((o) => {
      const parts = [
        variants.get(o.id) ?? null,
        showLevel && o.level ? LEVEL_LABELS[o.level] : null,
        showPopulation && o.populationId ? populationLabel(o.populationId) : null,
        showMeasure && o.measure ? MEASURE_LABELS[o.measure] : null,
        showPeriod ? o.period.label : null,
      ].filter((p): p is LocalizedText => p !== null);
      if (parts.length > 0) return join(parts)!;
      if (o.partOfId !== null && ids.has(o.partOfId)) return OF_WHICH;
      if (group.some((other) => other.partOfId === o.id)) return TOTAL;
      return showPopulation ? ALL_GROUPS : null;
    });
    group.forEach((o, index) => {
      const label = labels[index] ?? null;
      const unique = label !== null && labels.filter((l) => l?.zh === label.zh).length === 1;
      if (unique) o.distinction = label;
      else {
        undistinguished.add(o.id);
        o.distinction = { zh: `${label ? `${label.zh} · ` : ''}第${index + 1}项`, en: `${label ? `${label.en} · ` : ''}figure ${index + 1}` };
      }
    });
  }
  return undistinguished;
}
