// The control bar: locality picker, program areas, language and per-capita switches. On a phone it folds into
// one summary line (a button with aria-expanded) so that the first screen shows content; tap to open.
import { useId, useMemo, useState } from 'react';
import type { Locality } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { pick, shortList, t, type Lang } from '@/lib/i18n';
import { useMediaQuery } from '@/components/use-media-query';
import type { ViewState } from '@/state/url-state';
import { areaFigureCounts } from '@/features/filters/area-counts';
import { AreaFilter } from '@/features/filters/area-filter';
import { DisplaySwitches } from '@/features/filters/display-switches';
import { LocalityPicker } from '@/features/filters/locality-picker';
import { controlSummary } from '@/app/control-summary';

/** Below this width the bar is folded (and, as in app.css, no longer sticky). */
export const FOLDED_CONTROLS_QUERY = '(max-width: 767px)';

interface ControlBarProps {
  lookup: DatasetLookup;
  selectedLocalities: readonly Locality[];
  localityIds: string[] | null;
  areaIds: string[] | null;
  lang: Lang;
  perCapita: boolean;
  onChange: (change: Partial<ViewState>) => void;
}

export function ControlBar({ lookup, selectedLocalities, localityIds, areaIds, lang, perCapita, onChange }: ControlBarProps) {
  const counts = useMemo(() => areaFigureCounts(selectedLocalities), [selectedLocalities]);
  const folded = useMediaQuery(FOLDED_CONTROLS_QUERY);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const summary = controlSummary({ selectedCount: selectedLocalities.length, areaIds, areasById: lookup.areasById, lang, perCapita });
  const shown = !folded || open;
  return (
    <div className={`control-bar${folded ? ' control-bar--folded' : ''}`} data-testid="control-bar">
      {folded ? (
        <button
          type="button"
          className="control-bar__summary"
          aria-expanded={open}
          aria-controls={panelId}
          data-testid="control-summary"
          onClick={() => setOpen(!open)}
        >
          <span className="visually-hidden">{t(lang, 'controlsTitle')}: </span>
          <span className="control-bar__summary-text">{summary}</span>
          <span className="control-bar__chevron" aria-hidden="true">
            {open ? '▴' : '▾'}
          </span>
        </button>
      ) : null}
      {/* On paper the controls give way to one line saying what the page shows (see the print rules in app.css). */}
      <p className="control-bar__print" data-testid="control-print">
        {summary}
        {selectedLocalities.length > 0 ? `${lang === 'zh' ? '：' : ': '}${shortList(selectedLocalities.map((l) => pick(l.shortName, lang)), lang, lang === 'zh' ? '、' : ', ')}` : ''}
      </p>
      <div className="control-bar__inner" id={panelId} hidden={!shown}>
        <LocalityPicker
          localities={lookup.index.localities}
          defaultIds={lookup.index.defaultLocalityIds}
          colours={lookup.colours}
          selected={localityIds}
          lang={lang}
          onChange={(selection) => onChange({ localityIds: selection })}
        />
        <AreaFilter areas={lookup.areas} counts={counts} selected={areaIds} lang={lang} onChange={(selection) => onChange({ areaIds: selection })} />
        <DisplaySwitches
          lang={lang}
          perCapita={perCapita}
          onLangChange={(next) => onChange({ lang: next })}
          onPerCapitaChange={(on) => onChange({ perCapita: on })}
        />
        {folded ? (
          <button type="button" className="button button--primary control-bar__done" aria-controls={panelId} onClick={() => setOpen(false)}>
            {t(lang, 'controlsDone')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
