// Steps 1-5 for one source: normalise, cut the article out, find and screen quantities, classify figures.
import type { Kind, Mention, Observation, Period } from '../src/schema/dataset.ts';
import { baseUnit, type Catalogue } from './catalogue.ts';
import { classify, continuesList, scopeOf, unclassifiedLabel, type FigureContext } from './classify.ts';
import { findQuantities, type QuantityCandidate } from './find-quantities.ts';
import { normalizeText, toOriginalRange } from './normalize-text.ts';
import { PipelineError } from './pipeline-error.ts';
import { rejectReason } from './reject-non-figures.ts';
import { clauseAround, findRepeatedParagraphs, quotedSpans, sentences, type Span } from './segment-text.ts';

export interface SectionSpec {
  start: string;
  end: string;
  kind: Kind;
  period: Period | null;
}

export interface SourceSpec {
  id: string;
  localityId: string;
  /** The file name, for error messages. */
  file: string;
  period: Period;
  article: { start: string; end: string };
  sections: readonly SectionSpec[];
}

export interface ExtractedSource {
  articleStart: number;
  articleEnd: number;
  repeats: Array<{ start: number; end: number; firstStart: number }>;
  observations: Observation[];
  mentions: Mention[];
}

const inside = (span: Span, at: number) => span.start <= at && at < span.end;

const CUMULATIVE = /近年来|近[两二三四五]年|多年来/;
const PER_YEAR = /年均|每年/;
const YEAR_IN_SENTENCE = /(\d{4})\s?年(?!度)/g;

function locate(text: string, marker: string, from: number, file: string, what: string, last = false): number {
  const needle = normalizeText(marker).text;
  const at = last ? text.lastIndexOf(needle) : text.indexOf(needle, from);
  if (at < from) throw new PipelineError(file, `${what} "${marker}" not found${from > 0 ? ' after the article start' : ''}`);
  return at;
}

function periodOf(sentence: string, spec: SourceSpec, section: SectionSpec | undefined): Period {
  if (section?.period) return section.period;
  const years = new Set([...sentence.matchAll(YEAR_IN_SENTENCE)].map((m) => Number(m[1])));
  if (years.size === 1) {
    const year = [...years][0]!;
    const { from, to } = spec.period;
    const inRange = (from === null || year >= from - 1) && (to === null || year <= to + 1);
    if (inRange && !(from === year && to === year)) {
      return { label: { zh: `${year}年`, en: String(year) }, from: year, to: year, cumulative: false };
    }
  }
  if (PER_YEAR.test(sentence)) {
    // 年均开展活动近千场: a yearly figure, even in an article that adds several years up.
    return {
      label: { zh: '每年(年均)', en: 'Per year (average)' },
      from: spec.period.from,
      to: spec.period.to,
      cumulative: false,
    };
  }
  if (CUMULATIVE.test(sentence) && !spec.period.cumulative) {
    return { label: { zh: '近年来(多年累计)', en: 'Recent years (cumulative)' }, from: null, to: spec.period.to, cumulative: true };
  }
  return spec.period;
}

/** Extracts the figures of one source. `original` is the file decoded as UTF-8; offsets out are into it. */
export function extractSource(original: string, spec: SourceSpec, catalogue: Catalogue): ExtractedSource {
  const norm = normalizeText(original);
  const { text } = norm;
  if (text.trim().length === 0) throw new PipelineError(spec.file, 'the article is empty: the file has no text');
  const start = locate(text, spec.article.start, 0, spec.file, 'article start marker');
  const endAt = locate(text, spec.article.end, start, spec.file, 'article end marker', true);
  const end = endAt + normalizeText(spec.article.end).text.length;
  if (text.slice(start, end).trim().length === 0) throw new PipelineError(spec.file, 'the article is empty');

  const sections = spec.sections.map((section) => {
    const s = locate(text, section.start, start, spec.file, 'section start marker');
    const e = locate(text, section.end, s, spec.file, 'section end marker') + normalizeText(section.end).text.length;
    return { span: { start: s, end: e }, section };
  });
  const repeats = findRepeatedParagraphs(text, start, end);
  const quoted = quotedSpans(text, start, end);
  const sentenceSpans = sentences(text, start, end);
  const orig = (s: number, e: number) => toOriginalRange(norm, s, e);

  const mentions: Mention[] = [];
  const figures: Array<{ candidate: QuantityCandidate; sentence: Span; clause: Span }> = [];
  for (const candidate of findQuantities(text)) {
    const [s, e] = orig(candidate.start, candidate.end);
    const mention: Mention = { start: s, end: e, text: original.slice(s, e), status: 'figure', reason: null, observationId: null };
    mentions.push(mention);
    if (candidate.start < start || candidate.start >= end) mention.status = 'outside';
    else if (repeats.some((r) => inside(r, candidate.start))) mention.status = 'repeat';
    else {
      const reason = rejectReason(text, candidate, quoted);
      const sentence = sentenceSpans.find((span) => inside(span, candidate.start));
      if (reason !== null || sentence === undefined) {
        mention.status = 'rejected';
        mention.reason = reason ?? 'no_unit';
      } else {
        figures.push({ candidate, sentence, clause: clauseAround(text, sentence, candidate.start) });
        mention.observationId = `${spec.id}:${s}`;
      }
    }
  }

  const observations: Observation[] = [];
  figures.forEach(({ candidate, sentence, clause }, index) => {
    const previous = figures[index - 1];
    const next = figures[index + 1];
    const samePrev = previous && previous.clause.start === clause.start ? previous : undefined;
    const sameNext = next && next.clause.start === clause.start ? next : undefined;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const context: FigureContext = {
      before: text.slice(samePrev ? samePrev.candidate.end : clause.start, candidate.start),
      after: text.slice(candidate.end, sameNext ? sameNext.candidate.start : clause.end),
      clauseBefore: text.slice(clause.start, candidate.start),
      sentence: sentenceText,
      unit: candidate.unit!,
    };
    let metric = classify(context, catalogue);
    const previousObservation = samePrev ? observations.at(-1) : undefined;
    if (metric === null && previousObservation?.metricId && continuesList(context.before)) {
      metric = catalogue.metrics.find((m) => m.id === previousObservation.metricId) ?? null;
    }
    const section = sections.find((s) => inside(s.span, candidate.start))?.section;
    const kind: Kind = section?.kind ?? (catalogue.planPattern.test(sentenceText) ? 'plan' : 'result');
    const [quoteStart, quoteEnd] = orig(sentence.start, sentence.end);
    const [figureStart, figureEnd] = orig(candidate.start, candidate.end);
    const label = unclassifiedLabel(context);
    observations.push({
      id: `${spec.id}:${figureStart}`,
      localityId: spec.localityId,
      sourceId: spec.id,
      metricId: metric?.id ?? null,
      label: metric ? metric.label : { zh: label, en: label },
      programAreaId: metric?.programAreaId ?? null,
      value: candidate.value!,
      unit: baseUnit(candidate.unit!),
      originalText: original.slice(figureStart, figureEnd),
      qualifier: candidate.qualifier,
      qualifierText: candidate.qualifierText,
      period: periodOf(sentenceText, spec, section),
      kind,
      scopeId: scopeOf(context.clauseBefore, catalogue),
      quote: original.slice(quoteStart, quoteEnd),
      quoteStart,
      quoteEnd,
      figureStart,
      figureEnd,
      review: null,
    });
  });

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
  };
}
