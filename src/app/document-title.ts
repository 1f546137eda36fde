// The tab's title: the app's name in the page's language first; the chart page puts its chart's title before it.
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
