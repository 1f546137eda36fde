// Shown instead of a view when data fails to load or validate: what happened, and a retry button.
import { SCHEMA_VERSION } from '@/schema/dataset';
import { t, type Lang } from '@/lib/i18n';
import { DataLoadError } from '@/data/load-data';

// A plain sentence in the interface language above the technical detail.
const PLAIN_WORDS = { missing: 'loadErrorMissing', network: 'loadErrorNetwork', invalid: 'loadErrorInvalid', version: 'loadErrorInvalid' } as const;

interface ErrorPanelProps {
  error: Error;
  lang: Lang;
  onRetry: () => void;
}

/** A code chunk that failed to load (the browser words it differently each time). */
export function isCodeLoadFailure(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically|ChunkLoadError|Loading chunk/i.test(`${error.name} ${error.message}`);
}

export function ErrorPanel({ error, lang, onRetry }: ErrorPanelProps) {
  const versionMismatch = error instanceof DataLoadError && error.kind === 'version';
  const codeFailed = !(error instanceof DataLoadError) && isCodeLoadFailure(error);
  return (
    <section className="error-panel" role="alert">
      <h2>{t(lang, 'loadError')}</h2>
      {versionMismatch ? (
        <p>{t(lang, 'schemaMismatch', { found: String(error.foundVersion), expected: SCHEMA_VERSION })}</p>
      ) : error instanceof DataLoadError ? (
        <p data-testid="error-explanation">{t(lang, PLAIN_WORDS[error.kind])}</p>
      ) : codeFailed ? (
        <p data-testid="error-explanation">{t(lang, 'loadErrorCode')}</p>
      ) : null}
      {/* The raw detail is for a developer; a failed code chunk's is noise to a reader. */}
      {codeFailed ? null : (
        <p className="error-panel__detail">
          <code>{error.message}</code>
        </p>
      )}
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t(lang, 'retry')}
      </button>
    </section>
  );
}
