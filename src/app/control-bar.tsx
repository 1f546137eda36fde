// The sticky control bar: locality picker, program areas, language and per-capita switches.
import { useMemo } from 'react';
import type { Locality } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { pick, type Lang } from '@/lib/i18n';
import type { ViewState } from '@/state/url-state';
import { areaFigureCounts } from '@/features/filters/area-counts';
import { AreaFilter } from '@/features/filters/area-filter';
import { DisplaySwitches } from '@/features/filters/display-switches';
import { LocalityPicker } from '@/features/filters/locality-picker';

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
  const citations = useMemo(
    () => [...new Set(selectedLocalities.map((l) => pick(l.population.citation, lang)))],
    [selectedLocalities, lang],
  );
  return (
    <div className="control-bar" data-testid="control-bar">
      <div className="control-bar__inner">
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
          citations={citations}
          onLangChange={(next) => onChange({ lang: next })}
          onPerCapitaChange={(on) => onChange({ perCapita: on })}
        />
      </div>
    </div>
  );
}
