// Reads a YAML file against a zod schema; every error names the file and the line.
// js-yaml loads (several times faster on a manifest of thousands of entries); `yaml` finds the line of a bad field.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { PipelineError } from './pipeline-error.ts';

/** Parses `source` (the text of `file`) and validates it; throws PipelineError with the line of the first problem. */
export function parseYaml<T extends z.ZodType>(file: string, source: string, schema: T): z.infer<T> {
  // Anchors and aliases can expand a small file into an enormous tree: data files have no use for them. Without an &
  // or a * anywhere there is none (the text is not rewritten to look).
  const alias = /[&*]/.test(source) ? /(?:^|[\s[{,:-])[&*][A-Za-z0-9_-]+(?=[\s,\]}]|$)/m.exec(source.replace(/#.*$/gm, '').replace(/(["'])(?:(?!\1).)*\1/g, '""')) : null;
  if (alias) throw new PipelineError(file, `YAML anchors and aliases (${alias[0].trim()}) are not allowed in data files`, source.slice(0, source.indexOf(alias[0].trim())).split('\n').length);
  let value: unknown;
  try {
    // CORE_SCHEMA: dates stay strings (publishedOn: 2023-12-29); duplicate keys are errors.
    value = load(source, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new PipelineError(file, `malformed YAML: ${error.reason}`, error.mark ? error.mark.line + 1 : null);
  }
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const known = knownKeys(schema);
    const near = known.filter((name) => editDistance(name.toLowerCase(), key.toLowerCase()) <= 2).toSorted((x, y) => editDistance(x, key) - editDistance(y, key))[0];
    const where = path.length > 0 ? ` in ${path.join('.')}` : '';
    throw new PipelineError(file, `unknown key "${key}"${where}${near ? ` (did you mean "${near}"?)` : ''}`, lineOfKey(source, path, key));
  }
  throw new PipelineError(file, `${path.join('.') || '(top level)'}: ${issue.message}`, lineOf(source, path));
}

/** Every key any object of `schema` accepts, for "did you mean". */
function knownKeys(schema: z.ZodType): string[] {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { def?: Record<string, unknown> }).def;
    if (!def) return;
    const shape = def.shape as Record<string, unknown> | undefined;
    if (shape) for (const [key, child] of Object.entries(shape)) {
      keys.add(key);
      walk(child);
    }
    for (const name of ['element', 'innerType', 'valueType', 'in', 'out', 'schema']) walk(def[name]);
    for (const option of (def.options as unknown[] | undefined) ?? []) walk(option);
  };
  walk(schema);
  return [...keys];
}

/** Levenshtein distance, for suggesting the key a typo meant. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The line of `key` itself in the mapping at `path` (not of its value, which may start on the next line). */
function lineOfKey(source: string, path: ReadonlyArray<string | number>, key: string): number | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(map)) {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
  }
  return lineOf(source, path);
}

/** The line of the value at `path` in a YAML text (or of its nearest parent that exists), or null. */
export function lineOf(source: string, path: ReadonlyArray<string | number>): number | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}
