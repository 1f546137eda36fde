// The data contract checked without copying: a predicate compiled once from a zod schema of src/schema/dataset.ts.
// zod's parse builds a new object for every object it checks (a tenth of the pipeline's time, and more for collecting
// those copies). The predicate accepts a value only when zod would accept it AND would return it
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

const JSON_LITERAL = new Set(['string', 'number', 'boolean']);

/** A number written into the generated code. */
function numberLiteral(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Unsupported('a bound that is not a finite number');
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * Writes the predicate as JavaScript: one function per object, array or record schema, each field checked in
 * straight-line code (about five times faster than a tree of closures, which V8 cannot inline).
 */
class Generator {
  /** Values the code refers to as c[i]: patterns, sets of allowed values, key lists. */
  readonly constants: unknown[] = [];
  readonly functions: string[] = [];
  private readonly named = new Map<Schema, string>();

  constant(value: unknown): string {
    this.constants.push(value);
    return `c[${this.constants.length - 1}]`;
  }

  /** A boolean expression that checks the value of variable `v` against `schema`. */
  expression(schema: Schema, v: string): string {
    const { def, values } = internals(schema);
    if (def.coerce || def.check !== undefined || def.format !== undefined) throw new Unsupported(`${def.type} with a format or coercion`);
    switch (def.type) {
      case 'string':
        return this.withChecks(def, `typeof ${v} === "string"`, v, 'string');
      case 'number':
        return this.withChecks(def, `typeof ${v} === "number" && Number.isFinite(${v})`, v, 'number');
      case 'boolean':
        return this.withChecks(def, `typeof ${v} === "boolean"`, v, 'boolean');
      case 'null':
        return `${v} === null`;
      case 'literal':
      case 'enum':
        // The very set zod's parse looks values up in.
        if (!values || ![...values].every((value) => value === null || JSON_LITERAL.has(typeof value))) throw new Unsupported(`${def.type} of a value JSON does not keep`);
        return this.withChecks(def, `${this.constant(values)}.has(${v})`, v, 'value');
      case 'nullable':
        return `(${v} === null || ${this.expression(def.innerType!, v)})`;
      case 'array':
      case 'object':
      case 'record':
        return `${this.functionOf(schema)}(${v})`;
      default:
        throw new Unsupported(`schema type ${def.type}`);
    }
  }

  /** `base` and then every check of `def` on `v`. */
  private withChecks(def: Def, base: string, v: string, kind: 'string' | 'number' | 'boolean' | 'value' | 'array'): string {
    const parts = [base];
    for (const check of def.checks ?? []) parts.push(this.check(internals(check).def, v, kind));
    return parts.length === 1 ? base : `(${parts.join(' && ')})`;
  }

  /** One check of a string, number or array, as zod's check of that kind decides it. */
  private check(check: Def, v: string, kind: string): string {
    const lengthOf = kind === 'string' ? `cpl(${v})` : `${v}.length`;
    switch (check.check) {
      case 'min_length': {
        const minimum = numberLiteral(check.minimum);
        // Two UTF-16 units hold at most one code point between them: only a short string needs counting.
        if (kind !== 'string' || check.minimum! <= 1) return `${v}.length >= ${minimum}`;
        return `(${v}.length >= ${minimum} && (${v}.length >= ${2 * check.minimum!} || ${lengthOf} >= ${minimum}))`;
      }
      case 'max_length':
        return `(${v}.length <= ${numberLiteral(check.maximum)} || ${lengthOf} <= ${numberLiteral(check.maximum)})`;
      case 'length_equals':
        return `${lengthOf} === ${numberLiteral(check.length)}`;
      case 'string_format': {
        if (kind !== 'string' || check.format !== 'regex' || !(check.pattern instanceof RegExp)) throw new Unsupported(`string format ${check.format}`);
        const pattern = this.constant(check.pattern);
        return `(${pattern}.lastIndex = 0, ${pattern}.test(${v}))`;
      }
      case 'number_format':
        if (kind !== 'number' || check.format !== 'safeint') throw new Unsupported(`number format ${check.format}`);
        return `Number.isSafeInteger(${v})`;
      case 'greater_than':
        if (kind !== 'number') throw new Unsupported('a bound on something not a number');
        return `${v} ${check.inclusive ? '>=' : '>'} ${numberLiteral(check.value)}`;
      case 'less_than':
        if (kind !== 'number') throw new Unsupported('a bound on something not a number');
        return `${v} ${check.inclusive ? '<=' : '<'} ${numberLiteral(check.value)}`;
      default:
        throw new Unsupported(`check ${check.check}`);
    }
  }

  /** The name of the generated function that checks an object, array or record schema (one per schema). */
  functionOf(schema: Schema): string {
    const known = this.named.get(schema);
    if (known) return known;
    const name = `f${this.named.size}`;
    this.named.set(schema, name);
    const { def } = internals(schema);
    const lines: string[] = [];
    if (def.type === 'array') {
      lines.push('if (!Array.isArray(v)) return false;');
      if ((def.checks ?? []).length > 0) lines.push(`if (!${this.withChecks(def, 'true', 'v', 'array')}) return false;`);
      lines.push(`for (let i = 0; i < v.length; i += 1) { const e = v[i]; if (!(${this.expression(def.element!, 'e')})) return false; }`);
    } else if (def.type === 'object') {
      if (def.catchall !== undefined) throw new Unsupported('an object with a catchall');
      if ((def.checks ?? []).length > 0) throw new Unsupported('checks on an object');
      const names = Object.keys(def.shape!);
      // Exactly the shape's keys, in its order: zod's parse then returns the object unchanged in JSON.
      lines.push('if (!plain(v)) return false;');
      lines.push(`const keys = ${this.constant(names)}; let k = 0;`);
      lines.push(`for (const key in v) { if (key !== keys[k]) return false; k += 1; }`);
      lines.push(`if (k !== ${names.length}) return false;`);
      names.forEach((key, index) => {
        lines.push(`const a${index} = v[${JSON.stringify(key)}]; if (!(${this.expression(def.shape![key]!, `a${index}`)})) return false;`);
      });
    } else {
      const keyType = internals(def.keyType!).def.type;
      if (keyType !== 'string') throw new Unsupported(`record keys of type ${keyType}`);
      if ((def.checks ?? []).length > 0) throw new Unsupported('checks on a record');
      // zod reads symbol and non-enumerable keys too (and drops __proto__): such an object goes to zod.
      lines.push('if (!plain(v)) return false;');
      lines.push('for (const key of Reflect.ownKeys(v)) {');
      lines.push('if (typeof key !== "string" || key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(v, key)) return false;');
      lines.push(`const e = v[key]; if (!(${this.expression(def.keyType!, 'key')}) || !(${this.expression(def.valueType!, 'e')})) return false; }`);
    }
    this.functions.push(`function ${name}(v) {\n${lines.join('\n')}\nreturn true;\n}`);
    return name;
  }
}

/** A plain object: what JSON.stringify writes key by key, with no toJSON of its own. */
function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Whether Object.prototype has an enumerable key (a polluted prototype): for-in would then list keys not own. */
const prototypeEnumerates = () => Object.keys(Object.prototype).length > 0;

function compile(schema: Schema): Predicate {
  const generator = new Generator();
  const body = generator.expression(schema, 'value');
  const source = `${generator.functions.join('\n')}\nreturn function check(value) { return ${body}; };`;
  // oxlint-disable-next-line no-new-func -- the checks of the contract as straight-line code; build time only (Node)
  const make = new Function('c', 'cpl', 'plain', source) as (c: unknown[], cpl: typeof codePointLength, plain: typeof isPlainObject) => Predicate;
  const predicate = make(generator.constants, codePointLength, isPlainObject);
  return (value) => !prototypeEnumerates() && predicate(value);
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
