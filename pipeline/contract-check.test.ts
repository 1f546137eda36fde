// The contract check: it accepts only what zod's parse accepts and would return unchanged, and the pipeline's real
// output passes it without a zod copy.
import { join } from 'node:path';
import * as fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import {
  coverageFileSchema,
  indexFileSchema,
  localityFileSchema,
  metricFileSchema,
  observationSchema,
  sourceFileSchema,
} from '../src/schema/dataset.ts';
import { buildDataset } from './build-dataset.ts';
import { contractCheck, validated } from './contract-check.ts';
import { readInputs } from './read-inputs.ts';

const root = join(import.meta.dirname, '..');
const build = () => buildDataset(readInputs(root, '2026-01-01T00:00:00.000Z'));
const output = build();
const observations = output.localityFiles.flatMap((f) => f.observations);
const mentions = output.sourceFiles.flatMap((f) => f.mentions);

const fileSchemas = { indexFileSchema, localityFileSchema, metricFileSchema, sourceFileSchema, coverageFileSchema };

/** What zod makes of `value`: its JSON when it accepts it, else null. */
const zodJson = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? JSON.stringify(result.data) : null;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('contractCheck', () => {
  test.each(Object.entries(fileSchemas))('compiles every part of %s (no file falls back to zod for want of a rule)', (_name, schema) => {
    expect(contractCheck(schema).complete).toBe(true);
  });

  test('the real output passes as built: no file is copied by zod', () => {
    const spies = Object.values(fileSchemas).map((schema) => vi.spyOn(schema, 'parse'));
    const again = build();
    expect(again.localityFiles.length).toBe(5);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(contractCheck(indexFileSchema)(again.index)).toBe(true);
    for (const file of again.metricFiles) expect(contractCheck(metricFileSchema)(file)).toBe(true);
  });

  test.each<[string, (o: Record<string, unknown>) => unknown]>([
    ['a value that is not a number', (o) => ({ ...o, value: '12' })],
    ['NaN', (o) => ({ ...o, value: Number.NaN })],
    ['an infinite value', (o) => ({ ...o, value: Number.POSITIVE_INFINITY })],
    ['an offset that is not whole', (o) => ({ ...o, quoteStart: 1.5 })],
    ['a negative offset', (o) => ({ ...o, quoteStart: -1 })],
    ['an offset beyond the safe integers', (o) => ({ ...o, quoteStart: 2 ** 53 })],
    ['an end offset of zero', (o) => ({ ...o, quoteEnd: 0 })],
    ['an empty original text', (o) => ({ ...o, originalText: '' })],
    ['an id in upper case', (o) => ({ ...o, localityId: 'Changshan' })],
    ['an unknown qualifier', (o) => ({ ...o, qualifier: 'roughly' })],
    ['a level that is undefined', (o) => ({ ...o, level: undefined })],
    ['an empty label', (o) => ({ ...o, label: { zh: '', en: 'x' } })],
    ['a label with its keys swapped', (o) => ({ ...o, label: { en: 'x', zh: 'y' } })],
    ['a missing key', ({ review: _review, ...o }) => o],
    ['a key the contract does not have', (o) => ({ ...o, note: 'extra' })],
    ['the keys in another order', ({ id, ...o }) => ({ ...o, id })],
    ['a period that is an array', (o) => ({ ...o, period: [] })],
    ['an object with a toJSON of its own', (o) => Object.assign(Object.create({ toJSON: () => 'x' }) as object, o)],
  ])('refuses an observation with %s', (_what, mutate) => {
    const check = contractCheck(observationSchema);
    const valid = observations[0]! as unknown as Record<string, unknown>;
    expect(check(valid)).toBe(true);
    expect(check(mutate(valid))).toBe(false);
  });

  test('refuses everything while Object.prototype has an enumerable key (for-in would list keys not own)', () => {
    const check = contractCheck(observationSchema);
    // oxlint-disable-next-line no-extend-native -- the pollution under test, removed below
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
    let whilePolluted: boolean;
    try {
      whilePolluted = check(observations[0]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(whilePolluted).toBe(false);
    expect(check(observations[0])).toBe(true);
  });

  test('counts lengths in code points as zod does: one astral character is one, a lone surrogate is one', () => {
    const schema = z.object({ short: z.string().min(2), long: z.string().max(1) });
    const check = contractCheck(schema);
    for (const value of [{ short: '𠀀', long: '𠀀' }, { short: '\ud840a', long: '\ud840' }, { short: 'ab', long: '𠀀𠀀' }, { short: '𠀀𠀀', long: '' }]) {
      expect(check(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    }
  });

  test('a schema with what it cannot check (a transform, a refinement, an e-mail format) accepts nothing, so zod decides', () => {
    for (const schema of [z.object({ a: z.string().transform((s) => s.trim()) }), z.object({ a: z.string() }).refine(() => false), z.object({ a: z.email() }), z.object({ a: z.string().optional() })]) {
      const check = contractCheck(schema);
      expect(check.complete).toBe(false);
      expect(check({ a: 'x@example.org' })).toBe(false);
    }
  });

  // The one property that makes the check safe: whatever it accepts, zod accepts and returns unchanged in JSON.
  test('never accepts what zod refuses or would change (random changes to real observations and mentions)', () => {
    const interesting = fc.constantFrom<unknown>(null, undefined, '', 'a', 'Bad Id', 0, -1, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, [], {}, { zh: 'a', en: 'b' }, true, 'exact', 'flow');
    const value = fc.oneof(interesting, fc.anything());
    const change = fc.record({ key: fc.nat(), nested: fc.boolean(), value, kind: fc.constantFrom('set', 'delete', 'add', 'move', 'borrow', 'borrow') });
    let accepted = 0;
    let refused = 0;
    for (const [schema, samples] of [[observationSchema, observations], [sourceFileSchema.shape.mentions.element, mentions]] as const) {
      const check = contractCheck(schema);
      fc.assert(
        fc.property(fc.nat(samples.length - 1), fc.array(change, { minLength: 1, maxLength: 3 }), (at, changes) => {
          let subject = structuredClone(samples[at]!) as unknown as Record<string, unknown>;
          for (const { key, nested, value: v, kind } of changes) {
            const keys = Object.keys(subject);
            const name = keys[key % keys.length]!;
            const inner = subject[name];
            if (nested && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
              const innerKeys = Object.keys(inner);
              if (innerKeys.length > 0) subject = { ...subject, [name]: { ...inner, [innerKeys[key % innerKeys.length]!]: v } };
              continue;
            }
            if (kind === 'set') subject = { ...subject, [name]: v };
            if (kind === 'delete') subject = Object.fromEntries(Object.entries(subject).filter(([k]) => k !== name));
            if (kind === 'add') subject = { ...subject, [`extra${key}`]: v };
            // Another real figure's value of the same key: mostly valid, so that acceptance is exercised too.
            if (kind === 'borrow') subject = { ...subject, [name]: (samples[key % samples.length] as unknown as Record<string, unknown>)[name] };
            if (kind === 'move') subject = { ...Object.fromEntries(Object.entries(subject).filter(([k]) => k !== name)), [name]: inner };
          }
          if (check(subject)) {
            accepted += 1;
            expect(zodJson(schema, subject)).toBe(JSON.stringify(subject));
          } else refused += 1;
        }),
        { numRuns: 2000, seed: 20261121 },
      );
    }
    // Both outcomes happen, so the property says something.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});

describe('validated', () => {
  test('returns the object itself when it passes', () => {
    const file = output.localityFiles[0]!;
    expect(validated(localityFileSchema, file)).toBe(file);
  });

  test("returns zod's copy, in the contract's key order, when only the order differs", () => {
    const { id, ...rest } = observations[0]!;
    const reordered = { ...rest, id };
    const result = validated(observationSchema, reordered);
    expect(result).not.toBe(reordered);
    expect(JSON.stringify(result)).toBe(JSON.stringify(observations[0]));
  });

  test('throws zod’s error for an object the contract refuses', () => {
    expect(() => validated(observationSchema, { ...observations[0]!, level: 'galactic' })).toThrow(z.ZodError);
  });
});
