// Joins the citation model and the copy widget: the "copy citation" buttons the reader and the profile show.
import type { Source } from '@/schema/dataset';
import { CopyCitation } from '@/components/copy-citation';
import { englishCitation, gbtCitation, isoDay } from '@/domain/citation';
import { t, type Lang } from '@/lib/i18n';

/** Copy buttons for a source's GB/T 7714 and English citations; the access date is the day of the click. */
export function citationActions(lang: Lang) {
  return (source: Source) => (
    <CopyCitation
      lang={lang}
      choices={[
        { id: 'gbt', label: t(lang, 'copyCitationGbt'), text: () => gbtCitation({ source, accessedOn: isoDay(new Date()) }) },
        { id: 'en', label: t(lang, 'copyCitationEn'), text: () => englishCitation({ source, accessedOn: isoDay(new Date()) }) },
      ]}
    />
  );
}
