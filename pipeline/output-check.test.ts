// The output check answers as zod's parse does (the same JSON, or the same issues), without a copy where none is needed.
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { coverageFileSchema, indexFileSchema, localityFileSchema, sourceFileSchema } from '../src/schema/dataset.ts';
import { buildDataset } from './build-dataset.ts';
import { outputCheck, sameAsParsed, UnsupportedShapeError } from './output-check.ts';
import { readInputs } from './read-inputs.ts';

const output = buildDataset(readInputs(join(import.meta.dirname, '..'), '2026-01-01T00:00:00.000Z'));
const FILES = [
  ['index.json', indexFileSchema, output.index],
  ['a locality file', localityFileSchema, output.localityFiles[0]!],
  ['a source file', sourceFileSchema, output.sourceFiles[0]!],
  ['coverage.json', coverageFileSchema, output.coverage],
] as const;

type Path = ReadonlyArray<string | number>;

/** Every place in a JSON value: the paths of its objects' keys and its arrays' items. */
function places(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => places(item, [...path, i]))];
  if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))];
  return [path];
}

/** A prototype JSON.stringify reads (toJSON), as zod's parse does not: a value with it is never published as it is. */
class Box {
  toJSON() {
    return 'box';
  }
}

/** Ways to spoil the value at a place: what zod refuses, or what it accepts but would copy differently. */
const SPOILS = ['replace', 'remove', 'add key', 'move key last', 'class instance', 'null prototype', 'hidden key', 'symbol key'] as const;
type Spoil = (typeof SPOILS)[number];

/** A deep copy of `root` with the value at `path` spoiled; the copy keeps key order and plain prototypes. */
function spoiled(root: unknown, path: Path, spoil: Spoil, replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  const wrapper: Record<string | number, unknown> = { root: copy };
  const full = ['root', ...path];
  const parent = full.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, wrapper);
  const last = full.at(-1)!;
  const target = parent[last];
  const isObject = typeof target === 'object' && target !== null;
  if (spoil === 'replace') parent[last] = replacement;
  else if (spoil === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (!isObject) parent[last] = replacement;
  else if (spoil === 'add key') (target as Record<string, unknown>).extra = replacement;
  else if (spoil === 'move key last') {
    const key = Object.keys(target)[0];
    if (key !== undefined) {
      const moved = (target as Record<string, unknown>)[key];
      delete (target as Record<string, unknown>)[key];
      (target as Record<string, unknown>)[key] = moved;
    }
  } else if (spoil === 'class instance') Object.setPrototypeOf(target, Box.prototype);
  else if (spoil === 'null prototype') Object.setPrototypeOf(target, null);
  else if (spoil === 'hidden key') Object.defineProperty(target, 'hidden', { value: replacement, enumerable: false });
  else (target as Record<symbol, unknown>)[Symbol('extra')] = replacement;
  return wrapper.root;
}

/** What parse makes of `value`: its JSON, or the issues it throws. */
function answer(run: () => unknown): { json: string } | { issues: unknown } {
  try {
    return { json: JSON.stringify(run()) };
  } catch (error) {
    if (!(error instanceof z.core.$ZodError)) throw error;
    return { issues: error.issues };
  }
}

const odd = fc.constantFrom<unknown>(undefined, null, '', 'x', 'Abc', 0, -1, 0.5, 3, -0, Infinity, NaN, 2 ** 53, [], {}, { zh: '', en: 'x' }, { zh: 'a', en: 'b' }, true, 'year');

describe('the output check', () => {
  test.each(FILES)('%s: the pipeline builds it as the contract orders it, so it is published as it is (no copy)', (_name, schema, file) => {
    expect(sameAsParsed(schema)(file)).toBe(true);
    expect(outputCheck(schema)(file as never)).toBe(file);
  });

  test.each(FILES)('%s: whatever is spoiled where, the JSON written or the issues thrown are zod parse\'s own', (_name, schema, file) => {
    const check = outputCheck(schema);
    const parse = z.compile(schema);
    const all = places(file);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.constantFrom(...SPOILS), fc.oneof(odd, fc.jsonValue({ maxDepth: 2 })), (at, spoil, replacement) => {
        const input = spoiled(file, all[at]!, spoil, replacement);
        expect(answer(() => check(input as never))).toEqual(answer(() => parse.parse(input)));
      }),
      { numRuns: 400 },
    );
  });

  test('a value parse would change is published as parse returns it: unknown keys dropped, keys in the contract\'s order', () => {
    const schema = z.object({ a: z.string(), b: z.object({ c: z.number(), d: z.number() }) });
    const check = outputCheck(schema);
    const value = { a: 'x', b: { d: 2, c: 1 }, extra: true };
    expect(JSON.stringify(check(value as never))).toBe('{"a":"x","b":{"c":1,"d":2}}');
    const exact = { a: 'x', b: { c: 1, d: 2 } };
    expect(check(exact)).toBe(exact);
  });

  test('a record key that would set the copy\'s prototype is left out, as zod does', () => {
    const check = outputCheck(indexFileSchema);
    const index = structuredClone(output.index);
    Object.defineProperty(index.localities[0]!.figureCounts, '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
    expect(JSON.stringify(index)).toContain('"__proto__":1');
    expect(JSON.stringify(check(index))).toBe(JSON.stringify(z.compile(indexFileSchema).parse(index)));
    expect(JSON.stringify(check(index))).not.toContain('__proto__');
  });

  test('a value the contract refuses throws zod\'s error with the path of the problem, ASCII or full-width text alike', () => {
    const check = outputCheck(localityFileSchema);
    const file = structuredClone(output.localityFiles[0]!);
    file.observations[1]!.populationId = 'Women Workers';
    expect(() => check(file)).toThrow(z.core.$ZodError);
    expect(() => check(file)).toThrow(/observations.*1.*populationId|populationId/);
    const fullWidth = structuredClone(output.localityFiles[0]!);
    fullWidth.observations[0]!.label = { zh: '新建工会，（全宽）', en: '' };
    expect(() => check(fullWidth)).toThrow(/en/);
  });

  test.each([
    ['an optional field', z.object({ a: z.optional(z.string()) })],
    ['a fallback value (catch)', z.object({ a: z.catch(z.string(), 'x') })],
    ['a check that rewrites (trim)', z.string().check(z.trim())],
    ['a union', z.union([z.string(), z.number()])],
    ['a strict object', z.strictObject({ a: z.string() })],
    ['a loose object', z.looseObject({ a: z.string() })],
    ['a transform', z.pipe(z.string(), z.transform((s) => s.length))],
  ])('a schema that may rewrite values is refused for the fast path (%s), and always parsed', (_name, schema) => {
    expect(() => sameAsParsed(schema as z.ZodMiniType)).toThrow(UnsupportedShapeError);
  });
});
