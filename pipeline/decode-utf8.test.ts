import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeUtf8 } from './decode-utf8.ts';
import { PipelineError } from './pipeline-error.ts';

/** What the standard decoder makes of `bytes` (BOM kept), or null where it refuses them. */
function standard(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function ours(bytes: Uint8Array): string | null {
  try {
    return decodeUtf8('data/sources/x.txt', bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    return null;
  }
}

describe('decodeUtf8', () => {
  test('gives the text TextDecoder gives for any valid text: Chinese, full-width punctuation, astral characters, a BOM', () => {
    const unit = fc.oneof(fc.constantFrom('常', '山', '县', '，', '；', '（', '）', '\ufeff', '𠀀', '😀', '\r', '\n', 'a', 'é'), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(ours(bytes)).toBe(standard(bytes));
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  test('keeps a leading BOM as U+FEFF', () => {
    expect(decodeUtf8('x.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('\ufeffA');
  });

  test('refuses what TextDecoder refuses, and decodes what it decodes, for any bytes', () => {
    const nearUtf8 = fc.constantFrom(0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x8f);
    fc.assert(
      fc.property(fc.array(fc.oneof(nearUtf8, fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), (values) => {
        const bytes = Uint8Array.from(values);
        expect(ours(bytes)).toBe(standard(bytes));
      }),
      { seed: 5, numRuns: 2000 },
    );
  });

  test('a file larger than any before it decodes whole', () => {
    const text = '工会'.repeat(40_000);
    expect(decodeUtf8('x.txt', new TextEncoder().encode(text))).toBe(text);
  });
});
