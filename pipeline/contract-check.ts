// The data contract checked without copying: a predicate compiled once from a zod schema of src/schema/dataset.ts.
// zod's parse builds a new object for every object it checks (a third of the pipeline's time went to parsing and
// collecting those copies). The predicate accepts a value only when zod would accept it AND would return it
// unchanged in JSON (the same keys in the schema's order, no key zod strips); anything else, including every schema
// construct or check it does not know, goes to zod's own parse, which copies or throws. So what is published is
// byte for byte what zod's parse would have given, and nothing the contract refuses is ever published.
import type { z } from 'zod';

/** A compiled predicate; `complete` is false when the schema holds something it cannot check (it then accepts nothing). */
export interface ContractCheck {
  (value: unknown): boolean;
  readonly complete: boolean;
}

type Predicate = (value: unknown) => boolean;

/** What a zod schema or check exposes (zod/v4/core, shared by zod and zod/mini). */
interface Schema {
  _zod: { def: Def; values?: ReadonlySet<unknown> };
}

interface Def {
  type?: string;
  check?: string;
  format?: string;
  coerce?: boolean;
  checks?: readonly Schema[];
  shape?: Record<string, Schema>;
  catchall?: unknown;
  element?: Schema;
  innerType?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: unknown;
  inclusive?: boolean;
  pattern?: RegExp;
}

/** zod's own record of a schema or check: its definition, and for an enum or literal the set of values it allows. */
// oxlint-disable-next-line no-underscore-dangle -- what zod itself checks with; no public API lists a check's bounds
const internals = (schema: Schema) => schema._zod;

/** Thrown inside the compiler for a construct it does not know; the schema then goes to zod whole. */
class Unsupported extends Error {}

/** Code points, as zod counts string lengths (a surrogate pair is one). */
function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}

const lengthOf = (value: string | readonly unknown[]) => (typeof value === 'string' ? codePointLength(value) : value.length);

/** One check of a string, number or array, as zod's check of that kind decides it. */
function compileCheck(check: Def): (value: never) => boolean {
  switch (check.check) {
    case 'min_length': {
      const minimum = check.minimum!;
      // Two UTF-16 units hold at most one code point between them: only a short string needs counting.
      return (value: string | readonly unknown[]) => value.length >= minimum && (value.length >= 2 * minimum || lengthOf(value) >= minimum);
    }
    case 'max_length': {
      const maximum = check.maximum!;
      return (value: string | readonly unknown[]) => value.length <= maximum || lengthOf(value) <= maximum;
    }
    case 'length_equals': {
      const length = check.length!;
      return (value: string | readonly unknown[]) => lengthOf(value) === length;
    }
    case 'string_format': {
      if (check.format !== 'regex' || !(check.pattern instanceof RegExp)) throw new Unsupported(`string format ${check.format}`);
      const pattern = check.pattern;
      return (value: string) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      };
    }
    case 'number_format':
      if (check.format !== 'safeint') throw new Unsupported(`number format ${check.format}`);
      return (value: number) => Number.isSafeInteger(value);
    case 'greater_than': {
      if (typeof check.value !== 'number') throw new Unsupported('a bound that is not a number');
      const bound = check.value;
      return check.inclusive ? (value: number) => value >= bound : (value: number) => value > bound;
    }
    case 'less_than': {
      if (typeof check.value !== 'number') throw new Unsupported('a bound that is not a number');
      const bound = check.value;
      return check.inclusive ? (value: number) => value <= bound : (value: number) => value < bound;
    }
    default:
      throw new Unsupported(`check ${check.check}`);
  }
}

/** `base` and then every check of `def`, in order. */
function withChecks(def: Def, base: Predicate): Predicate {
  const checks = (def.checks ?? []).map((c) => compileCheck(internals(c).def) as Predicate);
  if (checks.length === 0) return base;
  if (checks.length === 1) {
    const [only] = checks as [Predicate];
    return (value) => base(value) && only(value);
  }
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

/** A plain object: what JSON.stringify writes key by key, with no toJSON of its own. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

const JSON_LITERAL = new Set(['string', 'number', 'boolean']);

function compile(schema: Schema): Predicate {
  const { def, values } = internals(schema);
  if (def.coerce || def.check !== undefined || def.format !== undefined) throw new Unsupported(`${def.type} with a format or coercion`);
  switch (def.type) {
    case 'string':
      return withChecks(def, (value) => typeof value === 'string');
    case 'number':
      return withChecks(def, (value) => typeof value === 'number' && Number.isFinite(value));
    case 'boolean':
      return withChecks(def, (value) => typeof value === 'boolean');
    case 'null':
      return (value) => value === null;
    case 'literal':
    case 'enum': {
      // The very set zod's parse looks values up in.
      const allowed = values;
      if (!allowed || ![...allowed].every((v) => v === null || JSON_LITERAL.has(typeof v))) throw new Unsupported(`${def.type} of a value JSON does not keep`);
      return withChecks(def, (value) => allowed.has(value));
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      const element = compile(def.element!);
      return withChecks(def, (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
        return true;
      });
    }
    case 'object':
      return compileObject(def);
    case 'record': {
      const keyType = internals(def.keyType!).def.type;
      if (keyType !== 'string') throw new Unsupported(`record keys of type ${keyType}`);
      const key = compile(def.keyType!);
      const item = compile(def.valueType!);
      return withChecks(def, (value) => {
        if (!isPlainObject(value)) return false;
        // zod reads symbol and non-enumerable keys too (and drops __proto__): such an object goes to zod.
        for (const name of Reflect.ownKeys(value)) {
          if (typeof name !== 'string' || name === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, name)) return false;
          if (!key(name) || !item(value[name])) return false;
        }
        return true;
      });
    }
    default:
      throw new Unsupported(`schema type ${def.type}`);
  }
}

/** An object whose own keys are exactly the shape's, in its order: zod's parse returns it unchanged in JSON. */
function compileObject(def: Def): Predicate {
  if (def.catchall !== undefined) throw new Unsupported('an object with a catchall');
  const names = Object.keys(def.shape!);
  const fields = names.map((name) => compile(def.shape![name]!));
  const base: Predicate = (value) => {
    if (!isPlainObject(value)) return false;
    let index = 0;
    for (const name in value) {
      if (name !== names[index] || !Object.hasOwn(value, name)) return false;
      if (!fields[index]!(value[name])) return false;
      index += 1;
    }
    return index === names.length;
  };
  return withChecks(def, base);
}

const compiled = new WeakMap<object, ContractCheck>();

/** The predicate of `schema` (compiled once). */
export function contractCheck(schema: z.ZodType): ContractCheck {
  let check = compiled.get(schema);
  if (!check) {
    let predicate: Predicate;
    let complete = true;
    try {
      predicate = compile(schema as unknown as Schema);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      predicate = () => false;
      complete = false;
    }
    check = Object.assign((value: unknown) => predicate(value), { complete });
    compiled.set(schema, check);
  }
  return check;
}

/** `value` itself when the predicate accepts it, else zod's parse of it (a copy in the schema's shape, or a throw). */
export function validated<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  return contractCheck(schema)(value) ? (value as z.output<T>) : schema.parse(value);
}
