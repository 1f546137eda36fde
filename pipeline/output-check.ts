// The output check: the data contract's parse, without its copy where the copy would be the value itself.
// zod's parse builds a new object for every object of a file (strip mode: the contract's keys, in its order); on a
// large corpus those copies, all kept until the files are written, cost more in garbage collection than the check.
// Here zod's own compiled validator decides validity (no copy), and a walk of the contract's shape asks whether the
// copy would equal the value key for key, in order; only where it would not, or where zod refuses, parse runs: it
// returns the copy, or throws zod's error with the path of the problem. Either way the JSON written is parse's.
import { compile, validate, type output, type ZodMiniType } from 'zod/mini';

/** A schema whose parse this module cannot prove to return its input as it is: such a schema is always parsed. */
export class UnsupportedShapeError extends Error {}

/** A zod/mini schema: its definition is public. */
interface Schema {
  def: Def;
}

interface Def {
  type: string;
  checks?: readonly Check[];
  coerce?: boolean;
  shape?: Record<string, Schema>;
  catchall?: unknown;
  element?: Schema;
  innerType?: Schema;
  valueType?: Schema;
}

// oxlint-disable-next-line no-underscore-dangle
type Check = { _zod: { def: { check: string } } };

/** Checks that only accept or refuse: none of them rewrites the value (as trim or toLowerCase would). */
const PURE_CHECKS = new Set(['min_length', 'max_length', 'length_equals', 'string_format', 'greater_than', 'less_than', 'multiple_of', 'number_format']);

/** Leaf types whose parse returns the input itself when it is valid. */
const LEAVES = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'null']);

function assertPureChecks(def: Def): void {
  // oxlint-disable-next-line no-underscore-dangle
  const impure = (def.checks ?? []).find((check) => !PURE_CHECKS.has(check._zod.def.check));
  // oxlint-disable-next-line no-underscore-dangle
  if (impure) throw new UnsupportedShapeError(`${def.type} with a ${impure._zod.def.check} check`);
  if (def.coerce) throw new UnsupportedShapeError(`${def.type} that coerces`);
}

const isPlain = (value: object, prototype: object) => {
  const actual = Object.getPrototypeOf(value) as unknown;
  return actual === prototype || actual === null;
};

/** Whether a valid value is exactly what parse would return (null: any valid value is, so there is nothing to walk). */
type Same = ((value: unknown) => boolean) | null;

function sameShape(def: Def): Same {
  assertPureChecks(def);
  if (LEAVES.has(def.type)) return null;
  switch (def.type) {
    case 'nullable': {
      const inner = sameShape(def.innerType!.def);
      return inner === null ? null : (value) => value === null || inner(value);
    }
    case 'array': {
      const element = sameShape(def.element!.def);
      return (value) => {
        const items = value as unknown[];
        if (!isPlain(items, Array.prototype)) return false;
        if (element === null) return true;
        for (let i = 0; i < items.length; i += 1) if (!element(items[i])) return false;
        return true;
      };
    }
    case 'object': {
      if (def.catchall !== undefined) throw new UnsupportedShapeError('object that keeps or refuses unknown keys');
      const keys = Object.keys(def.shape!);
      const fields = keys.map((key) => sameShape(def.shape![key]!.def));
      return (value) => {
        const object = value as Record<string, unknown>;
        if (!isPlain(object, Object.prototype)) return false;
        // The copy has the contract's keys in the contract's order, and no other.
        let i = 0;
        for (const key in object) {
          if (key !== keys[i]) return false;
          const field = fields[i];
          if (field !== null && !field!(object[key])) return false;
          i += 1;
        }
        return i === keys.length;
      };
    }
    case 'record': {
      const entry = sameShape(def.valueType!.def);
      return (value) => {
        const record = value as Record<string, unknown>;
        if (!isPlain(record, Object.prototype)) return false;
        for (const key in record) {
          // zod leaves out a key that would set the copy's prototype.
          if (key === '__proto__' || (entry !== null && !entry(record[key]))) return false;
        }
        return true;
      };
    }
  }
  throw new UnsupportedShapeError(`type ${def.type}`);
}

/**
 * Whether a value the schema accepts is exactly what its parse returns (same keys in the same order, nothing else);
 * throws UnsupportedShapeError for a schema that may rewrite values (transforms, defaults, coercion, unions …).
 */
export function sameAsParsed(schema: ZodMiniType): (value: unknown) => boolean {
  const same = sameShape((schema as unknown as Schema).def);
  return same ?? (() => true);
}

/**
 * The output check of one file: its value where the contract accepts it as it is, else what zod's parse returns (a
 * copy) or throws (zod's error, naming the field). The compiled parse is used for both.
 */
export function outputCheck<T extends ZodMiniType>(schema: T): (value: unknown) => output<T> {
  const compiled = compile(schema);
  let same: ((value: unknown) => boolean) | null;
  try {
    same = sameAsParsed(schema);
  } catch (error) {
    if (!(error instanceof UnsupportedShapeError)) throw error;
    same = null;
  }
  return (value) => (same !== null && validate(compiled, value) && same(value) ? (value as output<T>) : compiled.parse(value));
}
