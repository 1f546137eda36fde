// Reads a YAML file against a zod schema; every error names the file and the line.
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { PipelineError } from './pipeline-error.ts';

/** Parses `source` (the text of `file`) and validates it; throws PipelineError with the line of the first problem. */
export function parseYaml<T extends z.ZodType>(file: string, source: string, schema: T): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line ?? null;
    throw new PipelineError(file, `malformed YAML: ${syntax.message.split('\n')[0]}`, line);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  let line: number | null = null;
  for (let depth = path.length; depth >= 0 && line === null; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
  }
  throw new PipelineError(file, `${path.join('.') || '(top level)'}: ${issue.message}`, line);
}

/** Like parseYaml, for a place inside an already parsed file: finds the line of `path`. */
export function lineOf(source: string, path: ReadonlyArray<string | number>): number | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}
