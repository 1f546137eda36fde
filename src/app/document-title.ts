// The tab's title: the app's name in the page's language first; the chart page puts its chart's title before it.
// And the page's language (<html lang>).
import { useEffect } from 'react';
import { t, type Lang } from '@/lib/i18n';

export function appTitle(lang: Lang): string {
  return `${t(lang, 'appTitle')} · ${t(lang === 'zh' ? 'en' : 'zh', 'appTitle')}`;
}

/** Sets the tab's title while `title` is given (null leaves it to another component). */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}

/**
 * Sets <html lang> while `lang` is given (null leaves it to another component). The attribute changes the font
 * locale of every text on the page, so a change restyles and lays out the whole page: the dashboard sets it when
 * its view has switched language, in the same frame as the view's new text, not in the click's first frame too.
 */
export function useDocumentLang(lang: Lang | null): void {
  useEffect(() => {
    if (lang !== null) document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
}
