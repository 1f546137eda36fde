// Table view: metrics x selected localities with sort, search, hidden columns, cell quotes and CSV.
import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { functionalUpdate, useTable, type ColumnVisibilityState, type SortingState, type Updater } from '@tanstack/react-table';
import type { Observation } from '@/schema/dataset';
import type { ComparisonSelection } from '@/domain/comparison';
import { formatCount } from '@/lib/format';
import { pick, t } from '@/lib/i18n';
import { toCsv } from '@/lib/csv';
import { download, MIME } from '@/lib/download';
import { exportFileName } from '@/lib/file-names';
import { useDetailsDismiss } from '@/components/use-details-dismiss';
import { POPULATION_NOTE_ID, PopulationMark } from '@/components/population-footnote';
import type { TableSort, ViewState } from '@/state/url-state';
import { buildColumns, tableFeatureSet } from './table-columns';
import { buildTableRows, filterRows, orderLocalities, tableComparisonRows, tableLines } from './table-data';
import { comparisonNotes } from '@/domain/comparison-notes';
import { CellDetail } from './cell-detail';
import { FigureCell } from './figure-cell';
import { useColumnWindow } from './use-column-window';
import { VIRTUAL_ROWS_FROM } from './use-row-window';
import { TableBody } from './table-body';
// A stylesheet is imported for its effect: Vite bundles it with the feature's code.
// oxlint-disable-next-line import/no-unassigned-import
import './table.css';

interface TableViewProps extends ComparisonSelection {
  query: string;
  sort: TableSort | null;
  hidden: readonly string[];
  /** `coalesce`: changes with the same key in a row share one history entry (typing). */
  onChange: (change: Partial<ViewState>, coalesce?: string) => void;
  /** Slots the app fills from other features: toolbar controls, and per-figure links in the cell panel. */
  toolbarActions?: ReactNode;
  observationActions?: (observation: Observation) => ReactNode;
  /** Shown instead of the table when no locality is selected (the app's prompt to choose places). */
  emptySelection?: ReactNode;
  /** Shown above the table, e.g. the hint to add a second locality when only one is selected. */
  selectionHint?: ReactNode;
}

const ROW_SORT_COLUMNS = new Set(['metric', 'area', 'unit']);

