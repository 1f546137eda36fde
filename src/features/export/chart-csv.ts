// Pure: the data behind one chart as CSV rows: each figure with its source offsets, and the not-reported rows.
import type { Metric } from '@/schema/dataset';
import type { ComparisonRow } from '@/lib/comparison';
import { periodText } from '@/lib/comparison-notes';
import type { DatasetLookup } from '@/lib/dataset-lookup';
import { figureFullText, unitText } from '@/lib/figure-text';
import type { Lang } from '@/lib/format';
import { pick, t } from '@/lib/i18n';
import { toCsv, type CsvCell } from '@/lib/csv';

export const CHART_CSV_HEADER = [
  'metric_id', 'metric', 'locality_id', 'locality', 'reported', 'value', 'qualifier', 'unit', 'value_shown', 'per_10k_residents',
  'label_shown', 'period', 'kind', 'scope_id', 'original_text', 'quote', 'source_id', 'source_title', 'publisher', 'published_on',
  'observation_id', 'quote_start', 'quote_end', 'figure_start', 'figure_end',
] as const;

function chartCsvRow(row: ComparisonRow, metric: Metric, lookup: DatasetLookup, lang: Lang): CsvCell[] {
  const { locality, observation } = row;
  const head = [metric.id, pick(metric.label, lang), locality.id, pick(locality.name, lang)];
  if (!observation) {
    const missing: CsvCell[] = [...head, false, null, null, unitText(metric.unit, metric, lookup.unitLabels, lang), null, null, t(lang, 'notReported')];
    return [...missing, ...Array<CsvCell>(CHART_CSV_HEADER.length - missing.length).fill(null)];
  }
  const source = lookup.sourcesById.get(observation.sourceId);
  return [
    ...head,
    true,
    observation.value,
    observation.qualifier,
    unitText(observation.unit, metric, lookup.unitLabels, lang),
    row.value,
    row.perCapita,
    figureFullText(observation, metric, locality, lookup.unitLabels, lookup.index.populations, lang, row.perCapita),
    periodText(observation.period, lang),
    observation.kind,
    observation.populationId,
    observation.originalText,
    observation.quote,
    observation.sourceId,
    source?.title,
    source?.publisher,
    source?.publishedOn,
    observation.id,
    observation.quoteStart,
    observation.quoteEnd,
    observation.figureStart,
    observation.figureEnd,
  ];
}

/** One line per chart row, in the chart's order; the same columns in every chart CSV. */
export function chartCsv(rows: readonly ComparisonRow[], metric: Metric, lookup: DatasetLookup, lang: Lang): string {
  return toCsv(CHART_CSV_HEADER, rows.map((row) => chartCsvRow(row, metric, lookup, lang)));
}
