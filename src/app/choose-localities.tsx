// What a comparison view shows in place of its figures when no locality is chosen (a prompt with the chips at
// hand), and above them when only one is (its figures, with a hint and the chips to add another).
import { useMemo } from 'react';
import type { Locality } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { Chip } from '@/components/chip';
import { formatCount } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';
import { toggleLocality } from '@/features/filters/area-counts';

/** A prompt lists this many chips at most; more places are found with the control bar's search. */
const MAX_CHIPS = 24;

interface ChooseLocalitiesProps {
  lookup: DatasetLookup;
  selected: readonly Locality[];
  localityIds: readonly string[] | null;
  lang: Lang;
  onChange: (localityIds: string[] | null) => void;
}

function LocalityChips({ lookup, selected, localityIds, lang, onChange }: ChooseLocalitiesProps) {
  const all = lookup.index.localities;
  const allIds = useMemo(() => all.map((l) => l.id), [all]);
  const chosen = new Set(selected.map((l) => l.id));
  const offered = all.filter((l) => !chosen.has(l.id));
  return (
    <div className="chip-list choose-localities__chips" role="group" aria-label={t(lang, 'localities')}>
      {offered.slice(0, MAX_CHIPS).map((locality) => (
        <Chip
          key={locality.id}
          label={pick(locality.shortName, lang)}
          badge={pick(locality.level, lang)}
          colour={lookup.colours.get(locality.id)}
          title={`${pick(locality.name, lang)} · ${pick(locality.level, lang)}`}
          pressed={false}
          onToggle={() => onChange(toggleLocality(localityIds, locality.id, allIds, lookup.index.defaultLocalityIds))}
        />
      ))}
      {offered.length > MAX_CHIPS ? <span className="muted">{t(lang, 'moreMatches', { n: formatCount(offered.length - MAX_CHIPS, lang) })}</span> : null}
    </div>
  );
}

/** No locality chosen: ask for places, with every place a tap away and the default selection (all of a few). */
export function ChooseLocalities(props: ChooseLocalitiesProps) {
  const { lang, onChange, lookup } = props;
  const defaults = lookup.index.defaultLocalityIds.length;
  return (
    <section className="empty-state choose-localities" data-testid="choose-localities" aria-labelledby="choose-localities-title">
      <h3 id="choose-localities-title" className="choose-localities__title">
        {t(lang, 'chooseLocalitiesTitle')}
      </h3>
      <p className="choose-localities__text">{t(lang, 'chooseLocalitiesText')}</p>
      <LocalityChips {...props} />
      {/* null is the default selection: every locality of a small dataset, the manifest's few of a large one. */}
      <button type="button" className="button" onClick={() => onChange(null)}>
        {defaults === lookup.index.localities.length
          ? t(lang, 'selectAllLocalities', { n: formatCount(defaults, lang) })
          : t(lang, 'selectDefaultLocalities', { n: formatCount(defaults, lang) })}
      </button>
    </section>
  );
}

/** One locality chosen: its figures follow; this says there is nothing to compare yet and offers the others. */
export function OneLocalityHint(props: ChooseLocalitiesProps) {
  const only = props.selected[0];
  if (props.selected.length !== 1 || !only) return null;
  return (
    <section className="note one-locality-hint" data-testid="one-locality-hint" aria-label={t(props.lang, 'localities')}>
      <p className="one-locality-hint__text">{t(props.lang, 'oneLocalityHint', { name: pick(only.name, props.lang) })}</p>
      <LocalityChips {...props} />
    </section>
  );
}
