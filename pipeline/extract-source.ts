// Steps 1-5 for one source: normalise, cut the article out, find and screen quantities, classify figures.
import type { Kind, LevelCode, LocalizedText, Mention, Observation, Period } from '../src/schema/dataset.ts';
import { baseUnit, type Catalogue } from './catalogue.ts';
import { classify, continuesList, labelFor, unclassifiedLabel, UNTRANSLATED_LABEL, type FigureContext } from './classify.ts';
import { levelOf, measureOf, populationOf } from './dimensions.ts';
import { findQuantities, type QuantityCandidate } from './find-quantities.ts';
import { normalizeText, originalEnd, originalOffset, toOriginalRange, type NormalizedText } from './normalize-text.ts';
import { linkParts } from './part-of.ts';
import { governingPhrase, periodOf, temporalPhrases } from './periods.ts';
import { PipelineError } from './pipeline-error.ts';
import { rejectReason } from './reject-non-figures.ts';
import { clauseAround, findRepeatedParagraphs, paragraphs, phraseSpans, quotedSpans, sentences, spanAt, type Span } from './segment-text.ts';

export interface SectionSpec {
  start: string;
  end: string;
  /** Which occurrence of a marker that occurs more than once (1-based); a marker must otherwise occur once. */
  startOccurrence?: number;
  endOccurrence?: number;
  kind: Kind;
  period: Period | null;
}

export interface SourceSpec {
  id: string;
  localityId: string;
  /** The file name, for error messages. */
  file: string;
  /** The locality's level, which tells what 市级 means in its text. */
  localityLevel: LevelCode;
  publishedOn: string | null;
  period: Period;
  article: { start: string; end: string; startOccurrence?: number; endOccurrence?: number };
  sections: readonly SectionSpec[];
}

/** A marker that is missing, ambiguous or out of order; build-dataset names its line in the manifest. */
export class MarkerError extends Error {
  constructor(
    /** Where the marker is in the source entry: article.start, sections.0.end … */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'MarkerError';
  }
}

export interface ExtractedSource {
  articleStart: number;
  articleEnd: number;
  repeats: Array<{ start: number; end: number; firstStart: number }>;
  observations: Observation[];
  mentions: Mention[];
  /** The catalogue variant of each figure that has one (by observation id; absent: none), for `distinguish`. */
  variants: Map<string, LocalizedText | null>;
}

const inside = (span: Span, at: number) => span.start <= at && at < span.end;

/**
 * Where a marker stands: it must occur exactly once in the file, or the manifest names which occurrence, so that
 * text repeating a marker (a related-reading box, a report after the article) never moves the article's bounds.
 */
function locate(norm: NormalizedText, marker: string, field: string, occurrence: number | undefined): number {
  const needle = normalizeText(marker).text;
  const found: number[] = [];
  for (let at = norm.text.indexOf(needle); at !== -1; at = norm.text.indexOf(needle, at + 1)) found.push(at);
  if (found.length === 1 && (occurrence === undefined || occurrence === 1)) return found[0]!;
  const offsets = found.map((at) => originalOffset(norm, at)).join(', ');
  const name = field.endsWith('start') ? 'start marker' : 'end marker';
  if (found.length === 0) throw new MarkerError(field, `${name} "${marker}" not found in the file`);
  if (occurrence !== undefined) {
    if (occurrence > found.length) throw new MarkerError(field, `${name} "${marker}" occurs ${found.length} time(s) (at offsets ${offsets}), not ${occurrence}`);
    return found[occurrence - 1]!;
  }
  if (found.length > 1) {
    const key = field.endsWith('start') ? 'startOccurrence' : 'endOccurrence';
    throw new MarkerError(field, `${name} "${marker}" occurs ${found.length} times (at offsets ${offsets}); make it longer, or give ${key}: 1 to ${found.length}`);
  }
  return found[0]!;
}

/** The part of `sentence` between semicolons that holds `at`. */
function segmentAround(text: string, sentence: Span, at: number): string {
  const body = text.slice(sentence.start, sentence.end);
  const offset = at - sentence.start;
  const start = body.lastIndexOf(';', offset) + 1;
  const end = body.indexOf(';', offset);
  return body.slice(start, end === -1 ? body.length : end);
}

