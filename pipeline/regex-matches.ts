// Every match of a pattern in a text without a new RegExp or iterator per call: the figure steps run their patterns
// hundreds of thousands of times on a large corpus, and `text.matchAll(new RegExp(source, 'g'))` compiled each anew.

const globalCopies = new WeakMap<RegExp, RegExp>();

/** `new RegExp(pattern.source, 'g')`, made once per pattern (the flags of `pattern` are not kept, as there). */
export function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, 'g');
    globalCopies.set(pattern, copy);
  }
  return copy;
}

/**
 * Calls `each` with the offset and length of every match of `pattern` in `text`, in order: the matches of
 * `text.matchAll(new RegExp(pattern.source, 'g'))`. `each` must not look for the same pattern again.
 */
export function forEachMatch(pattern: RegExp, text: string, each: (index: number, length: number) => void): void {
  const copy = globalCopy(pattern);
  copy.lastIndex = 0;
  for (let m = copy.exec(text); m !== null; m = copy.exec(text)) {
    each(m.index, m[0].length);
    // matchAll steps over an empty match the same way.
    if (m[0].length === 0) copy.lastIndex += 1;
  }
}

/**
 * `(?:a)|(?:b)…`: matches where one of `patterns` does, for ruling many out with one scan; null where a
 * backreference or a flag would change a pattern's meaning inside the whole, or the whole does not compile.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp | null {
  if (patterns.some((p) => p.flags !== '' || /\\[1-9]|\\k</.test(p.source))) return null;
  try {
    return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
  } catch {
    return null; // e.g. one group name in two patterns
  }
}
