// What a part of the page says while its data or code is on the way.
import { t, type Lang } from '@/lib/i18n';

export function LoadingMessage({ lang }: { lang: Lang }) {
  return (
    <p className="status-message" role="status">
      {t(lang, 'loading')}
    </p>
  );
}
