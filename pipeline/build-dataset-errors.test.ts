// Bad input: each case stops the pipeline with a message naming the file, the place and the problem.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDataset, type PipelineInputs } from './build-dataset.ts';
import { PipelineError } from './pipeline-error.ts';
import { readInputs } from './read-inputs.ts';

const root = join(import.meta.dirname, '..');
const real = () => readInputs(root, '2026-01-01T00:00:00.000Z');

function failure(inputs: PipelineInputs): PipelineError {
  try {
    buildDataset(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    return error as PipelineError;
  }
  throw new Error('the pipeline accepted bad input');
}

/** The real inputs with one text file edited. */
function edited(key: 'manifest' | 'catalogue' | 'overrides', edit: (text: string) => string): PipelineInputs {
  const inputs = real();
  const text = edit(inputs[key].text);
  expect(text).not.toBe(inputs[key].text);
  return { ...inputs, [key]: { ...inputs[key], text } };
}

const lineOfText = (text: string, needle: string, nth = 1) => {
  let at = -1;
  for (let i = 0; i < nth; i += 1) at = text.indexOf(needle, at + 1);
  return text.slice(0, at).split('\n').length;
};

describe('bad input is a clear error', () => {
  test('a missing source file', () => {
    const inputs = real();
    const bytes = new Map(inputs.sourceBytes);
    bytes.delete('002_aabdfd569b0c74fd.txt');
    const error = failure({ ...inputs, sourceBytes: bytes });
    expect(error.message).toMatch(/^data\/sources\/002_aabdfd569b0c74fd\.txt: missing source file \(listed in data\/manifest\.yaml line \d+\)/);
  });

  test('a file that is not UTF-8, with the byte and line', () => {
    const inputs = real();
    const bytes = new Map(inputs.sourceBytes);
    const good = bytes.get('001_d9c73249a391ffcb.txt')!;
    const bad = Uint8Array.from([...good.subarray(0, 20), 0xff, ...good.subarray(20)]);
    bytes.set('001_d9c73249a391ffcb.txt', bad);
    const error = failure({ ...inputs, sourceBytes: bytes });
    expect(error.message).toBe('data/sources/001_d9c73249a391ffcb.txt:1: not valid UTF-8 (byte 20, 0xff)');
  });

  test('an empty article', () => {
    const inputs = real();
    const bytes = new Map(inputs.sourceBytes);
    bytes.set('004_e5d006b3dd77aca2.txt', new TextEncoder().encode('\n  \n'));
    expect(failure({ ...inputs, sourceBytes: bytes }).message).toBe('data/sources/004_e5d006b3dd77aca2.txt: the article is empty: the file has no text');
  });

  test('a start marker not found', () => {
    const error = failure(edited('manifest', (t) => t.replace('start: 赣抚大地、文脉悠长', 'start: 这句话不在文章里')));
    expect(error.message).toBe('data/sources/001_d9c73249a391ffcb.txt: article start marker "这句话不在文章里" not found');
  });

  test('an end marker not found', () => {
    const error = failure(edited('manifest', (t) => t.replace('end: 更符合广大职工意愿。', 'end: 不存在的结尾。')));
    expect(error.message).toBe('data/sources/003_ae5e4d94e8aab770.txt: article end marker "不存在的结尾。" not found after the article start');
  });

  test('two localities with the same id, at the line of the second', () => {
    const inputs = edited('manifest', (t) => t.replace('- id: sanjiang', '- id: changshan'));
    const error = failure(inputs);
    expect(error.message).toBe(`data/manifest.yaml:${lineOfText(inputs.manifest.text, '- id: changshan', 2)}: two localities have the id "changshan"`);
  });

  test('a metric naming an unknown program area', () => {
    const inputs = edited('catalogue', (t) => t.replace('area: women', 'area: womens'));
    const error = failure(inputs);
    expect(error.message).toBe(`data/catalogue.yaml:${lineOfText(inputs.catalogue.text, 'area: womens')}: metric "women_special_contracts" names an unknown program area "womens"`);
  });

  test('an override that matches no figure', () => {
    const inputs = edited('overrides', (t) => t.replace('figure: 97名', 'figure: 98名'));
    const error = failure(inputs);
    expect(error.file).toBe('data/overrides.yaml');
    expect(error.line).toBe(lineOfText(inputs.overrides.text, '- source: shifang-2023'));
    expect(error.problem).toContain('override matches no figure: "98名"');
  });

  test('a malformed YAML file, with its line', () => {
    const inputs = edited('catalogue', (t) => t.replace('  - { id: skills,', '  - { id: skills, [oops'));
    const error = failure(inputs);
    expect(error.file).toBe('data/catalogue.yaml');
    expect(error.line).toBe(lineOfText(inputs.catalogue.text, '[oops'));
    expect(error.problem).toMatch(/^malformed YAML/);
  });

  test('a field of the wrong shape, with its path and line', () => {
    const inputs = edited('manifest', (t) => t.replace('divisionCode: "450226"', 'divisionCode: "4502"'));
    const error = failure(inputs);
    expect(error.line).toBe(lineOfText(inputs.manifest.text, 'divisionCode: "4502"'));
    expect(error.problem).toMatch(/^localities\.2\.divisionCode: a 6-digit division code/);
  });
});

test('a measure word without a label in the catalogue', () => {
  const inputs = edited('catalogue', (t) => t.replace('  户: { zh: 户, en: households }\n', ''));
  const error = failure(inputs);
  expect(error.file).toBe('data/catalogue.yaml');
  expect(error.problem).toBe('measureWords has no label for "户" (used by 247户 in changshan-2022)');
  expect(error.line).toBe(lineOfText(inputs.catalogue.text, 'measureWords:') + 1); // the line where its entries start
});
