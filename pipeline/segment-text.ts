// Step 2 helpers: cut the text into paragraphs, sentences and clauses, and find quoted names.
// The text is normalised first (normalize-text.ts): full-width ，；：！？（） arrive here as , ; : ! ? ( ).

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。!?]/;
const SENTENCE_END_CHARS = new Set(['。', '!', '?']);
const CLOSERS = /[”’」』)]/;
const CLAUSE_BREAK = /[,;。!?:\n]/;

/** Non-empty lines of [start, end), trimmed: the captures put one paragraph on a line. */
export function paragraphs(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let lineStart = start;
  for (let i = start; i <= end; i += 1) {
    if (i === end || text[i] === '\n') {
      let s = lineStart;
      let e = i;
      while (s < e && /\s/.test(text[s]!)) s += 1;
      while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
      if (e > s) out.push({ start: s, end: e });
      lineStart = i + 1;
    }
  }
  return out;
}

/** Paragraphs of at least `minLength` characters that repeat an earlier one word for word. */
export function findRepeatedParagraphs(text: string, start: number, end: number, minLength = 20): Array<Span & { firstStart: number }> {
  const seen = new Map<string, number>();
  const repeats: Array<Span & { firstStart: number }> = [];
  for (const p of paragraphs(text, start, end)) {
    const body = text.slice(p.start, p.end);
    if (body.length < minLength) continue;
    const first = seen.get(body);
    if (first === undefined) seen.set(body, p.start);
    else repeats.push({ ...p, firstStart: first });
  }
  return repeats;
}

/**
 * Whether a line break inside [start, end) continues the sentence. The captures break lines mid-word
 * (抗疫精 / 神”); a short line without final punctuation is a heading, and a heading ends a sentence.
 */
function isSoftBreak(text: string, lineStart: number, breakStart: number, nextStart: number): boolean {
  const before = text.slice(lineStart, breakStart).trim();
  if (before.length === 0 || SENTENCE_END.test(before.at(-1)!)) return false;
  const nextClause = /^[^,。;!?、”’]*/.exec(text.slice(nextStart, nextStart + 40))![0];
  if (nextClause.length <= 2 && nextStart < text.length) return true;
  return before.length >= 40;
}

/** Sentences of [start, end), trimmed, ending at 。!? (with closing quotes) or at a hard line break. */
export function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  let lineStart = start;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s += 1;
    while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (SENTENCE_END_CHARS.has(ch)) {
      let e = i + 1;
      while (e < end && (CLOSERS.test(text[e]!) || SENTENCE_END.test(text[e]!))) e += 1;
      push(sentenceStart, e);
      sentenceStart = e;
      i = e;
      continue;
    }
    if (ch === '\n') {
      let next = i;
      while (next < end && /\s/.test(text[next]!)) next += 1;
      if (!isSoftBreak(text, lineStart, i, next)) {
        push(sentenceStart, i);
        sentenceStart = next;
      }
      lineStart = next;
      i = next;
      continue;
    }
    i += 1;
  }
  push(sentenceStart, end);
  return out;
}

/** The clause (between , ; 。 : and line breaks) of [start, end) that contains `at`. */
export function clauseAround(text: string, sentence: Span, at: number): Span {
  let s = at;
  while (s > sentence.start && !CLAUSE_BREAK.test(text[s - 1]!)) s -= 1;
  let e = at;
  while (e < sentence.end && !CLAUSE_BREAK.test(text[e]!)) e += 1;
  return { start: s, end: e };
}

const QUOTE_PATTERNS = [/“[^“”]{0,120}”/g, /‘[^‘’]{0,60}’/g, /《[^《》]{0,80}》/g, /「[^「」]{0,80}」/g, /"[^"\n]{0,60}"/g];

/**
 * Spans inside quotation marks and book-title marks that name something: campaigns, methods, documents.
 * A long quote with clause punctuation is reported speech, and its figures stay figures.
 */
export function quotedSpans(text: string, start: number, end: number): Span[] {
  const region = text.slice(start, end);
  const out: Span[] = [];
  for (const pattern of QUOTE_PATTERNS) {
    for (const m of region.matchAll(pattern)) {
      const isSpeech = m[0].length > 32 && /[,。;!?]/.test(m[0]);
      if (!isSpeech) out.push({ start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  return out.toSorted((a, b) => a.start - b.start);
}

/** Every occurrence in [start, end) of each phrase (already normalised), e.g. the catalogue's set phrases. */
export function phraseSpans(text: string, start: number, end: number, phrases: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const phrase of phrases) {
    for (let at = text.indexOf(phrase, start); at !== -1 && at + phrase.length <= end; at = text.indexOf(phrase, at + 1)) {
      out.push({ start: at, end: at + phrase.length });
    }
  }
  return out.toSorted((a, b) => a.start - b.start);
}
