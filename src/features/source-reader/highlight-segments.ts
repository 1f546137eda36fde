// Pure: a source text cut into plain and mention segments, with dimmed (outside/repeat) and focused ranges.
import type { Mention, SourceFile } from '@/schema/dataset';

export interface TextRange {
  start: number;
  end: number;
}

export interface Segment {
  kind: 'text' | 'mention';
  start: number;
  end: number;
  text: string;
  /** Outside the article or inside a paragraph dropped as a repeat. */
  dimmed: boolean;
  /** Inside the sentence the reader was opened at. */
  focused: boolean;
  mention: Mention | null;
}

type SegmentableFile = Pick<SourceFile, 'text' | 'articleStart' | 'articleEnd' | 'repeats' | 'mentions'>;

/** Mentions in reading order with valid offsets; a mention that overlaps an earlier one is left out. */
export function orderedMentions(mentions: readonly Mention[], textLength: number): Mention[] {
  const sorted = mentions
    .filter((m) => m.start >= 0 && m.end <= textLength && m.start < m.end)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const previous = kept.at(-1);
    if (!previous || mention.start >= previous.end) kept.push(mention);
  }
  return kept;
}

function isDimmed(offset: number, file: SegmentableFile): boolean {
  if (offset < file.articleStart || offset >= file.articleEnd) return true;
  return file.repeats.some((repeat) => offset >= repeat.start && offset < repeat.end);
}

/** Cuts the text so that its segments, joined, give the text back exactly; mentions are never split. */
export function segmentSource(file: SegmentableFile, focus: TextRange | null = null): Segment[] {
  const length = file.text.length;
  const mentions = orderedMentions(file.mentions, length);
  const insideMention = (offset: number) => mentions.some((m) => offset > m.start && offset < m.end);
  const cutPoints = [0, length, file.articleStart, file.articleEnd, ...file.repeats.flatMap((r) => [r.start, r.end])];
  if (focus) cutPoints.push(focus.start, focus.end);
  const cuts = [...new Set(cutPoints.map((c) => Math.min(Math.max(c, 0), length)))]
    .filter((c) => !insideMention(c))
    .toSorted((a, b) => a - b);

  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? length;
    const dimmed = isDimmed(from, file);
    const focused = focus !== null && from >= focus.start && from < focus.end;
    const push = (kind: Segment['kind'], start: number, end: number, mention: Mention | null) =>
      segments.push({ kind, start, end, text: file.text.slice(start, end), dimmed, focused, mention });
    let position = from;
    while (next < mentions.length && (mentions[next]?.start ?? length) < to) {
      const mention = mentions[next] as Mention;
      if (mention.start > position) push('text', position, mention.start, null);
      push('mention', mention.start, mention.end, mention);
      position = mention.end;
      next += 1;
    }
    if (position < to) push('text', position, to, null);
  }
  return segments;
}

const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence around a span: from after the previous sentence end to the next one (inclusive). */
export function sentenceAround(text: string, range: TextRange): TextRange {
  let start = Math.max(0, Math.min(range.start, text.length));
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start -= 1;
  while (start < range.start && /\s/.test(text[start] ?? '')) start += 1;
  let end = Math.max(start, Math.min(range.end, text.length));
  while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  return { start, end };
}
