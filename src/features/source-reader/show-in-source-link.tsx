// "Show in source": a real link to the reader at a figure (opens in a new tab too), followed in place on a plain click.
import type { MouseEvent } from 'react';
import { t, type Lang } from '@/lib/i18n';
// A stylesheet is imported for its effect: the link appears in views that load no reader code.
// oxlint-disable-next-line import/no-unassigned-import
import './show-in-source.css';

interface ShowInSourceLinkProps {
  href: string;
  lang: Lang;
  onOpen: () => void;
}

export function ShowInSourceLink({ href, lang, onOpen }: ShowInSourceLinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen();
  };
  return (
    <a className="show-in-source" href={href} onClick={follow}>
      {t(lang, 'showInSource')} <span aria-hidden="true">→</span>
    </a>
  );
}
