// Quotes as shown on screen: whitespace runs between CJK characters (capture artefacts such as
// "增强\n\n强。") are dropped; the data and every export keep the exact slice of the source.

// Han, CJK punctuation and full-width forms: Chinese text has no spaces between these.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const WHITESPACE_RUN = /\s+/g;

/** Which code units of `text` are kept for display. */
function keptMask(text: string): boolean[] {
  const keep = Array.from({ length: text.length }, () => true);
  for (const match of text.matchAll(WHITESPACE_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (CJK.test(text[start - 1] ?? '') && CJK.test(text[end] ?? '')) keep.fill(false, start, end);
  }
  return keep;
}

/** The quote as displayed: whitespace (newlines too) between two CJK characters removed. */
export function displayQuote(text: string): string {
  return filterUnits(text, keptMask(text));
}

function filterUnits(text: string, keep: readonly boolean[]): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) if (keep[i]) out += text[i];
  return out;
}

/** The displayed quote with the figure's range (relative to the quote) moved to match. */
export function displayQuoteRange(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const keep = keptMask(text);
  const shift = (offset: number) => keep.slice(0, Math.max(0, offset)).filter(Boolean).length;
  return { text: filterUnits(text, keep), start: shift(start), end: shift(end) };
}
