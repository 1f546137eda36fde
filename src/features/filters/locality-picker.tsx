// Locality chips with search, select all / matching / clear; built to stay usable with thousands.
import { useId, useMemo, useRef, useState } from 'react';
import type { Locality } from '@/schema/dataset';
import { Chip } from '@/components/chip';
import { matchesLocality } from '@/domain/locality-search';
import { useScrollEdges } from '@/components/use-scroll-edges';
import { formatCount } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';
import { normalizeLocalitySelection } from '@/state/url-state';
import { toggleLocality } from './area-counts';
import { shownChips } from './shown-chips';

const MAX_CHIPS = 60;

interface LocalityPickerProps {
  localities: readonly Locality[];
  colours: ReadonlyMap<string, string>;
  /** What a null selection stands for (index.defaultLocalityIds). */
  defaultIds: readonly string[];
  selected: readonly string[] | null;
  lang: Lang;
  onChange: (selection: string[] | null) => void;
}

export function LocalityPicker({ localities, colours, defaultIds, selected, lang, onChange }: LocalityPickerProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const chipList = useRef<HTMLDivElement>(null);
  useScrollEdges(chipList, 'y');
  const allIds = useMemo(() => localities.map((l) => l.id), [localities]);
  const selectedSet = useMemo(() => new Set(selected ?? defaultIds), [selected, defaultIds]);
  // With a handful of localities the default is all of them, and "default" is no separate choice.
  const defaultIsAll = defaultIds.length === allIds.length;
  const matching = useMemo(() => localities.filter((l) => matchesLocality(l, query)), [localities, query]);
  const shown = useMemo(() => shownChips(matching, selectedSet, MAX_CHIPS), [matching, selectedSet]);

  const selectMatching = () => {
    const next = new Set(selectedSet);
    for (const locality of matching) next.add(locality.id);
    onChange(normalizeLocalitySelection(allIds.filter((id) => next.has(id)), defaultIds));
  };

  return (
    <fieldset className="control-group locality-picker">
      <legend className="control-group__legend">
        {t(lang, 'localities')}{' '}
        <span className="muted">{t(lang, 'selectedCount', { n: formatCount(selectedSet.size, lang), total: formatCount(allIds.length, lang) })}</span>
      </legend>
      <div className="locality-picker__tools">
        <label className="visually-hidden" htmlFor={searchId}>
          {t(lang, 'searchLocalities')}
        </label>
        <input
          id={searchId}
          className="input input--search"
          type="search"
          placeholder={t(lang, 'searchLocalities')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {query.trim() ? (
          <button type="button" className="button" onClick={selectMatching}>
            {t(lang, 'selectMatching')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => onChange(normalizeLocalitySelection(allIds, defaultIds))}
            disabled={selectedSet.size === allIds.length}
          >
            {t(lang, 'selectAll')}
          </button>
        )}
        {defaultIsAll ? null : (
          <button type="button" className="button" onClick={() => onChange(null)} disabled={selected === null}>
            {t(lang, 'selectDefault', { n: formatCount(defaultIds.length, lang) })}
          </button>
        )}
        <button type="button" className="button" onClick={() => onChange([])} disabled={selectedSet.size === 0}>
          {t(lang, 'clearSelection')}
        </button>
      </div>
      <div className="chip-list" role="group" aria-label={t(lang, 'localities')} ref={chipList}>
        {shown.map((locality) => (
          <Chip
            key={locality.id}
            label={pick(locality.shortName, lang)}
            badge={pick(locality.level, lang)}
            colour={colours.get(locality.id)}
            title={`${pick(locality.name, lang)} · ${pick(locality.level, lang)}`}
            pressed={selectedSet.has(locality.id)}
            onToggle={() => onChange(toggleLocality(selected, locality.id, allIds, defaultIds))}
          />
        ))}
        {matching.length === 0 ? <span className="muted">{t(lang, 'noMatches')}</span> : null}
        {matching.length > MAX_CHIPS ? (
          <span className="muted">{t(lang, 'moreMatches', { n: formatCount(matching.length - MAX_CHIPS, lang) })}</span>
        ) : null}
      </div>
    </fieldset>
  );
}
