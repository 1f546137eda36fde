// Pure: metrics x selected localities as table rows, their plain-text cells, search and CSV.
import type { Locality, Metric, Observation, ProgramArea } from '@/schema/dataset';
import { observationsFor, type ComparisonRow, type ObservationsByLocality } from '@/lib/comparison';
import type { DatasetLookup } from '@/lib/dataset-lookup';
import { figureFullText, unitText } from '@/lib/figure-text';
import type { Lang } from '@/lib/format';
import { pick, t } from '@/lib/i18n';
import { displayValue } from '@/lib/per-capita';
import { displayQuote } from '@/lib/display-quote';

export interface TableRow {
  metric: Metric;
  area: ProgramArea;
  /** Figures per locality id, in reading order; absent or empty = not reported. */
  cells: Readonly<Record<string, Observation[]>>;
}

/** Rows for every metric that at least one selected locality reports, by area order then catalogue order. */
export function buildTableRows(
  lookup: DatasetLookup,
  localities: readonly Locality[],
  observations: ObservationsByLocality,
  areaIds: readonly string[] | null,
): TableRow[] {
  const rows: TableRow[] = [];
  for (const area of lookup.areas) {
    if (areaIds !== null && !areaIds.includes(area.id)) continue;
    for (const metric of lookup.index.metrics) {
      if (metric.programAreaId !== area.id) continue;
      const cells: Record<string, Observation[]> = {};
      for (const locality of localities) {
        const figures = observationsFor(observations, locality.id, metric.id);
        if (figures.length > 0) cells[locality.id] = figures;
      }
      if (Object.keys(cells).length > 0) rows.push({ metric, area, cells });
    }
  }
  return rows;
}

export interface CellTextContext {
  lookup: DatasetLookup;
  lang: Lang;
  perCapita: boolean;
}

/** What a cell says: each figure with qualifier, unit and marks; "—" when not reported. */
export function cellText(row: TableRow, locality: Locality, context: CellTextContext): string {
  const figures = row.cells[locality.id] ?? [];
  if (figures.length === 0) return '—';
  const { lookup, lang, perCapita } = context;
  return figures
    .map((o) => figureFullText(o, row.metric, locality, lookup.unitLabels, lookup.index.populations, lang, perCapita))
    .join(lang === 'zh' ? '；' : '; ');
}

/** A cell in the CSV: as on screen, but empty (not "—") when not reported, so spreadsheets see a blank. */
export function cellCsvText(row: TableRow, locality: Locality, context: CellTextContext): string {
  return (row.cells[locality.id]?.length ?? 0) > 0 ? cellText(row, locality, context) : '';
}

/** The value a locality column sorts by: its first figure (per capita when on); undefined sorts last. */
export function cellSortValue(row: TableRow, locality: Locality, perCapita: boolean): number | undefined {
  const first = row.cells[locality.id]?.[0];
  if (!first) return undefined;
  return displayValue(first.value, row.metric, locality.population.value, perCapita).value;
}

export function metricText(row: TableRow, lang: Lang): string {
  return pick(row.metric.label, lang);
}

export function unitColumnText(row: TableRow, context: CellTextContext): string {
  const unit = unitText(row.metric.unit, row.metric, context.lookup.unitLabels, context.lang);
  const perCapitaApplies = context.perCapita && (row.metric.type === 'count' || row.metric.type === 'money');
  return perCapitaApplies ? `${unit}${context.lang === 'zh' ? '' : ' '}${t(context.lang, 'perCapitaShort')}` : unit;
}

/** Keeps rows whose metric, area or any figure or quote contains the query (case-insensitive). */
export function filterRows(rows: readonly TableRow[], query: string, localities: readonly Locality[], context: CellTextContext): TableRow[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((row) => {
    const texts = [row.metric.label.zh, row.metric.label.en, row.area.label.zh, row.area.label.en];
    for (const locality of localities) {
      if (!row.cells[locality.id]) continue;
      texts.push(cellText(row, locality, context));
      for (const observation of row.cells[locality.id] ?? []) texts.push(observation.quote, displayQuote(observation.quote), observation.originalText);
    }
    return texts.some((text) => text.toLowerCase().includes(needle));
  });
}

/** The table's figures as comparison rows, so the same caveat notes as the charts can be written. */
export function tableComparisonRows(rows: readonly TableRow[], localities: readonly Locality[], perCapita: boolean): ComparisonRow[] {
  return rows.flatMap((row) =>
    localities.flatMap((locality) =>
      (row.cells[locality.id] ?? []).map((observation) => ({
        locality,
        observation,
        value: displayValue(observation.value, row.metric, locality.population.value, perCapita).value,
        perCapita: perCapita && (row.metric.type === 'count' || row.metric.type === 'money'),
        distinction: null,
      })),
    ),
  );
}
