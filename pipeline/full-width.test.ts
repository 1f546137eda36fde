// The five articles as most Chinese sites publish them, with full-width ，；：！？（）, give the same data.
import { describe, expect, test } from 'vitest';
import type { Observation } from '../src/schema/dataset.ts';
import { buildDataset } from './build-dataset.ts';
import { foldWidth } from './normalize-text.ts';
import { readInputs } from './read-inputs.ts';
import { join } from 'node:path';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
/** Full-width clause punctuation, but not inside numbers (1,200 keeps its separator). */
const toFullWidth = (text: string) => text.replace(/[,;:!?()]/g, (ch, at: number) => (ch === ',' && /\d/.test(text[at - 1] ?? '') && /\d{3}/.test(text.slice(at + 1, at + 4)) ? ch : FULL_WIDTH[ch]!));

const root = join(import.meta.dirname, '..');
const inputs = readInputs(root, '2026-01-01T00:00:00.000Z');
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const fullWidthBytes = new Map([...inputs.sourceBytes].map(([name, bytes]) => [name, encoder.encode(toFullWidth(decoder.decode(bytes)))]));

const half = buildDataset(inputs);
const full = buildDataset({ ...inputs, sourceBytes: fullWidthBytes });

/** Everything a figure says, with the quote folded back so the two spellings compare. */
const comparable = (o: Observation) => ({ ...o, quote: foldWidth(o.quote), clause: foldWidth(o.clause), originalText: foldWidth(o.originalText) });

describe('full-width punctuation', () => {
  test('the rewrite really changes the articles', () => {
    const before = decoder.decode(inputs.sourceBytes.get('003_ae5e4d94e8aab770.txt')!);
    const after = decoder.decode(fullWidthBytes.get('003_ae5e4d94e8aab770.txt')!);
    expect(after).not.toBe(before);
    expect(after).toContain('2022年，秀洲区获评全国五一劳动奖章1人、市五一劳动奖状1家、市五一劳动奖章1人；');
  });

  test('the five articles give identical figures, metrics, labels and dimensions', () => {
    const halfFigures = half.localityFiles.flatMap((f) => f.observations).map(comparable);
    const fullFigures = full.localityFiles.flatMap((f) => f.observations).map(comparable);
    expect(fullFigures.length).toBe(halfFigures.length);
    expect(fullFigures).toEqual(halfFigures);
  });

  test('the same numbers are rejected for the same reasons, and the groups are the same', () => {
    const mentions = (output: typeof half) => output.sourceFiles.flatMap((s) => s.mentions.map((m) => [m.start, m.status, m.reason]));
    expect(mentions(full)).toEqual(mentions(half));
    expect(full.index.comparableGroups).toEqual(half.index.comparableGroups);
  });
});
