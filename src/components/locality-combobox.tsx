// One locality, chosen by typing part of its name, code, city or province (a drop-down of thousands would be neither
// quick to build nor to scroll). Each option names the locality's level, city and province: China has many
// counties of the same name.
import type { Locality } from '@/schema/dataset';
import { Combobox, type ComboboxMatches } from '@/components/combobox';
import { formatCount } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';

interface LocalityComboboxProps {
  id: string;
  value: Locality;
  lang: Lang;
  /** The localities that answer to what is typed, best first (domain/locality-search). */
  search: (query: string) => ComboboxMatches<Locality>;
  onChange: (localityId: string) => void;
}

export function LocalityCombobox({ id, value, lang, search, onChange }: LocalityComboboxProps) {
  return (
    <Combobox
      id={id}
      valueText={`${pick(value.name, lang)} · ${pick(value.level, lang)}`}
      search={search}
      optionKey={(locality) => locality.id}
      renderOption={(locality) => (
        <>
          {pick(locality.name, lang)} · {pick(locality.level, lang)}
          <span className="combobox__where">{[locality.parent, locality.province].flatMap((place) => (place ? [pick(place, lang)] : [])).join(lang === 'zh' ? '，' : ', ')}</span>
        </>
      )}
      onChoose={(locality) => {
        if (locality.id !== value.id) onChange(locality.id);
      }}
      moreText={(hidden) => t(lang, 'moreMatches', { n: formatCount(hidden, lang) })}
      noneText={t(lang, 'noMatches')}
      placeholder={t(lang, 'searchLocalities')}
    />
  );
}
