// The article as React text nodes (never HTML), each mention a highlight: a button for figures, a note for the rest.
import type { CSSProperties } from 'react';
import type { Observation } from '@/schema/dataset';
import { pick, type Lang } from '@/lib/i18n';
import type { Segment } from './highlight-segments';
import { mentionNote, mentionTone } from './reader-focus';
import { READER_TEXT } from './reader-messages';
import { UNCLASSIFIED_COLOUR } from './area-colours';

interface SourceTextProps {
  segments: readonly Segment[];
  observationsById: ReadonlyMap<string, Observation>;
  areaColours: ReadonlyMap<string, string>;
  areaLabels: ReadonlyMap<string, string>;
  targetStart: number | null;
  lang: Lang;
  onOpenFigure: (observation: Observation) => void;
}

function segmentClass(segment: Segment, extra: string): string {
  return [extra, segment.dimmed ? 'reader-dim' : '', segment.focused ? 'reader-focus' : ''].filter(Boolean).join(' ');
}

export function SourceText(props: SourceTextProps) {
  const { segments, observationsById, areaColours, areaLabels, targetStart, lang, onOpenFigure } = props;
  return (
    <div className="reader-text" lang="zh-CN" data-testid="reader-text">
      {segments.map((segment) => {
        const key = `${segment.kind}-${segment.start}`;
        if (segment.kind === 'text' || !segment.mention) {
          return segment.dimmed || segment.focused ? (
            <span key={key} className={segmentClass(segment, '')}>
              {segment.text}
            </span>
          ) : (
            segment.text
          );
        }
        const mention = segment.mention;
        const observation = mention.observationId ? observationsById.get(mention.observationId) : undefined;
        const tone = mentionTone(mention, observation);
        const isTarget = mention.start === targetStart;
        const common = {
          'data-mention-start': mention.start,
          'data-status': mention.status,
          'data-target': isTarget ? 'true' : undefined,
        };
        if (observation && (tone === 'classified' || tone === 'unclassified')) {
          const colour = observation.programAreaId ? (areaColours.get(observation.programAreaId) ?? UNCLASSIFIED_COLOUR) : UNCLASSIFIED_COLOUR;
          const area = observation.programAreaId ? areaLabels.get(observation.programAreaId) : pick(READER_TEXT.unclassified, lang);
          const where = pick(tone === 'classified' ? READER_TEXT.openInCharts : READER_TEXT.openInProfile, lang);
          const description = `${pick(observation.label, lang)} · ${area ?? ''} · ${where}`;
          return (
            <button
              key={key}
              type="button"
              {...common}
              data-observation-id={observation.id}
              className={segmentClass(segment, `mention mention--${tone}${isTarget ? ' mention--target' : ''}`)}
              style={{ '--mention-colour': colour } as CSSProperties}
              title={description}
              aria-label={`${segment.text}（${description}）`}
              onClick={() => onOpenFigure(observation)}
            >
              {segment.text}
            </button>
          );
        }
        const note = mentionNote(mention, lang) || pick(READER_TEXT.notCounted, lang);
        return (
          <span
            key={key}
            {...common}
            className={segmentClass(segment, `mention mention--${tone === 'classified' || tone === 'unclassified' ? 'rejected' : tone}${isTarget ? ' mention--target' : ''}`)}
            tabIndex={0}
            title={note}
            data-note={note}
          >
            {segment.text}
            <span className="visually-hidden">（{note}）</span>
          </span>
        );
      })}
    </div>
  );
}
