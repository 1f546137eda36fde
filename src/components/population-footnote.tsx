// The page's one footnote on where populations come from (the census), which every population and per-capita
// figure on the page points to with a mark, instead of repeating the citation on each card.
import { joinList, t, type Lang } from '@/lib/i18n';

export const POPULATION_NOTE_ID = 'population-note';

/** The mark after a population or a per-capita note; screen readers get the footnote through aria-describedby. */
export function PopulationMark() {
  return (
    <sup className="population-mark" aria-hidden="true">
      *
    </sup>
  );
}

export function PopulationFootnote({ citations, lang }: { citations: readonly string[]; lang: Lang }) {
  if (citations.length === 0) return null;
  return (
    <p className="page-footnote" id={POPULATION_NOTE_ID} data-testid="population-footnote">
      <span aria-hidden="true">* </span>
      {/* The citation names what it counts ("常住人口:第七次全国人口普查(2020)"); a screen reader hears a label first. */}
      <span className="visually-hidden">{t(lang, 'populationSource')}: </span>
      {joinList(citations, lang)}
    </p>
  );
}
