// Step 2 helpers: cut the text into paragraphs, sentences and clauses, and find quoted names.
// The text is normalised first (normalize-text.ts): full-width ，；：！？（） arrive here as , ; : ! ? ( ).

export interface Span {
  start: number;
  end: number;
}

// Characters are looked up by code (text.charCodeAt) in a table of flags: text[i] would make a string of every
// Chinese character read.
const SENTENCE_END = /[。!?]/;
const SENTENCE_END_FLAG = 1;
const CLOSER_FLAG = 2;
const CLAUSE_BREAK_FLAG = 4;
const FLAGS = new Uint8Array(0x10000);
const flag = (chars: string, bit: number) => {
  for (const ch of chars) FLAGS[ch.charCodeAt(0)]! |= bit;
};
flag('。!?', SENTENCE_END_FLAG);
flag('”’」』)', CLOSER_FLAG);
flag(',;。!?:\n', CLAUSE_BREAK_FLAG);
const NEWLINE = 0x0a;
/** Where a sentence may end: 。!? and line breaks. */
const BREAK = /[。!?\n]/g;
const FIRST_CLAUSE = /^[^,。;!?、”’]*/;
const CLAUSE_PUNCTUATION = /[,。;!?]/;

/** Whether the character with this code is white space, exactly as /\s/ reads it. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** [s, e) without white space at either end. */
function trimmed(text: string, s: number, e: number): Span {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s += 1;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e -= 1;
  return { start: s, end: e };
}

/** Non-empty lines of [start, end), trimmed: the captures put one paragraph on a line. */
export function paragraphs(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let lineStart = start; lineStart <= end; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = trimmed(text, lineStart, lineEnd);
    if (line.end > line.start) out.push(line);
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Paragraphs of at least `minLength` characters that repeat an earlier one word for word; `spans` are the paragraphs
 * of [start, end) where the caller has them.
 */
export function findRepeatedParagraphs(text: string, start: number, end: number, minLength = 20, spans = paragraphs(text, start, end)): Array<Span & { firstStart: number }> {
  // Only a paragraph of the same length can repeat another: texts are compared then, not each one hashed.
  const firstsByLength = new Map<number, number[]>();
  const repeats: Array<Span & { firstStart: number }> = [];
  for (const p of spans) {
    const length = p.end - p.start;
    if (length < minLength) continue;
    const firsts = firstsByLength.get(length);
    if (firsts === undefined) {
      firstsByLength.set(length, [p.start]);
      continue;
    }
    const body = text.slice(p.start, p.end);
    // The starts of distinct bodies, in order: the one equal to this body (if any) is where it first stood.
    const first = firsts.find((at) => text.startsWith(body, at));
    if (first === undefined) firsts.push(p.start);
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
  const nextClause = FIRST_CLAUSE.exec(text.slice(nextStart, nextStart + 40))![0];
  if (nextClause.length <= 2 && nextStart < text.length) return true;
  return before.length >= 40;
}

/** Sentences of [start, end), trimmed, ending at 。!? (with closing quotes) or at a hard line break. */
export function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  let lineStart = start;
  const push = (s: number, e: number) => {
    const sentence = trimmed(text, s, e);
    if (sentence.end > sentence.start) out.push(sentence);
  };
  let i = start;
  while (i < end) {
    // The next 。!? or line break: the regex engine scans for it faster than a loop over the characters.
    BREAK.lastIndex = i;
    if (!BREAK.test(text) || BREAK.lastIndex > end) break;
    i = BREAK.lastIndex - 1;
    const code = text.charCodeAt(i);
    if ((FLAGS[code]! & SENTENCE_END_FLAG) !== 0) {
      let e = i + 1;
      while (e < end && (FLAGS[text.charCodeAt(e)]! & (CLOSER_FLAG | SENTENCE_END_FLAG)) !== 0) e += 1;
      push(sentenceStart, e);
      sentenceStart = e;
      i = e;
      continue;
    }
    if (code === NEWLINE) {
      let next = i;
      while (next < end && isSpaceCode(text.charCodeAt(next))) next += 1;
      if (!isSoftBreak(text, lineStart, i, next)) {
        push(sentenceStart, i);
        sentenceStart = next;
      }
      lineStart = next;
      i = next;
    }
  }
  push(sentenceStart, end);
  return out;
}

/** The span of `spans` (sorted, not overlapping) that holds offset `at`, or undefined: a binary search. */
export function spanAt<T extends Span>(spans: readonly T[], at: number): T | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  const span = spans[low];
  return span !== undefined && span.start <= at ? span : undefined;
}

