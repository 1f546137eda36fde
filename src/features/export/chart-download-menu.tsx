// A chart card's download menu: PNG (2x, white), SVG, the chart's data as CSV, and copy image where allowed.
import { useRef, useState } from 'react';
import { fillPlaceholders, pick, type Lang } from '@/lib/i18n';
import type { ChartExport } from './export-all';
import { canCopyImage, copyPng, download, MIME } from '@/lib/download';
import { closeMenu, useDetailsDismiss } from '@/components/use-details-dismiss';
import { EXPORT_TEXT } from './export-messages';
import { chartFileNames } from '@/lib/file-names';

// The renderers (canvas and SVG, off screen) load on first use, keeping them out of the first page load.
const renderers = () => import('./render-chart');

interface ChartDownloadMenuProps {
  /** Built on demand, so that cards cost nothing until someone downloads. */
  chart: () => ChartExport;
  /** The chart's title, for the menu's accessible name. */
  title: string;
  builtAt: string;
  lang: Lang;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function ChartDownloadMenu({ chart, title, builtAt, lang }: ChartDownloadMenuProps) {
  const [status, setStatus] = useState<Status>(null);
  const menuRef = useRef<HTMLDetailsElement>(null);
  useDetailsDismiss(menuRef);
  const run = (action: (item: ChartExport, names: ReturnType<typeof chartFileNames>) => void | Promise<void>) => async () => {
    setStatus(null);
    closeMenu(menuRef.current); // a chosen item closes the menu, focus back on its button
    try {
      const item = chart();
      await action(item, chartFileNames(item, builtAt));
    } catch (error) {
      setStatus({ kind: 'error', text: fillPlaceholders(pick(EXPORT_TEXT.exportFailed, lang), { error: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const copy = run(async (item) => {
    const { renderPng } = await renderers();
    await copyPng(renderPng(item.layout));
    setStatus({ kind: 'ok', text: pick(EXPORT_TEXT.copied, lang) });
  });
  return (
    <div className="chart-download">
      <details className="menu" ref={menuRef}>
        <summary className="button button--small chart-download__summary" aria-label={fillPlaceholders(pick(EXPORT_TEXT.downloadChart, lang), { title })}>
          <span aria-hidden="true">⤓</span> {pick(EXPORT_TEXT.download, lang)}
        </summary>
        <div className="menu__panel chart-download__panel" role="group">
          <button type="button" className="menu__item menu__button" data-export="png" onClick={run(async (item, names) => download(names.png, (await renderers()).renderPng(item.layout), MIME.png))}>
            {pick(EXPORT_TEXT.png, lang)}
          </button>
          <button type="button" className="menu__item menu__button" data-export="svg" onClick={run(async (item, names) => download(names.svg, (await renderers()).renderSvg(item.layout), MIME.svg))}>
            {pick(EXPORT_TEXT.svg, lang)}
          </button>
          <button type="button" className="menu__item menu__button" data-export="csv" onClick={run(async (item, names) => download(names.csv, await item.csv(), MIME.csv))}>
            {pick(EXPORT_TEXT.chartCsv, lang)}
          </button>
          {canCopyImage() ? (
            <button type="button" className="menu__item menu__button" data-export="copy" onClick={copy}>
              {pick(EXPORT_TEXT.copyImage, lang)}
            </button>
          ) : (
            <span className="menu__item muted small">{pick(EXPORT_TEXT.copyUnsupported, lang)}</span>
          )}
        </div>
      </details>
      <span className={`chart-download__status${status?.kind === 'error' ? ' chart-download__status--error' : ''}`} role="status">
        {status?.text ?? ''}
      </span>
    </div>
  );
}
