// Language (中文 / English) and the per-10,000-residents switch; the population source is the page's footnote.
import { t, type Lang } from '@/lib/i18n';

interface DisplaySwitchesProps {
  lang: Lang;
  perCapita: boolean;
  onLangChange: (lang: Lang) => void;
  onPerCapitaChange: (on: boolean) => void;
}

const LANGS: { id: Lang; label: string }[] = [
  { id: 'zh', label: '中文' },
  { id: 'en', label: 'English' },
];

export function DisplaySwitches({ lang, perCapita, onLangChange, onPerCapitaChange }: DisplaySwitchesProps) {
  return (
    <div className="control-group display-switches">
      <div className="segmented" role="group" aria-label={t(lang, 'language')}>
        {LANGS.map((option) => (
          <button
            key={option.id}
            type="button"
            lang={option.id === 'zh' ? 'zh-CN' : 'en'}
            className="segmented__option"
            aria-pressed={lang === option.id}
            onClick={() => onLangChange(option.id)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <label className="switch">
        <input type="checkbox" role="switch" checked={perCapita} onChange={(event) => onPerCapitaChange(event.target.checked)} />
        <span>{t(lang, 'perCapita')}</span>
      </label>
      {perCapita ? (
        <p className="display-switches__basis muted" data-testid="per-capita-basis">
          {t(lang, 'perCapitaRatesExcluded')}
          {lang === 'zh' ? '' : ' '}
          {t(lang, 'perCapitaBasisFootnote')}
        </p>
      ) : null}
    </div>
  );
}
