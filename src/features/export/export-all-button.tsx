// "Export all": one ZIP with every chart shown (PNG, SVG, CSV) and a README of the filters used.
import { useId, useState } from 'react';
import { fillPlaceholders, pick, type Lang } from '@/lib/i18n';
import type { ChartExport, ReadmeInput } from './export-all';
import { download, MIME } from '@/lib/download';
import { EXPORT_TEXT } from './export-messages';
import { exportFileName } from '@/lib/file-names';

interface ExportAllButtonProps {
  charts: () => ChartExport[];
  readme: () => Omit<ReadmeInput, 'files'>;
  builtAt: string;
  lang: Lang;
  /** Why there is nothing to export (no locality chosen): the button is disabled and says why. */
  disabledReason?: string | null;
}

/** Lets the browser paint the "preparing" state before the synchronous rendering starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function ExportAllButton({ charts, readme, builtAt, lang, disabledReason }: ExportAllButtonProps) {
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const [error, setError] = useState<string | null>(null);
  const exportAll = async () => {
    setBusy(true);
    setError(null);
    try {
      // The ZIP writer and the renderers load on first use, keeping them out of the first page load.
      const [{ exportAllZip }, { renderPng, renderSvg }] = await Promise.all([
        import('./export-all'),
        import('./render-chart'),
      ]);
      await nextFrame();
      const zip = await exportAllZip(charts(), readme(), { png: renderPng, svg: renderSvg });
      download(exportFileName('union-compare_charts', builtAt, 'zip'), zip, MIME.zip);
    } catch (failure) {
      setError(fillPlaceholders(pick(EXPORT_TEXT.exportFailed, lang), { error: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-all">
      <button
        type="button"
        className="button button--primary"
        data-testid="export-all"
        title={disabledReason ?? pick(EXPORT_TEXT.exportAllHint, lang)}
        disabled={busy || Boolean(disabledReason)}
        aria-describedby={disabledReason ? reasonId : undefined}
        onClick={exportAll}
      >
        {pick(busy ? EXPORT_TEXT.exporting : EXPORT_TEXT.exportAll, lang)}
      </button>
      {disabledReason ? (
        <span id={reasonId} className="muted small" data-testid="export-disabled-reason">
          {disabledReason}
        </span>
      ) : null}
      {error ? (
        <span className="chart-download__status chart-download__status--error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