export function TableView(props: TableViewProps) {
  const { lookup, localities, observations, areaIds, lang, perCapita, query, sort, hidden, onChange, toolbarActions, observationActions, emptySelection, selectionHint } = props;
  const nothingSelected = localities.length === 0;
  const reasonId = useId();
  const searchId = useId();
  const columnsMenuRef = useRef<HTMLDetailsElement>(null);
  useDetailsDismiss(columnsMenuRef);
  const [openCell, setOpenCell] = useState<{ metricId: string; localityId: string } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  // Closing the panel returns the focus to the cell that opened it (if it is still shown).
  const closeCell = () => {
    const opened = openCell;
    setOpenCell(null);
    if (!opened) return;
    tableRef.current
      ?.querySelector<HTMLElement>(`tr[data-metric="${CSS.escape(opened.metricId)}"] td[data-locality="${CSS.escape(opened.localityId)}"] button`)
      ?.focus();
  };
  const context = useMemo(() => ({ lookup, lang, perCapita }), [lookup, lang, perCapita]);
  const allRows = useMemo(() => buildTableRows(lookup, localities, observations, areaIds), [lookup, localities, observations, areaIds]);
  const rows = useMemo(() => filterRows(allRows, query, localities, context), [allRows, query, localities, context]);
  // The metric, area and unit columns sort the rows; a metric's id orders the locality columns by its values.
  const rowSort = sort && ROW_SORT_COLUMNS.has(sort.columnId) ? sort : null;
  const orderRow = sort && !rowSort ? allRows.find((row) => row.metric.id === sort.columnId) : undefined;
  const columnLocalities = useMemo(
    () => (orderRow && sort ? orderLocalities(orderRow, localities, perCapita, sort.desc) : localities),
    [orderRow, sort, localities, perCapita],
  );
  const columns = useMemo(() => buildColumns(columnLocalities, context), [columnLocalities, context]);
  const sorting = useMemo<SortingState>(() => (rowSort ? [{ id: rowSort.columnId, desc: rowSort.desc }] : []), [rowSort]);
  const orderBy = (metricId: string) => {
    const current = sort?.columnId === metricId ? sort : null;
    onChange({ tableSort: current === null ? { columnId: metricId, desc: true } : current.desc ? { columnId: metricId, desc: false } : null });
  };
  const columnVisibility = useMemo<ColumnVisibilityState>(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);

  const table = useTable({
    features: tableFeatureSet,
    columns,
    data: rows,
    getRowId: (row) => row.metric.id,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      onChange({ tableSort: next ? { columnId: next.id, desc: next.desc } : null });
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      onChange({ hiddenColumns: Object.keys(next).filter((id) => next[id] === false) });
    },
  });

  const notes = useMemo(
    () =>
      comparisonNotes(tableComparisonRows(rows, localities, perCapita), lang),
    [rows, localities, perCapita, lang],
  );
  const visibleColumns = table.getVisibleLeafColumns();
  const shownRows = table.getRowModel().rows;
  // Locality columns are the last ones; with many, only those scrolled into view are drawn.
  const fixedCount = visibleColumns.filter((column) => column.columnDef.meta?.kind !== 'locality').length;
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastFixedRef = useRef<HTMLTableCellElement>(null);
  const columnWindow = useColumnWindow(scrollRef, lastFixedRef, visibleColumns.length - fixedCount);
  /** The cells of a row (or the header) that are drawn, with spacers for the locality columns left out. */
  const windowed = <T,>(cells: readonly T[], draw: (cell: T, index: number) => ReactNode, key: string): ReactNode[] => {
    if (!columnWindow.virtual) return cells.map(draw);
    const pad = (width: number, side: string) =>
      width > 0 ? <td key={`${key}-pad-${side}`} className="figure-table__pad" aria-hidden="true" style={{ width, minWidth: width }} /> : null;
    return [
      ...cells.slice(0, fixedCount).map(draw),
      pad(columnWindow.padStart, 'start'),
      ...cells.slice(fixedCount + columnWindow.start, fixedCount + columnWindow.end).map((cell, i) => draw(cell, fixedCount + columnWindow.start + i)),
      pad(columnWindow.padEnd, 'end'),
    ];
  };
  const drawnColumnCount = fixedCount + (columnWindow.end - columnWindow.start) + (columnWindow.padStart > 0 ? 1 : 0) + (columnWindow.padEnd > 0 ? 1 : 0);
  const grouped = sorting.length === 0;
  // The body's lines (area headers and metric rows); a big table draws only those in view, see use-row-window.
  const lines = useMemo(() => tableLines(shownRows, (row) => row.original, grouped), [shownRows, grouped]);
  // The body's row window needs the box itself once it is in the document (see TableBody's `scroller`).
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null);
  const attachScroll = useCallback((element: HTMLDivElement | null) => {
    scrollRef.current = element;
    setScrollBox(element);
  }, []);
  // Windowing the columns already costs print and find-in-page the cells not drawn: the rows follow them then.
  const virtualRows = columnWindow.virtual || lines.length >= VIRTUAL_ROWS_FROM;

  const downloadCsv = () => {
    const header = visibleColumns.map((column) => column.columnDef.meta?.headerText ?? column.id);
    const body = shownRows.map((row) => visibleColumns.map((column) => column.columnDef.meta?.csv(row.original) ?? ''));
    void toCsv(header, body).then((csv) => download(exportFileName('union-compare_table', lookup.index.builtAt, 'csv'), csv, MIME.csv));
  };

  const openRow = openCell ? allRows.find((row) => row.metric.id === openCell.metricId) : undefined;
  const openLocality = openCell ? lookup.localitiesById.get(openCell.localityId) : undefined;

  return (
    <section className="view table-view" aria-labelledby="table-heading">
      <div className="view__toolbar">
        <h2 id="table-heading" className="view__title">
          {t(lang, 'viewTable')}
        </h2>
        <label className="visually-hidden" htmlFor={searchId}>
          {t(lang, 'tableSearch')}
        </label>
        <span className="table-search">
          <input
            id={searchId}
            type="search"
            className="input input--search"
            placeholder={t(lang, 'tableSearch')}
            aria-describedby={`${searchId}-hint`}
            value={query}
            onChange={(event) => onChange({ query: event.target.value }, 'table-search')}
          />
          <span id={`${searchId}-hint`} className="table-search__hint muted small" data-testid="table-search-hint">
            {t(lang, 'tableSearchHint')}
          </span>
        </span>
        <details className="menu" ref={columnsMenuRef}>
          <summary className="button">{t(lang, 'tableColumns')}</summary>
          <div className="menu__panel">
            {table.getAllLeafColumns().filter((column) => column.getCanHide()).map((column) => (
              <label key={column.id} className="menu__item">
                <input type="checkbox" checked={column.getIsVisible()} onChange={(event) => column.toggleVisibility(event.target.checked)} />
                {column.columnDef.meta?.headerText ?? column.id}
              </label>
            ))}
          </div>
        </details>
        <button
          type="button"
          className="button button--primary"
          onClick={downloadCsv}
          disabled={nothingSelected}
          title={nothingSelected ? t(lang, 'exportNeedsLocality') : undefined}
          aria-describedby={nothingSelected ? reasonId : undefined}
        >
          {t(lang, 'downloadCsv')}
        </button>
        {nothingSelected ? (
          <span id={reasonId} className="muted small">
            {t(lang, 'exportNeedsLocality')}
          </span>
        ) : null}
        {toolbarActions}
      </div>
      {nothingSelected && emptySelection ? (
        emptySelection
      ) : (
        <>
          {selectionHint}
          <p className="view__intro">
            {t(lang, 'cellHint')} <span className="muted">{t(lang, 'tableRows', { n: formatCount(shownRows.length, lang) })}</span>
          </p>
          {orderRow && sort ? (
            <p className="view__intro" data-testid="table-ordered-by">
              {t(lang, 'orderedBy', { metric: pick(orderRow.metric.label, lang), direction: t(lang, sort.desc ? 'descending' : 'ascending') })}
            </p>
          ) : null}
          {notes.length > 0 ? (
            <ul className="notes" aria-label={lang === 'zh' ? '说明' : 'Notes'} data-testid="table-notes">
              {notes.map((note) => (
                <li key={note.kind} className={`note note--${note.kind}`} data-note={note.kind} aria-describedby={note.kind === 'perCapita' ? POPULATION_NOTE_ID : undefined}>
                  {note.text}
                  {note.kind === 'perCapita' ? <PopulationMark /> : null}
                </li>
              ))}
              <li className="note note--multiple">{t(lang, 'tableMultipleNote')}</li>
            </ul>
          ) : null}
          {openRow && openLocality ? (
            <CellDetail
              key={`${openRow.metric.id}:${openLocality.id}`}
              metric={openRow.metric}
              locality={openLocality}
              observations={openRow.cells[openLocality.id] ?? []}
              lookup={lookup}
              lang={lang}
              perCapita={perCapita}
              observationActions={observationActions}
              onClose={closeCell}
            />
          ) : null}
          {columnWindow.virtual || virtualRows ? (
            // Shown on paper only: a print is a snapshot of the rows and columns drawn, not the whole table.
            <p className="table-print-note" data-testid="table-print-note">
              {t(lang, 'tablePrintNote')}
            </p>
          ) : null}
          <div ref={attachScroll} className="table-scroll" role="region" aria-labelledby="table-heading" tabIndex={0}>
            <table
              ref={tableRef}
              className={['figure-table', columnWindow.virtual ? 'figure-table--virtual' : '', virtualRows ? 'figure-table--virtual-rows' : ''].filter(Boolean).join(' ')}
              data-testid="figure-table"
              aria-colcount={columnWindow.virtual ? visibleColumns.length : undefined}
              aria-rowcount={virtualRows ? lines.length + 1 : undefined}
            >
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id} aria-rowindex={virtualRows ? 1 : undefined}>
                    {windowed(group.headers, (header, index) => {
                      const sorted = header.column.getIsSorted();
                      return (
                        <th
                          key={header.id}
                          ref={index === fixedCount - 1 ? lastFixedRef : undefined}
                          aria-colindex={columnWindow.virtual ? index + 1 : undefined}
                          scope="col"
                          className={`figure-table__head figure-table__head--${header.column.columnDef.meta?.kind ?? 'other'}`}
                          aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                        >
                          {header.column.getCanSort() ? (
                            <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                              <table.FlexRender header={header} />
                              <span className="sort-button__arrow" aria-hidden="true">
                                {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                              </span>
                            </button>
                          ) : (
                            <span className="sort-button sort-button--static">
                              {header.column.columnDef.meta?.locality ? (
                                <span className="swatch" style={{ background: lookup.colours.get(header.column.id) }} aria-hidden="true" />
                              ) : null}
                              <table.FlexRender header={header} />
                            </span>
                          )}
                        </th>
                      );
                    }, group.id)}
                  </tr>
                ))}
              </thead>
              <TableBody
                lines={lines}
                virtual={virtualRows}
                columnCount={drawnColumnCount}
                scroller={scrollBox}
                openKey={openCell?.metricId ?? null}
                empty={
                  <tr>
                    <td colSpan={drawnColumnCount}>{t(lang, 'tableEmpty')}</td>
                  </tr>
                }
                renderLine={(line, rowProps) =>
                  line.kind === 'area' ? (
                    <tr {...rowProps} className="figure-table__group">
                      <th scope="colgroup" colSpan={drawnColumnCount}>
                        <span className="figure-table__group-label">{pick(line.area.label, lang)}</span>
                      </th>
                    </tr>
                  ) : (
                    <tr {...rowProps} data-metric={line.key}>
                      {windowed(line.row.getVisibleCells(), (cell, cellIndex) => {
                        const meta = cell.column.columnDef.meta;
                        const colIndex = columnWindow.virtual ? cellIndex + 1 : undefined;
                        if (meta?.kind === 'metric') {
                          const metricId = line.row.original.metric.id;
                          const ordering = sort?.columnId === metricId ? sort : null;
                          return (
                            <th key={cell.id} scope="row" className="figure-table__metric" aria-colindex={colIndex}>
                              {meta.text(line.row.original)}{' '}
                              <button
                                type="button"
                                className="order-button"
                                aria-pressed={ordering !== null}
                                aria-label={t(lang, 'orderLocalitiesBy', { metric: meta.text(line.row.original) })}
                                title={t(lang, 'orderLocalitiesBy', { metric: meta.text(line.row.original) })}
                                onClick={() => orderBy(metricId)}
                              >
                                {ordering === null ? '⇅' : ordering.desc ? '▼' : '▲'}
                              </button>
                            </th>
                          );
                        }
                        if (meta?.kind === 'locality' && meta.locality) {
                          const locality = meta.locality;
                          return (
                            <td key={cell.id} className="figure-table__cell" data-locality={locality.id} aria-colindex={colIndex}>
                              <FigureCell
                                row={line.row.original}
                                locality={locality}
                                lookup={lookup}
                                lang={lang}
                                perCapita={perCapita}
                                active={openCell?.metricId === line.row.original.metric.id && openCell.localityId === locality.id}
                                onOpen={() => setOpenCell({ metricId: line.row.original.metric.id, localityId: locality.id })}
                              />
                            </td>
                          );
                        }
                        return (
                          <td key={cell.id} className="figure-table__text" aria-colindex={colIndex}>
                            {meta?.text(line.row.original)}
                          </td>
                        );
                      }, line.key)}
                    </tr>
                  )
                }
              />
            </table>
          </div>
        </>
      )}
    </section>
  );
}
