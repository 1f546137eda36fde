// Chooses a report: a search box and a select grouped by locality, capped so thousands of sources stay quick.
import { useId, useMemo, useState } from 'react';
import type { Source } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { formatCount, formatDate } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';
import { READER_TEXT } from './reader-messages';

const MAX_OPTIONS = 300;

interface SourcePickerProps {
  lookup: DatasetLookup;
  value: string | null;
  lang: Lang;
  onChange: (sourceId: string) => void;
}

interface SourceGroup {
  localityId: string;
  label: string;
  sources: Source[];
}

/** Sources whose locality name or title contains the query, grouped by locality in index order. */
export function matchingSourceGroups(lookup: DatasetLookup, query: string, lang: Lang, keep: string | null, limit = MAX_OPTIONS) {
  const needle = query.trim().toLowerCase();
  const groups = new Map<string, SourceGroup>();
  let shown = 0;
  let hidden = 0;
  for (const source of lookup.index.sources) {
    const locality = lookup.localitiesById.get(source.localityId);
    const names = locality ? [locality.name.zh, locality.name.en, locality.shortName.zh] : [];
    const matches = !needle || source.id === keep || [...names, source.title, source.id].some((text) => text.toLowerCase().includes(needle));
    if (!matches) continue;
    if (shown >= limit && source.id !== keep) {
      hidden += 1;
      continue;
    }
    shown += 1;
    const group = groups.get(source.localityId) ?? { localityId: source.localityId, label: locality ? pick(locality.name, lang) : source.localityId, sources: [] };
    group.sources.push(source);
    groups.set(source.localityId, group);
  }
  return { groups: [...groups.values()], hidden };
}

function optionLabel(source: Source, lang: Lang): string {
  // The same date format as the cards and the reader's header.
  const when = source.publishedOn ? formatDate(source.publishedOn, lang) : pick(source.period.label, lang);
  const title = source.title.length > 40 ? `${source.title.slice(0, 40)}…` : source.title;
  return `${when} · ${title}`;
}

export function SourcePicker({ lookup, value, lang, onChange }: SourcePickerProps) {
  const searchId = useId();
  const selectId = useId();
  const [query, setQuery] = useState('');
  const { groups, hidden } = useMemo(() => matchingSourceGroups(lookup, query, lang, value), [lookup, query, lang, value]);
  return (
    <div className="source-picker">
      <label className="visually-hidden" htmlFor={searchId}>
        {pick(READER_TEXT.searchSources, lang)}
      </label>
      <input
        id={searchId}
        type="search"
        className="input input--search"
        placeholder={pick(READER_TEXT.searchSources, lang)}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <label className="inline-field" htmlFor={selectId}>
        {pick(READER_TEXT.pickSource, lang)}
      </label>
      <select
        id={selectId}
        className="input source-picker__select"
        data-testid="source-select"
        value={value ?? ''}
        onChange={(event) => event.target.value && onChange(event.target.value)}
      >
        {value === null ? <option value="">{pick(READER_TEXT.noSourceSelected, lang)}</option> : null}
        {groups.map((group) => (
          <optgroup key={group.localityId} label={group.label}>
            {group.sources.map((source) => (
              <option key={source.id} value={source.id}>
                {optionLabel(source, lang)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {groups.length === 0 ? <span className="muted small">{pick(READER_TEXT.noSources, lang)}</span> : null}
      {hidden > 0 ? (
        <span className="muted small">{pick(READER_TEXT.moreSources, lang).replace('{n}', formatCount(hidden, lang))}</span>
      ) : null}
    </div>
  );
}