/** The clause (between , ; 。 : and line breaks) of [start, end) that contains `at`. */
export function clauseAround(text: string, sentence: Span, at: number): Span {
  let s = at;
  while (s > sentence.start && (FLAGS[text.charCodeAt(s - 1)]! & CLAUSE_BREAK_FLAG) === 0) s -= 1;
  let e = at;
  while (e < sentence.end && (FLAGS[text.charCodeAt(e)]! & CLAUSE_BREAK_FLAG) === 0) e += 1;
  return { start: s, end: e };
}

/** Each pattern with the mark it opens with: a text without the mark is not searched for it. */
const QUOTE_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['“', /“[^“”]{0,120}”/g],
  ['‘', /‘[^‘’]{0,60}’/g],
  ['《', /《[^《》]{0,80}》/g],
  ['「', /「[^「」]{0,80}」/g],
  ['"', /"[^"\n]{0,60}"/g],
];

/**
 * Spans inside quotation marks and book-title marks that name something: campaigns, methods, documents.
 * A long quote with clause punctuation is reported speech, and its figures stay figures.
 */
export function quotedSpans(text: string, start: number, end: number): Span[] {
  const region = text.slice(start, end);
  const out: Span[] = [];
  for (const [mark, pattern] of QUOTE_PATTERNS) {
    if (!region.includes(mark)) continue;
    for (const m of region.matchAll(pattern)) {
      const isSpeech = m[0].length > 32 && CLAUSE_PUNCTUATION.test(m[0]);
      if (!isSpeech) out.push({ start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  return out.toSorted((a, b) => a.start - b.start);
}

/** The phrases by their first character, in list order, and a pattern that finds any of those characters. */
interface PhraseIndex {
  byFirst: ReadonlyMap<number, readonly string[]>;
  firsts: RegExp;
}
const phraseIndexes = new WeakMap<readonly string[], PhraseIndex>();

function phraseIndex(phrases: readonly string[]): PhraseIndex {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    // The catalogue's schema asks two characters at least; an empty phrase would stand everywhere.
    if (phrases.some((phrase) => phrase.length === 0)) throw new Error('set phrases must not be empty');
    const byFirst = new Map<number, string[]>();
    for (const phrase of phrases) {
      const first = phrase.charCodeAt(0);
      if (!byFirst.has(first)) byFirst.set(first, []);
      byFirst.get(first)!.push(phrase);
    }
    const chars = [...byFirst.keys()].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
    index = { byFirst, firsts: new RegExp(`[${chars}]`, 'g') };
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/**
 * Every occurrence in [start, end) of each phrase (already normalised), e.g. the catalogue's set phrases, by
 * offset (phrases that start at one offset in list order). One pass finds where a phrase's first character stands.
 */
export function phraseSpans(text: string, start: number, end: number, phrases: readonly string[]): Span[] {
  const out: Span[] = [];
  const { byFirst, firsts } = phraseIndex(phrases);
  firsts.lastIndex = start;
  // test, not exec: no match object for each of the many 一 in a text; a match is one character, so it ends at lastIndex.
  while (firsts.test(text) && firsts.lastIndex - 1 < end) {
    const at = firsts.lastIndex - 1;
    for (const phrase of byFirst.get(text.charCodeAt(at))!) {
      if (at + phrase.length <= end && text.startsWith(phrase, at)) out.push({ start: at, end: at + phrase.length });
    }
  }
  return out;
}
