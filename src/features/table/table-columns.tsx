// The table's columns, defined once: metric (pinned), area, unit, then one per selected locality.
import { createColumnHelper, metaHelper, rowSortingFeature, columnVisibilityFeature, createSortedRowModel, sortFn_text, tableFeatures } from '@tanstack/react-table';
import type { Locality } from '@/schema/dataset';
import { pick, t } from '@/lib/i18n';
import { cellCsvText, cellText, metricText, unitColumnText, type CellTextContext, type TableRow } from './table-data';

export interface FigureColumnMeta {
  /** Plain text of the cell, for CSV and the hidden-columns menu. */
  text: (row: TableRow) => string;
  /** The cell in the CSV download (differs from `text` only for "not reported"). */
  csv: (row: TableRow) => string;
  kind: 'metric' | 'area' | 'unit' | 'locality';
  headerText: string;
  locality?: Locality;
}

export const tableFeatureSet = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
  columnMeta: metaHelper<FigureColumnMeta>(),
});

const helper = createColumnHelper<typeof tableFeatureSet, TableRow>();

export function buildColumns(localities: readonly Locality[], context: CellTextContext) {
  const { lang } = context;
  return helper.columns([
    helper.accessor((row) => metricText(row, lang), {
      id: 'metric',
      header: t(lang, 'metric'),
      sortFn: 'text',
      enableHiding: false,
      meta: { kind: 'metric', headerText: t(lang, 'metric'), text: (row) => metricText(row, lang), csv: (row) => metricText(row, lang) },
    }),
    helper.accessor((row) => pick(row.area.label, lang), {
      id: 'area',
      header: t(lang, 'area'),
      sortFn: 'text',
      meta: { kind: 'area', headerText: t(lang, 'area'), text: (row) => pick(row.area.label, lang), csv: (row) => pick(row.area.label, lang) },
    }),
    helper.accessor((row) => unitColumnText(row, context), {
      id: 'unit',
      header: t(lang, 'unit'),
      sortFn: 'text',
      meta: { kind: 'unit', headerText: t(lang, 'unit'), text: (row) => unitColumnText(row, context), csv: (row) => unitColumnText(row, context) },
    }),
    // Rows are metrics in different units: a locality column never sorts them (the columns are ordered by a
    // metric's value instead, see orderLocalities).
    ...localities.map((locality) =>
      helper.accessor((row) => cellText(row, locality, context), {
        id: locality.id,
        header: pick(locality.shortName, lang),
        enableSorting: false,
        meta: { kind: 'locality', headerText: pick(locality.shortName, lang), locality, text: (row) => cellText(row, locality, context), csv: (row) => cellCsvText(row, locality, context) },
      }),
    ),
  ]);
}
