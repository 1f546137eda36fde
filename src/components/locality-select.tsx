// A drop-down of localities by name and level, for views that show one or two of them.
import type { Locality } from '@/schema/dataset';
import { pick, type Lang } from '@/lib/i18n';

interface LocalitySelectProps {
  id: string;
  localities: readonly Locality[];
  value: string;
  lang: Lang;
  onChange: (localityId: string) => void;
}

export function LocalitySelect({ id, localities, value, lang, onChange }: LocalitySelectProps) {
  return (
    <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
      {localities.map((option) => (
        <option key={option.id} value={option.id}>
          {pick(option.name, lang)} · {pick(option.level, lang)}
        </option>
      ))}
    </select>
  );
}
