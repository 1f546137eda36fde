// One table cell: each figure on its own line (never summed), or "—" read as "not reported".
import type { Locality } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { figureMarks, figureValueText } from '@/domain/figure-text';
import { pick, t, type Lang } from '@/lib/i18n';
import type { TableRow } from './table-data';

interface FigureCellProps {
  row: TableRow;
  locality: Locality;
  lookup: DatasetLookup;
  lang: Lang;
  perCapita: boolean;
  active: boolean;
  onOpen: () => void;
}

export function FigureCell({ row, locality, lookup, lang, perCapita, active, onOpen }: FigureCellProps) {
  const figures = row.cells[locality.id] ?? [];
  if (figures.length === 0) {
    return (
      <span className="not-reported-cell">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t(lang, 'notReported')}</span>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="cell-button"
      aria-pressed={active}
      title={`${pick(locality.shortName, lang)} · ${pick(row.metric.label, lang)}`}
      onClick={onOpen}
    >
      {figures.map((observation) => (
        <span key={observation.id} className="cell-button__figure">
          <span className="cell-button__value">
            {figureValueText(observation, row.metric, locality, lookup.unitLabels, lang, perCapita)}
          </span>
          {figureMarks(observation, lookup.index.populations, lang).map((mark) => (
            <span key={mark} className={`badge${observation.kind === 'plan' ? ' badge--plan' : ''}`}>
              {mark}
            </span>
          ))}
        </span>
      ))}
    </button>
  );
}
