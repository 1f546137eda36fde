// A copy button with a visible confirmation; where the clipboard is refused, the text is shown selected to copy by hand.
import { useState } from 'react';
import { pick, type Lang } from '@/lib/i18n';
import { CHART_PAGE_TEXT } from './chart-page-messages';
import { copyText } from './copy-text';

interface CopyButtonProps {
  text: string;
  label: string;
  /** The confirmation, e.g. "链接已复制". */
  done: string;
  lang: Lang;
  testId?: string;
}

type Outcome = 'idle' | 'copied' | 'refused';

export function CopyButton({ text, label, done, lang, testId }: CopyButtonProps) {
  // The outcome belongs to the text copied: once the text changes (an edited title), it no longer applies.
  const [result, setResult] = useState<{ text: string; outcome: Outcome } | null>(null);
  const outcome: Outcome = result?.text === text ? result.outcome : 'idle';
  return (
    <span className="copy-button">
      <button type="button" className="button" data-testid={testId} onClick={async () => setResult({ text, outcome: (await copyText(text)) ? 'copied' : 'refused' })}>
        {label}
      </button>
      <span className="copy-button__status" role="status">
        {outcome === 'copied' ? `✓ ${done}` : ''}
      </span>
      {outcome === 'refused' ? (
        <span className="copy-button__fallback">
          <span className="small">{pick(CHART_PAGE_TEXT.copyRefused, lang)}</span>
          {/* Selected as it appears, ready for Ctrl+C. */}
          <input ref={(node) => node?.select()} className="input" readOnly value={text} aria-label={label} onFocus={(event) => event.target.select()} />
        </span>
      ) : null}
    </span>
  );
}
