// The catalogue's own test sentences: each metric's examples are matched to it, with either punctuation.
import { describe, expect, test } from 'vitest';
import { compileCatalogue, foldPattern } from './compile-catalogue.ts';
import { catalogueSchema, nestsUnboundedQuantifiers } from './input-schemas.ts';
import { parseYaml } from './parse-yaml.ts';
import { PipelineError } from './pipeline-error.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSentences, realCatalogue } from './testing/extract-sentence.ts';

const text = readFileSync(join(import.meta.dirname, '..', 'data', 'catalogue.yaml'), 'utf8');
const input = parseYaml('data/catalogue.yaml', text, catalogueSchema);
const examples = input.metrics.flatMap((metric) => metric.examples.map((example) => [metric.id, example] as const));

/** The sentence without its brackets, and the figure the brackets mark. */
function unmark(example: string): { sentence: string; figure: string } {
  const [, before, figure, after] = /^(.*)\[([^\]]+)\](.*)$/s.exec(example)!;
  return { sentence: `${before}${figure}${after}`, figure: figure! };
}

/** ASCII punctuation of the examples as most Chinese sites write it. */
const toFullWidth = (s: string) => s.replace(/[,;:!?()]/g, (ch) => ({ ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' })[ch]!);

describe('catalogue examples', () => {
  test('the catalogue grows towards what county reports hold: every metric has test sentences', () => {
    expect(input.metrics.length).toBeGreaterThanOrEqual(75);
    expect(examples.length).toBeGreaterThanOrEqual(input.metrics.length);
  });

  test.each(examples)('%s: %s', (metricId, example) => {
    const { sentence, figure } = unmark(example);
    for (const written of [sentence, toFullWidth(sentence)]) {
      const found = extractSentences(written).find((o) => o.originalText === figure);
      expect(found, `${figure} in ${written}`).toBeDefined();
      expect(found!.metricId, written).toBe(metricId);
    }
  });
});

const withMetric = (units: string) => text.replace('      - { near: "工会经费", units: [元] }', `      - { near: "工会经费", units: [${units}] }`);

describe('catalogue rules', () => {
  test.each([
    ['人, 人次', '人 and 人次'],
    ['元, 个', '元 beside 个'],
    ['名, 人次', '人 and 人次'],
  ])('a metric that accepts %s is refused: %s', (units, problem) => {
    const edited = withMetric(units);
    expect(edited).not.toBe(text);
    const compile = () => compileCatalogue(parseYaml('data/catalogue.yaml', edited, catalogueSchema), 'data/catalogue.yaml', edited);
    expect(compile).toThrow(PipelineError);
    expect(compile).toThrow(`metric "union_funds" accepts ${problem}`);
  });

  test('patterns written with full-width punctuation match the folded text, and （） stay literal brackets', () => {
    expect(foldPattern('劳模（工匠）创新工作室，')).toBe('劳模\\(工匠\\)创新工作室,');
    expect(new RegExp(foldPattern('劳模（工匠）')).test('劳模(工匠)')).toBe(true);
    expect(new RegExp(foldPattern('劳模（工匠）')).test('劳模工匠')).toBe(false);
  });

  test('every population, variant and figure label has an English label that is not the Chinese repeated', () => {
    const labels = [
      ...realCatalogue.populations.map((p) => p.label),
      ...realCatalogue.figureLabels.map((l) => l.label),
      ...realCatalogue.metrics.flatMap((m) => [m.label, ...m.variants.map((v) => v.label)]),
    ];
    expect(labels.filter((l) => l.en === l.zh || !/[a-z]/i.test(l.en))).toEqual([]);
  });
});

describe('catalogue patterns that could hang the build are refused', () => {
  test.each([
    ['([^x]+)+x', true],
    ['(a*)*b', true],
    ['(工会|职工)+', false],
    ['(新就业形态|新业态)[^,。、]{0,6}工会', false],
    ['(劳模[^,]{0,8})+', false],
    ['(\\d+)+', true],
    ['[(a+)+]', false],
  ] as const)('%s nests unbounded quantifiers: %s', (source, nested) => {
    expect(nestsUnboundedQuantifiers(source)).toBe(nested);
  });

  test('a catalogue rule like ([^x]+)+x is an error naming its line, before anything runs', () => {
    const edited = text.replace('near: "工会经费"', 'near: "([^x]+)+x"');
    const compile = () => parseYaml('data/catalogue.yaml', edited, catalogueSchema);
    expect(compile).toThrow(PipelineError);
    expect(compile).toThrow(/could take for ever/);
  });
});
