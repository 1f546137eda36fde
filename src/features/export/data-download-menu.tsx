// Data downloads: the figures the current filters show (CSV) and the whole dataset (CSV and JSON).
import { useRef, useState } from 'react';
import { closeMenu, useDetailsDismiss } from '@/components/use-details-dismiss';
import type { Observation } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { fillPlaceholders, pick, type Lang } from '@/lib/i18n';
import { datasetJson, observationsCsv } from './dataset-export';
import { download, MIME } from '@/lib/download';
import { EXPORT_TEXT } from './export-messages';
import { exportFileName } from '@/lib/file-names';

interface DataDownloadMenuProps {
  lookup: DatasetLookup;
  /** Observations of the current filters; loads what is missing. */
  loadFiltered: () => Promise<Observation[]>;
  /** Every observation of every locality. */
  loadAll: () => Promise<Observation[]>;
  lang: Lang;
  /** Why the filtered download has nothing to hold (no locality chosen); the whole dataset stays available. */
  filteredDisabledReason?: string | null;
}

export function DataDownloadMenu({ lookup, loadFiltered, loadAll, lang, filteredDisabledReason }: DataDownloadMenuProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuRef = useRef<HTMLDetailsElement>(null);
  useDetailsDismiss(menuRef);
  const builtAt = lookup.index.builtAt;
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    closeMenu(menuRef.current); // a chosen item closes the menu, focus back on its button
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(fillPlaceholders(pick(EXPORT_TEXT.exportFailed, lang), { error: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };
  const downloads = [
    {
      id: 'filtered-csv',
      label: EXPORT_TEXT.filteredCsv,
      disabledReason: filteredDisabledReason ?? null,
      save: async () => download(exportFileName('union-compare_filtered', builtAt, 'csv'), await observationsCsv(await loadFiltered(), lookup), MIME.csv),
    },
    {
      id: 'dataset-csv',
      label: EXPORT_TEXT.datasetCsv,
      disabledReason: null,
      save: async () => download(exportFileName('union-compare_dataset', builtAt, 'csv'), await observationsCsv(await loadAll(), lookup), MIME.csv),
    },
    {
      id: 'dataset-json',
      label: EXPORT_TEXT.datasetJson,
      disabledReason: null,
      save: async () => download(exportFileName('union-compare_dataset', builtAt, 'json'), datasetJson(lookup.index, await loadAll(), lookup), MIME.json),
    },
  ];
  return (
    <div className="data-download">
      <details className="menu" ref={menuRef}>
        <summary className="button">
          <span aria-hidden="true">⤓</span> {pick(busy ? EXPORT_TEXT.exporting : EXPORT_TEXT.data, lang)}
        </summary>
        <div className="menu__panel" role="group">
          {downloads.map((item) => (
            <button
              key={item.id}
              type="button"
              className="menu__item menu__button"
              data-export={item.id}
              disabled={busy || item.disabledReason !== null}
              title={item.disabledReason ?? undefined}
              onClick={run(item.save)}
            >
              {pick(item.label, lang)}
              {item.disabledReason ? <span className="menu__reason muted small">{item.disabledReason}</span> : null}
            </button>
          ))}
        </div>
      </details>
      {error ? (
        <span className="chart-download__status chart-download__status--error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
