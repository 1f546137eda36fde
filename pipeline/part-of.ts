// Step 5d: figures that are part of another: 覆盖职工子女224人,其中…35人; 总投入资金200余万元,…补助资金35万元.

export interface PartCandidate {
  id: string;
  /** Base measure word (名 and 位 read as 人). */
  unit: string;
  value: number;
  /** Offset of the figure's sentence, to tell sentences apart. */
  sentenceStart: number;
  /** The figure's own words before it (back to the previous figure in its clause) and its clause up to it. */
  before: string;
  clauseBefore: string;
}

const OF_WHICH = /其中/;
const WHOLE = /总投入|总投资|总计|合计|共计|总额|总数/;
const SHARE = /补助|资助|奖补|配套/;

/**
 * For each figure that is part of an earlier one, the id of that whole: after 其中, the nearest earlier figure of
 * the same unit and a larger value in its sentence (or the sentence before); a subsidy after a total in its
 * sentence. Figures in `figures` are in text order.
 */
export function linkParts(figures: readonly PartCandidate[]): Map<string, string> {
  const parts = new Map<string, string>();
  figures.forEach((figure, index) => {
    // The nearest figure before this one that `test` accepts.
    const nearestEarlier = (test: (w: PartCandidate) => boolean) => {
      for (let i = index - 1; i >= 0; i -= 1) if (test(figures[i]!)) return figures[i];
      return undefined;
    };
    const fits = (whole: PartCandidate) => whole.unit === figure.unit && whole.value > figure.value;
    let whole: PartCandidate | undefined;
    if (OF_WHICH.test(figure.clauseBefore)) {
      whole = nearestEarlier((w) => w.sentenceStart === figure.sentenceStart && fits(w));
      const previousSentence = nearestEarlier((w) => w.sentenceStart < figure.sentenceStart)?.sentenceStart;
      whole ??= nearestEarlier((w) => w.sentenceStart === previousSentence && fits(w));
    } else if (SHARE.test(figure.before)) {
      whole = nearestEarlier((w) => w.sentenceStart === figure.sentenceStart && WHOLE.test(w.before) && fits(w));
    }
    if (whole) parts.set(figure.id, whole.id);
  });
  return parts;
}
