// A fast path for the data contract without eval: each schema's definition is turned once into nested closures that
// say "valid, here is the parsed value" or INVALID, and zod's own parser runs only when they say INVALID, so a bad
// file still gets zod's issue with its path. The parsed value is the input itself wherever zod's copy would hold
// the same (no key the contract drops): the app parses files it has just decoded and keeps only the result, so
// copying every object of a 3,000-locality index only made work for the garbage collector. Under the page's CSP zod cannot compile (no Function()), and its
// interpreter allocates a payload per value: about 4x slower on a 3,000-locality index (README, "Validation").
import { INVALID, withParser, type ZodMiniType } from 'zod/mini';

type Parse = (input: unknown) => unknown;

/** A schema this fast path cannot model exactly: the schema is then used as it is. */
export class UnsupportedSchemaError extends Error {}

/** A zod/mini schema: its definition is public. */
interface Schema {
  def: Def;
}

interface Def {
  type: string;
  checks?: readonly Check[];
  check?: string;
  format?: string;
  shape?: Record<string, Schema>;
  catchall?: unknown;
  element?: Schema;
  innerType?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
}

/** A check (minLength, regex …) keeps its definition in zod's internal slot. */
// oxlint-disable-next-line no-underscore-dangle
type Check = { _zod: { def: CheckDef } };
// oxlint-disable-next-line no-underscore-dangle
const checkDef = (check: Check): CheckDef => check._zod.def;

interface CheckDef {
  check: string;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** One check of a string, number or array as a test; anything else is unsupported. */
function checkTest(check: CheckDef): (value: never) => boolean {
  switch (check.check) {
    case 'min_length': {
      const minimum = check.minimum!;
      return (value: { length: number }) => value.length >= minimum;
    }
    case 'string_format': {
      if (check.format !== 'regex' || !(check.pattern instanceof RegExp)) break;
      const pattern = check.pattern;
      return (value: string) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      };
    }
    case 'greater_than': {
      const bound = check.value!;
      return check.inclusive ? (value: number) => value >= bound : (value: number) => value > bound;
    }
    case 'less_than': {
      const bound = check.value!;
      return check.inclusive ? (value: number) => value <= bound : (value: number) => value < bound;
    }
  }
  throw new UnsupportedSchemaError(`check ${check.check}${check.format ? ` (${check.format})` : ''}`);
}

function checksOf(def: Def): (value: never) => boolean {
  const tests = (def.checks ?? []).map((check) => checkTest(checkDef(check)));
  if (tests.length === 0) return () => true;
  return (value) => tests.every((test) => test(value));
}

/** The parser of one schema definition: its parsed copy of the input, or INVALID. */
function parserOf(def: Def): Parse {
  switch (def.type) {
    case 'string': {
      const checks = checksOf(def);
      return (input) => (typeof input === 'string' && checks(input as never) ? input : INVALID);
    }
    case 'number': {
      if (def.check !== undefined && !(def.check === 'number_format' && def.format === 'safeint')) throw new UnsupportedSchemaError(`number ${def.format}`);
      const integer = def.check !== undefined;
      const checks = checksOf(def);
      return (input) =>
        typeof input === 'number' && (integer ? Number.isSafeInteger(input) : Number.isFinite(input)) && checks(input as never) ? input : INVALID;
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries!));
      return (input) => (values.has(input) ? input : INVALID);
    }
    case 'literal': {
      const values = new Set(def.values);
      return (input) => (values.has(input) ? input : INVALID);
    }
    case 'nullable': {
      const inner = parserOf(def.innerType!.def);
      return (input) => (input === null ? null : inner(input));
    }
    case 'array': {
      const element = parserOf(def.element!.def);
      const checks = checksOf(def);
      return (input) => {
        if (!Array.isArray(input) || !checks(input as never)) return INVALID;
        let output: unknown[] | null = null;
        for (let i = 0; i < input.length; i += 1) {
          const value = element(input[i]);
          if (value === INVALID) return INVALID;
          // A copy only from the first item that parsed to something else (an object with keys the contract drops).
          if (output === null && value !== input[i]) output = input.slice(0, i);
          output?.push(value);
        }
        return output ?? input;
      };
    }
    case 'object': {
      if (def.catchall !== undefined || (def.checks ?? []).length > 0) throw new UnsupportedSchemaError('object with catchall or checks');
      const fields = Object.entries(def.shape!).map(([key, schema]) => [key, parserOf(schema.def)] as const);
      const keys = fields.length;
      return (input) => {
        if (!isPlainObject(input)) return INVALID;
        let same = true;
        for (const [key, parse] of fields) {
          const value = parse(input[key]);
          if (value === INVALID) return INVALID;
          if (value !== input[key]) same = false;
        }
        // No field is optional (a schema with one is refused), so a valid object has every field: with no other
        // key and every field as it came, zod's copy would hold the same; the input itself is the answer.
        if (same && Object.keys(input).length === keys) return input;
        const output: Record<string, unknown> = {};
        for (const [key, parse] of fields) output[key] = parse(input[key]);
        return output;
      };
    }
    case 'record': {
      const keyType = def.keyType!.def;
      if (keyType.type !== 'string' || (keyType.checks ?? []).length > 0) throw new UnsupportedSchemaError('record keys other than strings');
      const value = parserOf(def.valueType!.def);
      return (input) => {
        if (!isPlainObject(input) || Object.getOwnPropertySymbols(input).length > 0) return INVALID;
        const keys = Object.keys(input);
        let output: Record<string, unknown> | null = null;
        for (let i = 0; i < keys.length; i += 1) {
          const key = keys[i]!;
          // zod's own parser decides about a key that would set the copy's prototype.
          if (key === '__proto__') return INVALID;
          const parsed = value(input[key]);
          if (parsed === INVALID) return INVALID;
          if (output === null && parsed !== input[key]) {
            output = {};
            for (let j = 0; j < i; j += 1) output[keys[j]!] = input[keys[j]!];
          }
          if (output !== null) output[key] = parsed;
        }
        return output ?? input;
      };
    }
  }
  throw new UnsupportedSchemaError(`type ${def.type}`);
}

/** The schema with the fast path installed (a clone); throws UnsupportedSchemaError for what it cannot model. */
export function withFastPath<T extends ZodMiniType>(schema: T): T {
  const parse = parserOf((schema as unknown as Schema).def);
  return withParser(schema, parse as never);
}
