// Step 1: normalise a decoded source (BOM, line endings, full-width digits, signs and punctuation) with a map back to the original.
// Most Chinese sites write ，；：！？（）; folding them to their ASCII forms lets every later step read one form.

export interface NormalizedText {
  /** The text the later steps read. */
  text: string;
  /**
   * toOriginal[i] is the offset in the original string of text[i]; toOriginal[text.length] is the original length.
   * null when no character moved but for the BOM (no CRLF): the offset is then i + shift, and no map is built.
   */
  toOriginal: Int32Array | null;
  /** What a dropped BOM shifts every offset by (0 or 1), where toOriginal is null. */
  shift: number;
}

const FULL_WIDTH: Record<string, string> = {
  '％': '%',
  '．': '.',
  '＋': '+',
  '－': '-',
  '：': ':',
  '，': ',',
  '；': ';',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
  '～': '~',
  '\u3000': ' ',
  '\u00a0': ' ',
};

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width digits ０-９ and Latin letters Ａ-Ｚ ａ-ｚ fold to ASCII.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return FULL_WIDTH[ch] ?? ch;
}

const ONE_TO_ONE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％．＋－：，；！？（）～\u3000\u00a0]/g;

/** Folds full-width digits, letters, signs and punctuation to ASCII, one character for one (no offsets move). */
export const foldWidth = (text: string): string => text.replace(ONE_TO_ONE, mapChar);

/** Normalises `original` and records where each normalised character came from. */
export function normalizeText(original: string): NormalizedText {
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Character folds are one to one, so only the BOM and CRLF shift offsets.
  const folded = foldWidth(bom ? original.slice(1) : original);
  if (!folded.includes('\r')) return { text: folded, toOriginal: null, shift: bom };
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    if (folded[i] === '\r') {
      out.push('\n');
      map.push(i + bom);
      if (folded[i + 1] === '\n') i += 1;
      continue;
    }
    out.push(folded[i]!);
    map.push(i + bom);
  }
  map.push(folded.length + bom);
  return { text: out.join(''), toOriginal: Int32Array.from(map), shift: 0 };
}

/** The offset in the original string of the normalised text's character at `at`. */
export const originalOffset = (norm: NormalizedText, at: number): number => (norm.toOriginal === null ? at + norm.shift : norm.toOriginal[at]!);

/** Where a [start, end) range of the normalised text ends in the original (its start is originalOffset's). */
export function originalEnd(norm: NormalizedText, start: number, end: number): number {
  // The end maps through the last character so that a dropped "\r" after it stays outside the range.
  return end > start ? originalOffset(norm, end - 1) + 1 : originalOffset(norm, start);
}

/** Maps a [start, end) range of the normalised text back to the original. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): [number, number] {
  return [originalOffset(norm, start), originalEnd(norm, start, end)];
}
