// classify rules most figures out with one scan of all its unit's patterns: the metric it names must be the one
// trying every rule in catalogue order names.
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Catalogue, CatalogueMetric } from './catalogue.ts';
import { classify, joinContext, type FigureContext } from './classify.ts';
import { normalizeText } from './normalize-text.ts';
import { realCatalogue } from './testing/extract-sentence.ts';

/** Every rule, metric by metric, in catalogue order: what classify did before it had a one-scan filter. */
function everyRuleInOrder(context: FigureContext, catalogue: Catalogue): CatalogueMetric | null {
  const near = joinContext(context);
  for (const metric of catalogue.metrics) {
    for (const rule of metric.rules) {
      if (rule.units.includes(context.unit) && rule.near.test(near) && (!rule.sentence || rule.sentence.test(context.sentence)) && !rule.not?.test(near)) return metric;
    }
  }
  return null;
}

/** Words the catalogue's patterns look for, and others: contexts made of them hit and miss rules alike. */
const words = ['新建', '工会', '会员', '职工', '慰问', '困难', '元', '万', '发放', '培训', '农民工', '女职工', '驿站', '户外', '劳动者', '新就业形态', '集体合同', '劳模', '省级', '其中', '、', ',', '。', '开展', '活动', '场', '人次', '服务', '，', '；'];
const units = ['人', '名', '人次', '元', '家', '个', '场', '期', '%', '项', '次', '份'];

describe('classify', () => {
  test('names the metric that trying every rule in catalogue order names', () => {
    const text = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((parts) => normalizeText(parts.join('')).text);
    let classified = 0;
    fc.assert(
      fc.property(text, text, fc.constantFrom(...units), (before, after, unit) => {
        const context: FigureContext = { before, after, clauseBefore: before, sentence: `${before}1${unit}${after}`, sentenceBefore: before, segment: `${before}1${unit}${after}`, unit };
        const metric = classify(context, realCatalogue);
        if (metric) classified += 1;
        expect(metric?.id ?? null).toBe(everyRuleInOrder(context, realCatalogue)?.id ?? null);
      }),
      { seed: 17, numRuns: 3000 },
    );
    expect(classified).toBeGreaterThan(100);
  });
});
