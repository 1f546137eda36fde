// Pure: estimated text widths and greedy line breaking under Chinese rules, for text that ECharts draws (chart
// labels, exported headers): laid out here, so that ECharts never has to truncate it.
/** Estimated width of text: CJK and full-width characters take a full em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u2460-\u24FF\u201C\u201D]/.test(char) ? fontSize : fontSize * 0.6;
  return width;
}

/** Marks that never begin a line (they hang at the end of the previous one) and that never end one. */
const NO_LINE_START = /^[，。、；：？！”’》）」』】〕,.;:?!)\]]/;
const NO_LINE_END = /[“‘《（「『【〔(]$/;

/**
 * Greedy line breaking: Latin words and numbers stay whole where they fit, CJK breaks between characters,
 * closing punctuation never starts a line and an opening mark never ends one (Chinese line-breaking rules).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,;:!?'’()%+≈≥\-/]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (!line || textWidth(line + token.trimEnd(), fontSize) <= maxWidth) {
      line += token;
      continue;
    }
    // Closing punctuation takes the character before it down to the new line; an opening mark moves down
    // with the word it opens.
    const kept = [...line.trimEnd()];
    const carry: string[] = [];
    if (NO_LINE_START.test(token)) {
      // Take characters down until the new line starts with one that may start a line (》， takes 当 too).
      do carry.unshift(kept.pop()!);
      while (kept.length > 1 && NO_LINE_START.test(carry[0]!));
    }
    while (kept.length > 1 && NO_LINE_END.test(kept.at(-1)!)) carry.unshift(kept.pop()!);
    lines.push(kept.join(''));
    line = carry.join('') + token.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.filter((l) => l.length > 0);
}
