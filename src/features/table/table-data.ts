// Pure: metrics x selected localities as table rows, their plain-text cells, search and CSV.
import type { Locality, Metric, Observation, ProgramArea } from '@/schema/dataset';
import { observationsFor, type ComparisonRow, type ObservationsByLocality } from '@/domain/comparison';
import type { DatasetLookup } from '@/data/dataset-lookup';
import type { DisplayContext } from '@/domain/display-context';
import { figureFullText, unitText } from '@/domain/figure-text';
import { pick, t, type Lang } from '@/lib/i18n';
import { displayValue, perCapitaApplies } from '@/domain/per-capita';
import { displayQuote } from '@/domain/display-quote';

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

/** The table's cells read with the one display context. */
export type CellTextContext = DisplayContext;

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

/** The comparable group most localities of the row report in: the one its values can be ordered by. */
export function mainGroupOf(row: TableRow): string | null {
  const localitiesByGroup = new Map<string, Set<string>>();
  for (const [localityId, figures] of Object.entries(row.cells)) {
    for (const o of figures) if (o.groupId) localitiesByGroup.set(o.groupId, (localitiesByGroup.get(o.groupId) ?? new Set()).add(localityId));
  }
  let best: string | null = null;
  for (const [groupId, ids] of localitiesByGroup) if (best === null || ids.size > localitiesByGroup.get(best)!.size) best = groupId;
  return best;
}

/** A locality's value in the row's main group (its largest there, per capita when on); undefined when it has none. */
export function cellSortValue(row: TableRow, locality: Locality, perCapita: boolean): number | undefined {
  const group = mainGroupOf(row);
  const values = (row.cells[locality.id] ?? [])
    .filter((o) => o.groupId === group)
    .map((o) => displayValue(o.value, row.metric, locality.population.value, perCapita).value);
  return values.length > 0 ? Math.max(...values) : undefined;
}

/**
 * Localities ordered by one metric's values, within its main comparable group and never across units or
 * groups: rows stay metrics; the columns move. Localities without a comparable figure keep their order, last.
 */
export function orderLocalities(row: TableRow, localities: readonly Locality[], perCapita: boolean, desc: boolean): Locality[] {
  const value = new Map(localities.map((l) => [l.id, cellSortValue(row, l, perCapita)]));
  const withValue = localities.filter((l) => value.get(l.id) !== undefined);
  const without = localities.filter((l) => value.get(l.id) === undefined);
  const direction = desc ? -1 : 1;
  return [...withValue.toSorted((a, b) => direction * (value.get(a.id)! - value.get(b.id)!)), ...without];
}

export function metricText(row: TableRow, lang: Lang): string {
  return pick(row.metric.label, lang);
}

export function unitColumnText(row: TableRow, context: CellTextContext): string {
  const unit = unitText(row.metric.unit, row.metric, context.lookup.unitLabels, context.lang);
  return perCapitaApplies(row.metric, context.perCapita) ? `${unit}${context.lang === 'zh' ? '' : ' '}${t(context.lang, 'perCapitaShort')}` : unit;
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
        perCapita: perCapitaApplies(row.metric, perCapita),
        distinction: null,
      })),
    ),
  );
}

/** A line of the table body: an area's header row (when rows keep their area order), or a metric's row. */
export type TableLine<R> = { kind: 'area'; key: string; area: ProgramArea } | { kind: 'row'; key: string; row: R };

/** The body's lines: each row, after a header for its area where the area changes (only when `grouped`). */
export function tableLines<R>(rows: readonly R[], rowOf: (row: R) => TableRow, grouped: boolean): TableLine<R>[] {
  const lines: TableLine<R>[] = [];
  let area: string | null = null;
  for (const row of rows) {
    const { metric, area: rowArea } = rowOf(row);
    if (grouped && rowArea.id !== area) lines.push({ kind: 'area', key: `area:${rowArea.id}`, area: rowArea });
    area = rowArea.id;
    lines.push({ kind: 'row', key: metric.id, row });
  }
  return lines;
}
