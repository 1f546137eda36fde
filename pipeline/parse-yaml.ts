// Reads a YAML file against a zod schema; every error names the file and the line.
// js-yaml loads (several times faster on a manifest of thousands of entries); `yaml` finds the line of a bad field.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { PipelineError } from './pipeline-error.ts';

/** Parses `source` (the text of `file`) and validates it; throws PipelineError with the line of the first problem. */
export function parseYaml<T extends z.ZodType>(file: string, source: string, schema: T): z.infer<T> {
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
  throw new PipelineError(file, `${path.join('.') || '(top level)'}: ${issue.message}`, lineOf(source, path));
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
