// "Copy citation" buttons: each copies its text to the clipboard and says so; where the browser refuses the
// clipboard, the text appears in a box, selected, for Ctrl+C.
import { useEffect, useRef, useState } from 'react';
import { copyText } from '@/lib/download';
import { t, type Lang } from '@/lib/i18n';

export interface CitationChoice {
  /** data-citation on the button: which form it copies (gbt, en). */
  id: string;
  label: string;
  /** Built when clicked: the access date is the day it is copied. */
  text: () => string;
}

type Status = { kind: 'copied' | 'refused'; id: string; text: string } | null;

export function CopyCitation({ choices, lang }: { choices: readonly CitationChoice[]; lang: Lang }) {
  const [status, setStatus] = useState<Status>(null);
  const fallback = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (status?.kind === 'refused') fallback.current?.select();
  }, [status]);
  const copy = async (choice: CitationChoice) => {
    const text = choice.text();
    try {
      await copyText(text);
      setStatus({ kind: 'copied', id: choice.id, text });
    } catch {
      setStatus({ kind: 'refused', id: choice.id, text });
    }
  };
  return (
    <div className="copy-citation">
      <div className="copy-citation__buttons">
        {choices.map((choice) => (
          <button key={choice.id} type="button" className="button" data-citation={choice.id} onClick={() => void copy(choice)}>
            {choice.label}
          </button>
        ))}
      </div>
      <div role="status" className="copy-citation__status">
        {status?.kind === 'copied' ? (
          <p className="copy-citation__done" data-testid="citation-copied">
            <span aria-hidden="true">✓ </span>
            {t(lang, 'citationCopied')}
            <span lang={status.id === 'gbt' ? 'zh-CN' : undefined}>{status.text}</span>
          </p>
        ) : null}
        {status?.kind === 'refused' ? (
          <label className="copy-citation__fallback">
            {t(lang, 'copyRefused')}
            <textarea ref={fallback} className="input" readOnly rows={3} value={status.text} data-testid="citation-fallback" onFocus={(event) => event.target.select()} />
          </label>
        ) : null}
      </div>
    </div>
  );
}
