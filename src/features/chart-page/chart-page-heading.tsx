// The chart page's card header: the title and subtitle as editable fields, and what the page offers (copy link,
// embed, download).
import type { ReactNode } from 'react';
import { pick, type Lang } from '@/lib/i18n';
import { MAX_CHART_SUBTITLE, MAX_CHART_TITLE } from '@/state/url-state';
import { CHART_PAGE_TEXT } from './chart-page-messages';
import type { ChartEdits } from './chart-edits';
import { CopyButton } from './copy-button';
import { EditField } from './edit-field';
import { EmbedMenu } from './embed-menu';

interface EditableHeadingProps {
  lang: Lang;
  edits: ChartEdits;
  generated: { title: string; subtitle: string };
  onChange: (edits: Partial<ChartEdits>) => void;
}

export function EditableHeading({ lang, edits, generated, onChange }: EditableHeadingProps) {
  return (
    <div className="chart-page__heading">
      <EditField kind="title" value={edits.title} generated={generated.title} max={MAX_CHART_TITLE} lang={lang} onChange={(title) => onChange({ title })} />
      <EditField
        kind="subtitle"
        value={edits.subtitle}
        generated={generated.subtitle}
        max={MAX_CHART_SUBTITLE}
        lang={lang}
        onChange={(subtitle) => onChange({ subtitle })}
      />
      <p className="chart-page__edit-hint small muted">{pick(CHART_PAGE_TEXT.editHint, lang)}</p>
    </div>
  );
}

interface ShareActionsProps {
  lang: Lang;
  /** The page's absolute URL with its state. */
  pageUrl: string;
  embedSnippet: string;
  /** The card's download menu (PNG, SVG, CSV). */
  download: ReactNode;
}

export function ShareActions({ lang, pageUrl, embedSnippet, download }: ShareActionsProps) {
  return (
    <>
      <CopyButton text={pageUrl} label={pick(CHART_PAGE_TEXT.copyLink, lang)} done={pick(CHART_PAGE_TEXT.linkCopied, lang)} lang={lang} testId="copy-link" />
      <EmbedMenu snippet={embedSnippet} lang={lang} />
      {download}
    </>
  );
}
