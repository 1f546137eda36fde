// Shown instead of a view when data fails to load or validate: what happened, and a retry button.
import { SCHEMA_VERSION } from '@/schema/dataset';
import type { Lang } from '@/lib/format';
import { t } from '@/lib/i18n';
import { DataLoadError } from '@/features/data-loading/load-data';

interface ErrorPanelProps {
  error: Error;
  lang: Lang;
  onRetry: () => void;
}

export function ErrorPanel({ error, lang, onRetry }: ErrorPanelProps) {
  const versionMismatch = error instanceof DataLoadError && error.kind === 'version';
  return (
    <section className="error-panel" role="alert">
      <h2>{t(lang, 'loadError')}</h2>
      {versionMismatch ? (
        <p>{t(lang, 'schemaMismatch', { found: String(error.foundVersion), expected: SCHEMA_VERSION })}</p>
      ) : null}
      <p className="error-panel__detail">
        <code>{error.message}</code>
      </p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t(lang, 'retry')}
      </button>
    </section>
  );
}
