// Program-area multi-select; each area shows how many figures the selected localities hold in it.
import type { ProgramArea } from '@/schema/dataset';
import { Chip } from '@/components/chip';
import { formatCount } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';
import { toggleArea } from './area-counts';

interface AreaFilterProps {
  areas: readonly ProgramArea[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[] | null;
  lang: Lang;
  onChange: (selection: string[] | null) => void;
}

export function AreaFilter({ areas, counts, selected, lang, onChange }: AreaFilterProps) {
  const ordered = areas.toSorted((a, b) => a.order - b.order);
  const allIds = ordered.map((area) => area.id);
  const total = ordered.reduce((sum, area) => sum + (counts.get(area.id) ?? 0), 0);
  return (
    <fieldset className="control-group area-filter">
      <legend className="control-group__legend">{t(lang, 'programAreas')}</legend>
      <div className="chip-list" role="group" aria-label={t(lang, 'programAreas')}>
        <Chip
          label={t(lang, 'allAreas')}
          badge={formatCount(total, lang)}
          pressed={selected === null}
          onToggle={() => onChange(null)}
        />
        {ordered.map((area) => (
          <Chip
            key={area.id}
            label={pick(area.label, lang)}
            badge={formatCount(counts.get(area.id) ?? 0, lang)}
            pressed={selected !== null && selected.includes(area.id)}
            onToggle={() => onChange(toggleArea(selected, area.id, allIds))}
          />
        ))}
      </div>
    </fieldset>
  );
}
