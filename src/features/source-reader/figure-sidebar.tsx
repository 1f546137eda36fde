// The article's figures in reading order; choosing one moves the reader to its sentence.
import type { Locality, Mention, Observation } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { figureValueText } from '@/domain/figure-text';
import { pick, type Lang } from '@/lib/i18n';
import { READER_TEXT } from './reader-messages';
import { UNCLASSIFIED_COLOUR } from './area-colours';

interface FigureSidebarProps {
  figures: readonly { mention: Mention; observation: Observation }[];
  locality: Locality | undefined;
  lookup: DatasetLookup;
  areaColours: ReadonlyMap<string, string>;
  targetObservationId: string | null;
  lang: Lang;
  perCapita: boolean;
  onSelect: (observationId: string) => void;
}

export function FigureSidebar(props: FigureSidebarProps) {
  const { figures, locality, lookup, areaColours, targetObservationId, lang, perCapita, onSelect } = props;
  return (
    <nav className="reader-sidebar" aria-labelledby="reader-figures-title">
      <h3 id="reader-figures-title" className="reader-sidebar__title">
        {pick(READER_TEXT.figuresInOrder, lang)} <span className="muted">({figures.length})</span>
      </h3>
      {figures.length === 0 ? <p className="muted small">{pick(READER_TEXT.noFigures, lang)}</p> : null}
      <ol className="reader-sidebar__list">
        {figures.map(({ mention, observation }) => {
          const metric = observation.metricId ? lookup.metricsById.get(observation.metricId) : undefined;
          const colour = observation.programAreaId ? (areaColours.get(observation.programAreaId) ?? UNCLASSIFIED_COLOUR) : UNCLASSIFIED_COLOUR;
          const value = locality ? figureValueText(observation, metric, locality, lookup.unitLabels, lang, perCapita) : mention.text;
          return (
            <li key={observation.id}>
              <button
                type="button"
                className="reader-sidebar__item"
                aria-current={observation.id === targetObservationId ? 'location' : undefined}
                data-observation-id={observation.id}
                onClick={() => onSelect(observation.id)}
              >
                <span className="swatch" style={{ background: colour }} aria-hidden="true" />
                <span className="reader-sidebar__label">{pick(observation.label, lang)}</span>
                <strong className="reader-sidebar__value">{value}</strong>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
