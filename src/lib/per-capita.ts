// Per 10,000 residents: only counts and money are divided by population, never rates.
import type { Metric, MetricType } from '@/schema/dataset';

export const PER_CAPITA_BASE = 10_000;

/** Rates (percentages) are already relative, so they are never divided by population. */
export function isPerCapitaEligible(type: MetricType | null | undefined): boolean {
  return type === 'count' || type === 'money';
}

/** The figure per 10,000 residents. */
export function perTenThousand(value: number, population: number): number {
  return (value / population) * PER_CAPITA_BASE;
}

/** The value to show: per capita when switched on and the metric allows it, else the figure itself. */
export function displayValue(
  value: number,
  metric: Pick<Metric, 'type'> | null | undefined,
  population: number,
  perCapita: boolean,
): { value: number; perCapita: boolean } {
  if (perCapita && isPerCapitaEligible(metric?.type)) {
    return { value: perTenThousand(value, population), perCapita: true };
  }
  return { value, perCapita: false };
}
