// "Embed": a menu with the <iframe> snippet of the chart's embed mode, to read and copy.
import { useId, useRef } from 'react';
import { closeMenu, useDetailsDismiss } from '@/components/use-details-dismiss';
import { pick, type Lang } from '@/lib/i18n';
import { CHART_PAGE_TEXT } from './chart-page-messages';
import { CopyButton } from './copy-button';

interface EmbedMenuProps {
  snippet: string;
  lang: Lang;
}

export function EmbedMenu({ snippet, lang }: EmbedMenuProps) {
  const menu = useRef<HTMLDetailsElement>(null);
  const codeId = useId();
  useDetailsDismiss(menu);
  return (
    <details className="menu embed-menu" ref={menu} data-testid="embed-menu">
      <summary className="button">
        <span aria-hidden="true">&lt;/&gt;</span> {pick(CHART_PAGE_TEXT.embed, lang)}
      </summary>
      <div className="menu__panel embed-menu__panel" role="group" aria-label={pick(CHART_PAGE_TEXT.embed, lang)}>
        <p className="small">{pick(CHART_PAGE_TEXT.embedIntro, lang)}</p>
        <label className="small" htmlFor={codeId}>
          {pick(CHART_PAGE_TEXT.embedCode, lang)}
        </label>
        <textarea id={codeId} className="input embed-menu__code" readOnly rows={4} value={snippet} onFocus={(event) => event.target.select()} data-testid="embed-code" />
        <div className="embed-menu__tools">
          <CopyButton text={snippet} label={pick(CHART_PAGE_TEXT.copyCode, lang)} done={pick(CHART_PAGE_TEXT.codeCopied, lang)} lang={lang} testId="copy-embed" />
          <button type="button" className="button" onClick={() => closeMenu(menu.current)}>
            {lang === 'zh' ? '关闭' : 'Close'}
          </button>
        </div>
      </div>
    </details>
  );
}
