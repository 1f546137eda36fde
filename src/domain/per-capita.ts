// Per 10,000 (or 100,000) residents: only counts and money are divided by population, never rates.
import type { Locality, Metric, MetricType } from '@/schema/dataset';
import { formatPopulation } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';

export const PER_CAPITA_BASE = 10_000;
/** The bases a chart may use, so that its numbers read between about 0.1 and 1,000. */
export const PER_CAPITA_BASES = [10_000, 100_000] as const;

/**
 * The one place that decides whether a figure is shown per residents: the switch is on and the metric counts
 * or sums (rates are already relative, so they are never divided by population).
 */
export function perCapitaApplies(metric: Pick<Metric, 'type'> | null | undefined, perCapita: boolean): boolean {
  return perCapita && isCountOrMoney(metric?.type);
}

function isCountOrMoney(type: MetricType | null | undefined): boolean {
  return type === 'count' || type === 'money';
}

/** The figure per `base` residents. */
export function perResidents(value: number, population: number, base: number = PER_CAPITA_BASE): number {
  return (value / population) * base;
}

/** The figure per 10,000 residents. */
export function perTenThousand(value: number, population: number): number {
  return perResidents(value, population, PER_CAPITA_BASE);
}

/** The base (10,000 or 100,000) under which most of these per-resident values read between 0.1 and 1,000. */
export function chooseBase(perResident: readonly number[]): number {
  const readable = (base: number) => perResident.filter((v) => v * base >= 0.1 && v * base <= 1000).length;
  return PER_CAPITA_BASES.reduce((best, base) => (readable(base) > readable(best) ? base : best), PER_CAPITA_BASES[0]);
}

/** The value to show: per capita when switched on and the metric allows it, else the figure itself. */
export function displayValue(
  value: number,
  metric: Pick<Metric, 'type'> | null | undefined,
  population: number,
  perCapita: boolean,
  base: number = PER_CAPITA_BASE,
): { value: number; perCapita: boolean } {
  if (perCapitaApplies(metric, perCapita)) {
    return { value: perResidents(value, population, base), perCapita: true };
  }
  return { value, perCapita: false };
}

/** The populations a per-capita figure was divided by, for its note: "常山 26.0万、抚州 361.5万" / "Changshan 260,000, Fuzhou (JX) 3.61 million". */
export function populationsText(localities: readonly Locality[], lang: Lang, max = 12): string {
  const named = localities.slice(0, max).map((l) => `${pick(l.shortName, lang)} ${formatPopulation(l.population.value, lang)}`);
  const rest = localities.length - named.length;
  if (rest > 0) named.push(lang === 'zh' ? `另外 ${rest} 个地区` : `${rest} more`);
  return named.join(lang === 'zh' ? '、' : ', ');
}

/** Each census (or other) citation of these localities' populations once: the page's footnote and an export's line. */
export function populationCitations(localities: readonly Locality[], lang: Lang): string[] {
  return [...new Set(localities.map((l) => pick(l.population.citation, lang)))];
}
