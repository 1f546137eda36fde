// The heat map as a table of buttons, for keyboards and screen readers: same counts, same actions.
import type { HeatmapColumn, HeatmapRow } from './heatmap-option';
import { formatCount } from '@/lib/format';
import { t, type Lang } from '@/lib/i18n';

interface HeatmapTableProps {
  columns: readonly HeatmapColumn[];
  rows: readonly HeatmapRow[];
  /** Columns whose cells open the locality's profile instead of filtering to the area. */
  profileColumnId: string;
  lang: Lang;
  onCellSelect: (areaId: string, localityId: string) => void;
  onOpenProfile: (localityId: string) => void;
}

export function HeatmapTable({ columns, rows, profileColumnId, lang, onCellSelect, onOpenProfile }: HeatmapTableProps) {
  return (
    <details className="heatmap-table" data-testid="heatmap-table">
      <summary className="button">{t(lang, 'heatmapAsTable')}</summary>
      <div className="table-scroll">
        <table className="plain-table">
          <caption className="visually-hidden">{t(lang, 'heatmapTitle')}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th key={column.id} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpenProfile(row.id)}>
                    {row.label}
                  </button>
                </th>
                {columns.map((column) => {
                  const count = row.counts[column.id] ?? 0;
                  const action = column.id === profileColumnId ? () => onOpenProfile(row.id) : () => onCellSelect(column.id, row.id);
                  return (
                    <td key={column.id} className="heatmap-table__count">
                      {count > 0 ? (
                        <button type="button" className="link-button" aria-label={`${row.label} · ${column.label}: ${formatCount(count, lang)}`} onClick={action}>
                          {formatCount(count, lang)}
                        </button>
                      ) : (
                        <span className="muted">0</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
