import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { UnsupportedSchemaError, withFastPath } from '@/data/fast-parse';
import { coverageFileSchema, indexFileSchema, localityFileSchema, metricFileSchema, SCHEMA_VERSION, sourceFileSchema } from '@/schema/dataset';
import { fixtureIndex, fixtureObservations } from '@/testing/fixture-dataset';

const localityFile = { schemaVersion: SCHEMA_VERSION, localityId: 'alpha', observations: fixtureObservations.get('alpha') };
const metricFile = { schemaVersion: SCHEMA_VERSION, metricId: 'new_unions', observations: [...fixtureObservations.values()].flat().filter((o) => o.metricId === 'new_unions') };
const sourceFile = {
  schemaVersion: SCHEMA_VERSION,
  sourceId: 'src-alpha',
  text: '全县新建2200余个工会，建会率90%以上。',
  articleStart: 0,
  articleEnd: 20,
  repeats: [{ start: 10, end: 12, firstStart: 0 }],
  mentions: [
    { start: 4, end: 10, text: '2200余个', status: 'figure', reason: null, observationId: 'a1' },
    { start: 0, end: 2, text: '2022年', status: 'rejected', reason: 'year', observationId: null },
  ],
};
const coverageFile = {
  schemaVersion: SCHEMA_VERSION,
  builtAt: '2024-01-02T03:04:05.000Z',
  rows: [
    {
      sourceId: 'src-alpha', localityId: 'alpha', found: 9, classified: 3, unclassified: 1, plans: 1, rejected: 2, rejectedByReason: { year: 1, ordinal: 1 },
      repeatsDropped: 0, outsideArticle: 4, unknown: { level: 1, measure: 0, years: 2 }, undistinguished: 0, untranslated: 1,
    },
  ],
};

const FILES = [
  ['index.json', indexFileSchema, fixtureIndex],
  ['a locality file', localityFileSchema, localityFile],
  ['a metric file', metricFileSchema, metricFile],
  ['a source file', sourceFileSchema, sourceFile],
  ['coverage.json', coverageFileSchema, coverageFile],
] as const;

/** Every place in a JSON value: the paths of its objects' keys and its arrays' items. */
function places(value: unknown, path: readonly (string | number)[] = []): Array<readonly (string | number)[]> {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => places(item, [...path, i]))];
  if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))];
  return [path];
}

/** A copy with the value at `path` replaced (undefined: removed), or with a key added to the object there. */
function spoiled(value: unknown, path: readonly (string | number)[], replacement: unknown, addKey: string | null): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  const last = path.at(-1)!;
  if (addKey !== null && typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) {
    Object.defineProperty(parent[last], addKey, { value: replacement, enumerable: true, configurable: true, writable: true });
  } else if (replacement === undefined && !Array.isArray(parent)) {
    delete parent[last];
  } else {
    parent[last] = replacement;
  }
  return copy;
}

const odd = fc.constantFrom<unknown>(undefined, null, '', 'x', 'Abc', '2022-13', 0, -1, 0.5, 4, 5, -0, Infinity, NaN, 2 ** 53, [], [''], {}, { zh: '', en: 'x' }, true, 'year', 'more_than', SCHEMA_VERSION);

describe('the fast path of the data contract', () => {
  test.each(FILES)('%s: every file schema gets one, and a valid file parses to what zod gives', (_name, schema, file) => {
    const fast = withFastPath(schema);
    expect(fast).not.toBe(schema);
    expect(schema.safeParse(file).success).toBe(true);
    expect(fast.parse(file)).toEqual(schema.parse(file));
  });

  test.each(FILES)('%s: whatever is spoiled where, the answer is zod\'s own (success and value, or the same issues)', (_name, schema, file) => {
    const fast = withFastPath(schema);
    const all = places(file);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.oneof(odd, fc.jsonValue({ maxDepth: 2 })), fc.option(fc.constantFrom('extra', '__proto__', 'zh')), (at, replacement, addKey) => {
        const input = spoiled(file, all[at]!, replacement, addKey);
        const expected = schema.safeParse(input);
        const actual = fast.safeParse(input);
        expect(actual.success).toBe(expected.success);
        if (expected.success) expect(actual.data).toStrictEqual(expected.data);
        else expect(actual.error?.issues).toEqual(expected.error.issues);
      }),
      { numRuns: 300 },
    );
  });

  test('a file exactly as the contract has it is the answer itself, not copied; a key the contract drops is dropped from a copy', () => {
    const file = structuredClone(fixtureIndex);
    const parsed = withFastPath(indexFileSchema).parse(file);
    expect(parsed).toBe(file);
    expect(parsed.localities[0]).toBe(file.localities[0]);

    const extra = structuredClone(fixtureIndex);
    (extra.localities[1]!.name as Record<string, unknown>).fr = 'Bêta';
    const stripped = withFastPath(indexFileSchema).parse(extra);
    expect(stripped).toStrictEqual(indexFileSchema.parse(extra));
    expect(stripped.localities[1]!.name).toStrictEqual({ zh: extra.localities[1]!.name.zh, en: extra.localities[1]!.name.en });
    expect(extra.localities[1]!.name).toHaveProperty('fr'); // the input is left as it was
    expect(stripped.localities[0]).toBe(extra.localities[0]); // what needed no copy is shared
  });

  test('a schema it cannot model exactly is refused, to be used as it is', () => {
    expect(() => withFastPath(z.object({ when: z.optional(z.string()) }))).toThrow(UnsupportedSchemaError);
    expect(() => withFastPath(z.string().check(z.maxLength(3)))).toThrow(UnsupportedSchemaError);
    expect(() => withFastPath(z.looseObject({ a: z.string() }))).toThrow(UnsupportedSchemaError);
  });
});
