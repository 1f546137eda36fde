// An inline editable title or subtitle: shows the generated text until edited, marks an edit, resets in one click.
import { useId, useState } from 'react';
import { pick, type Lang } from '@/lib/i18n';
import { cleanEditedText } from '@/state/url-state';
import { CHART_PAGE_TEXT } from './chart-page-messages';
import { editedValue } from './chart-edits';

interface EditFieldProps {
  kind: 'title' | 'subtitle';
  /** The edit kept in the URL; null when the generated text is shown. */
  value: string | null;
  generated: string;
  max: number;
  lang: Lang;
  onChange: (value: string | null) => void;
}

export function EditField({ kind, value, generated, max, lang, onChange }: EditFieldProps) {
  const id = useId();
  // While typing, the field shows the draft as typed (a cleared field stays empty until it loses the focus).
  const [draft, setDraft] = useState<string | null>(null);
  const edited = value !== null;
  const reset = () => {
    setDraft(null);
    onChange(null);
  };
  return (
    <div className={`edit-field edit-field--${kind}`} data-testid={`edit-${kind}`} data-edited={edited}>
      <label className="edit-field__label" htmlFor={id}>
        <span aria-hidden="true">✎ </span>
        {pick(kind === 'title' ? CHART_PAGE_TEXT.titleLabel : CHART_PAGE_TEXT.subtitleLabel, lang)}
      </label>
      <div className="edit-field__row">
        <input
          id={id}
          className={`input edit-field__input edit-field__input--${kind}`}
          value={draft ?? value ?? generated}
          onChange={(event) => {
            const text = cleanEditedText(event.target.value, max);
            setDraft(text);
            onChange(editedValue(text, generated, max));
          }}
          onBlur={() => setDraft(null)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
        {edited ? (
          <>
            <span className="badge badge--edited">{pick(CHART_PAGE_TEXT.edited, lang)}</span>
            <button
              type="button"
              className="button button--small"
              title={generated}
              aria-label={`${pick(CHART_PAGE_TEXT.reset, lang)}${lang === 'zh' ? '：' : ': '}${generated}`}
              onClick={reset}
            >
              ↺ {pick(CHART_PAGE_TEXT.resetShort, lang)}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