const PER_YEAR = /年均|每年/;

/** Extracts the figures of one source. `original` is the file decoded as UTF-8; offsets out are into it. */
export function extractSource(original: string, spec: SourceSpec, catalogue: Catalogue): ExtractedSource {
  const norm = normalizeText(original);
  const { text } = norm;
  if (text.trim().length === 0) throw new PipelineError(spec.file, 'the article is empty: the file has no text');
  const start = locate(norm, spec.article.start, 'article.start', spec.article.startOccurrence);
  const endAt = locate(norm, spec.article.end, 'article.end', spec.article.endOccurrence);
  if (endAt < start) throw new MarkerError('article.end', `end marker "${spec.article.end}" stands before the start marker`);
  const end = endAt + normalizeText(spec.article.end).text.length;
  if (text.slice(start, end).trim().length === 0) throw new PipelineError(spec.file, 'the article is empty');

  const sections = spec.sections.map((section, index) => {
    const s = locate(norm, section.start, `sections.${index}.start`, section.startOccurrence);
    const e = locate(norm, section.end, `sections.${index}.end`, section.endOccurrence) + normalizeText(section.end).text.length;
    if (s < start || e > end) throw new MarkerError(`sections.${index}.start`, 'the section does not lie inside the article');
    if (e <= s) throw new MarkerError(`sections.${index}.end`, `section end marker "${section.end}" stands before its start marker`);
    return { span: { start: s, end: e }, section };
  });
  sections.forEach((a, i) => {
    const overlap = sections.findIndex((b, j) => j > i && a.span.start < b.span.end && b.span.start < a.span.end);
    if (overlap !== -1) throw new MarkerError(`sections.${overlap}.start`, `sections ${i + 1} and ${overlap + 1} overlap`);
  });
  const paragraphSpans = paragraphs(text, start, end);
  const repeats = findRepeatedParagraphs(text, start, end, undefined, paragraphSpans);
  const quoted = quotedSpans(text, start, end);
  const setPhrases = phraseSpans(text, start, end, catalogue.setPhrases);
  const sentenceSpans = sentences(text, start, end);
  const phrases = temporalPhrases(text, start, end);
  const orig = (s: number, e: number) => toOriginalRange(norm, s, e);

  const mentions: Mention[] = [];
  const figures: Array<{ id: string; candidate: QuantityCandidate; sentence: Span; clause: Span; figureStart: number; figureEnd: number }> = [];
  for (const candidate of findQuantities(text)) {
    const s = originalOffset(norm, candidate.start);
    const e = originalEnd(norm, candidate.start, candidate.end);
    // 1e15 is far beyond any count or sum of money in a report, and below where doubles lose whole numbers.
    if (candidate.value !== null && !(Math.abs(candidate.value) < 1e15)) {
      const line = original.slice(0, s).split('\n').length;
      throw new PipelineError(spec.file, `number too large to represent: "${original.slice(s, Math.min(e, s + 24))}${e - s > 24 ? '…' : ''}"`, line);
    }
    const mention: Mention = { start: s, end: e, text: original.slice(s, e), status: 'figure', reason: null, observationId: null };
    mentions.push(mention);
    if (candidate.start < start || candidate.start >= end) mention.status = 'outside';
    else if (spanAt(repeats, candidate.start) !== undefined) mention.status = 'repeat';
    else {
      const reason = rejectReason(text, candidate, quoted, setPhrases);
      const sentence = spanAt(sentenceSpans, candidate.start);
      if (reason !== null || sentence === undefined) {
        mention.status = 'rejected';
        mention.reason = reason ?? 'no_unit';
      } else {
        const id = `${spec.id}:${s}`;
        figures.push({ id, candidate, sentence, clause: clauseAround(text, sentence, candidate.start), figureStart: s, figureEnd: e });
        mention.observationId = id;
      }
    }
  }

  const observations: Observation[] = [];
  const variants = new Map<string, LocalizedText | null>();
  const contexts: FigureContext[] = [];
  const read: { sentence: Span | null; text: string; plan: boolean; perYear: boolean } = { sentence: null, text: '', plan: false, perYear: false };
  figures.forEach(({ id, candidate, sentence, clause, figureStart, figureEnd }, index) => {
    const previous = figures[index - 1];
    const next = figures[index + 1];
    const samePrev = previous && previous.clause.start === clause.start ? previous : undefined;
    const sameNext = next && next.clause.start === clause.start ? next : undefined;
    // Figures of one sentence follow each other: its text and what it says (plan, per year) are read once.
    if (sentence !== read.sentence) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      read.sentence = sentence;
      read.text = sentenceText;
      read.plan = catalogue.planPattern.test(sentenceText);
      read.perYear = PER_YEAR.test(sentenceText);
    }
    const sentenceText = read.text;
    const context: FigureContext = {
      before: text.slice(samePrev ? samePrev.candidate.end : clause.start, candidate.start),
      after: text.slice(candidate.end, sameNext ? sameNext.candidate.start : clause.end),
      clauseBefore: text.slice(clause.start, candidate.start),
      sentence: sentenceText,
      sentenceBefore: text.slice(sentence.start, candidate.start),
      segment: segmentAround(text, sentence, candidate.start),
      unit: candidate.unit!,
    };
    contexts.push(context);
    let metric = classify(context, catalogue);
    const previousObservation = samePrev ? observations.at(-1) : undefined;
    if (metric === null && previousObservation?.metricId && continuesList(context.before)) {
      metric = catalogue.metrics.find((m) => m.id === previousObservation.metricId) ?? null;
    }
    const section = sections.find((s) => inside(s.span, candidate.start))?.section;
    const kind: Kind = section?.kind ?? (read.plan ? 'plan' : 'result');
    const paragraph = spanAt(paragraphSpans, candidate.start) ?? sentence;
    const phrase = governingPhrase(phrases, { at: candidate.start, sentence, paragraph });
    const { period, measure } = periodOf(
      { perYear: read.perYear, base: section?.period ?? spec.period, publishedOn: spec.publishedOn },
      phrase,
      measureOf(context, phrase?.kind === 'as_of'),
    );
    // Offsets in the original file (the id names figureStart, as the figure's mention does).
    const quoteStart = originalOffset(norm, sentence.start);
    const quoteEnd = originalEnd(norm, sentence.start, sentence.end);
    let label: LocalizedText;
    if (metric) label = metric.label;
    else label = labelFor(context, catalogue.figureLabels) ?? { zh: unclassifiedLabel(context), en: UNTRANSLATED_LABEL };
    // Only figures with a variant are kept (a missing one reads as null): the map lives until figures are told apart.
    const variant = metric ? labelFor(context, metric.variants, true) : null;
    if (variant !== null) variants.set(id, variant);
    observations.push({
      id,
      localityId: spec.localityId,
      sourceId: spec.id,
      metricId: metric?.id ?? null,
      label,
      programAreaId: metric?.programAreaId ?? null,
      value: candidate.value!,
      unit: baseUnit(candidate.unit!),
      originalText: original.slice(figureStart, figureEnd),
      qualifier: candidate.qualifier,
      qualifierText: candidate.qualifierText,
      period,
      kind,
      level: levelOf(context, spec.localityLevel),
      populationId: populationOf(context, catalogue.populations),
      measure,
      partOfId: null,
      distinction: null,
      groupId: null,
      quote: original.slice(quoteStart, quoteEnd),
      clause: original.slice(originalOffset(norm, clause.start), originalEnd(norm, clause.start, clause.end)),
      quoteStart,
      quoteEnd,
      figureStart,
      figureEnd,
      review: null,
    });
  });
  const parts = linkParts(
    observations.map((o, index) => ({
      id: o.id,
      unit: o.unit,
      value: o.value,
      sentenceStart: figures[index]!.sentence.start,
      before: contexts[index]!.before,
      clauseBefore: contexts[index]!.clauseBefore,
    })),
  );
  for (const o of observations) o.partOfId = parts.get(o.id) ?? null;

  const [articleStart, articleEnd] = orig(start, end);
  return {
    articleStart,
    articleEnd,
    repeats: repeats.map((r) => {
      const [s, e] = orig(r.start, r.end);
      return { start: s, end: e, firstStart: orig(r.firstStart, r.firstStart + 1)[0] };
    }),
    observations,
    mentions,
    variants,
  };
}
