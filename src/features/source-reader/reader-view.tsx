// Source reader: pick a report, read it with every mention highlighted, jump between its figures.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Mention, Observation, Source, SourceFile } from '@/schema/dataset';
import { missingFacts, publisherText } from '@/domain/citation';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { formatCount, formatDate } from '@/lib/format';
import { fillPlaceholders, pick, t, type Lang } from '@/lib/i18n';
import { areaColours, UNCLASSIFIED_COLOUR } from './area-colours';
import { orderedMentions, segmentSource } from './highlight-segments';
import { resolveFocus } from './reader-focus';
import { READER_TEXT } from './reader-messages';
import { FigureSidebar } from './figure-sidebar';
import { SourcePicker } from './source-picker';
import { SourceText } from './source-text';

interface ReaderViewProps {
  lookup: DatasetLookup;
  sourceId: string | null;
  /** The loaded source file; null while it loads or when it failed (see `placeholder`). */
  file: SourceFile | null;
  /** Observations of the source's locality (for colours, labels and values). */
  observations: readonly Observation[];
  placeholder: ReactNode;
  fig: string | null;
  lang: Lang;
  perCapita: boolean;
  onSelectSource: (sourceId: string) => void;
  onSelectFigure: (fig: string) => void;
  onOpenFigure: (observation: Observation) => void;
  onOpenProfile: (localityId: string) => void;
  /** Slot for controls the app adds to the source's header (copy citation). */
  sourceActions?: (source: Source) => ReactNode;
}

export function ReaderView(props: ReaderViewProps) {
  const { lookup, sourceId, file, observations, placeholder, fig, lang, perCapita } = props;
  const source = sourceId ? lookup.sourcesById.get(sourceId) : undefined;
  const locality = source ? lookup.localitiesById.get(source.localityId) : undefined;
  const colours = useMemo(() => areaColours(lookup.areas), [lookup]);
  const areaLabels = useMemo(() => new Map(lookup.areas.map((a) => [a.id, pick(a.label, lang)])), [lookup, lang]);
  const observationsById = useMemo(() => new Map(observations.map((o) => [o.id, o])), [observations]);
  const focus = useMemo(() => (file ? resolveFocus(fig, file, observationsById) : null), [file, fig, observationsById]);
  const segments = useMemo(() => (file ? segmentSource(file, focus?.range ?? null) : []), [file, focus]);
  const figures = useMemo(
    () =>
      file
        ? orderedMentions(file.mentions, file.text.length)
            .filter((m) => m.status === 'figure' && m.observationId && observationsById.has(m.observationId))
            .map((mention) => ({ mention, observation: observationsById.get(mention.observationId ?? '') as Observation }))
        : [],
    [file, observationsById],
  );
  const textRef = useRef<HTMLDivElement>(null);
  const targetStart = focus?.mention?.start ?? null;

  // Runs whenever the focus object changes, which includes a newly loaded file with the same target.
  useEffect(() => {
    const start = focus?.mention?.start;
    if (start === undefined) return;
    const target = textRef.current?.querySelector<HTMLElement>(`[data-mention-start="${start}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [focus]);

  const presentAreas = lookup.areas.filter((area) => figures.some((f) => f.observation.programAreaId === area.id));
  const count = (status: Mention['status']) => file?.mentions.filter((m) => m.status === status).length ?? 0;

  return (
    <section className="view reader-view" aria-labelledby="reader-heading" data-testid="reader-view">
      <div className="view__toolbar">
        <h2 id="reader-heading" className="view__title">
          {pick(READER_TEXT.title, lang)}
        </h2>
        <SourcePicker lookup={lookup} value={source?.id ?? null} lang={lang} onChange={props.onSelectSource} />
      </div>
      <p className="view__intro">{pick(READER_TEXT.intro, lang)}</p>
      {source ? (
        <header className="card reader-source">
          <h3 className="reader-source__title" lang="zh-CN">
            {source.title}
          </h3>
          <p className="muted small">
            {locality ? (
              <>
                <span className="swatch" style={{ background: lookup.colours.get(locality.id) }} aria-hidden="true" />
                {pick(locality.name, lang)} · {pick(locality.level, lang)} ·{' '}
              </>
            ) : null}
            {/* What the source states, then once what it leaves unstated (never "日期: 未注明" per field). */}
            {[publisherText(source, lang), source.publishedOn ? formatDate(source.publishedOn, lang) : null, missingFacts(source, lang)]
              .filter(Boolean)
              .map((fact) => `${fact} · `)
              .join('')}
            {t(lang, 'period')}: {pick(source.period.label, lang)}
            {file ? (
              <>
                {' · '}
                {fillPlaceholders(pick(READER_TEXT.counts, lang), {
                  figures: formatCount(count('figure'), lang),
                  rejected: formatCount(count('rejected'), lang),
                  repeats: formatCount(file.repeats.length, lang),
                })}
              </>
            ) : null}
          </p>
          {source.note ? <p className="note note--levels">{pick(source.note, lang)}</p> : null}
          {props.sourceActions?.(source)}
          {locality ? (
            <button type="button" className="button" onClick={() => props.onOpenProfile(locality.id)}>
              {pick(READER_TEXT.openProfile, lang)}
            </button>
          ) : null}
        </header>
      ) : null}
      {file && source ? (
        <div className="reader-layout">
          <div className="reader-main" ref={textRef}>
            <ul className="reader-legend" aria-label={pick(READER_TEXT.legend, lang)}>
              {presentAreas.map((area) => (
                <li key={area.id}>
                  <span className="mention mention--classified mention--sample" style={{ ['--mention-colour' as string]: colours.get(area.id) }}>
                    12
                  </span>{' '}
                  {pick(area.label, lang)}
                </li>
              ))}
              <li>
                <span className="mention mention--unclassified mention--sample" style={{ ['--mention-colour' as string]: UNCLASSIFIED_COLOUR }}>
                  12
                </span>{' '}
                {pick(READER_TEXT.unclassified, lang)}
              </li>
              <li>
                <span className="mention mention--rejected mention--sample">12</span> {pick(READER_TEXT.notCounted, lang)}
              </li>
              <li>
                <span className="reader-dim mention--sample">12</span> {pick(READER_TEXT.dimmed, lang)}
              </li>
            </ul>
            <SourceText
              segments={segments}
              observationsById={observationsById}
              areaColours={colours}
              areaLabels={areaLabels}
              targetStart={targetStart}
              lang={lang}
              onOpenFigure={props.onOpenFigure}
            />
          </div>
          <FigureSidebar
            figures={figures}
            locality={locality}
            lookup={lookup}
            areaColours={colours}
            targetObservationId={focus?.observation?.id ?? null}
            lang={lang}
            perCapita={perCapita}
            onSelect={props.onSelectFigure}
          />
        </div>
      ) : source ? (
        placeholder
      ) : sourceId ? (
        <p className="empty-state" role="alert" data-testid="source-not-found">
          {fillPlaceholders(pick(READER_TEXT.sourceNotFound, lang), { id: sourceId })}
        </p>
      ) : (
        <p className="empty-state">{pick(READER_TEXT.noSourceSelected, lang)}</p>
      )}
    </section>
  );
}
