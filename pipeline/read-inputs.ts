// File I/O for the entry script (and tests): read data/ into the PipelineInputs the pure pipeline takes. Only the
// articles the manifest lists are read, each a regular file inside data/sources/ no larger than the limit.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { PipelineInputs, TextFile } from './build-dataset.ts';
import { readDivisionTable } from './division-table.ts';
import { PipelineError } from './pipeline-error.ts';

/** The largest article read, in bytes: a capture of one report is tens of kilobytes. */
export const DEFAULT_MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** The file names the manifest lists; a manifest that does not parse lists none (the pipeline then says why). */
function listedSources(manifest: string): string[] {
  try {
    const parsed = load(manifest, { schema: CORE_SCHEMA }) as { sources?: Array<{ file?: unknown }> } | null;
    return (parsed?.sources ?? []).map((s) => s?.file).filter((f): f is string => typeof f === 'string' && /^[^/\\]+\.txt$/.test(f));
  } catch {
    return [];
  }
}

/** Reads `root`/data; paths in messages are relative to `root`. */
export function readInputs(root: string, builtAt: string, maxSourceBytes = DEFAULT_MAX_SOURCE_BYTES): PipelineInputs {
  const dataDir = join(root, 'data');
  const show = (path: string) => relative(root, path) || '.';
  const readText = (path: string): TextFile => {
    if (!existsSync(path)) throw new PipelineError(show(path), 'missing file');
    return { file: show(path), text: readFileSync(path, 'utf8') };
  };
  const manifest = readText(join(dataDir, 'manifest.yaml'));
  const sourcesDir = join(dataDir, 'sources');
  const sourceBytes = new Map<string, Uint8Array>();
  for (const name of listedSources(manifest.text)) {
    const path = join(sourcesDir, name);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue; // the pipeline reports a missing source with its manifest line
    }
    if (!stat.isFile()) throw new PipelineError(show(path), 'not a regular file: a symlink, folder, device or pipe is never read as an article');
    if (stat.size > maxSourceBytes) {
      throw new PipelineError(show(path), `${stat.size} bytes, larger than the limit of ${maxSourceBytes} bytes for one article (raise it with UNION_COMPARE_MAX_SOURCE_BYTES)`);
    }
    sourceBytes.set(name, readFileSync(path));
  }
  return {
    manifest,
    catalogue: readText(join(dataDir, 'catalogue.yaml')),
    overrides: readText(join(dataDir, 'overrides.yaml')),
    sourcesDir: show(sourcesDir),
    sourceBytes,
    divisions: readDivisionTable(),
    builtAt,
  };
}
