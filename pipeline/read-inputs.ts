// File I/O for the entry script (and tests): read data/ into the PipelineInputs the pure pipeline takes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PipelineInputs, TextFile } from './build-dataset.ts';
import { PipelineError } from './pipeline-error.ts';

/** Reads `root`/data; paths in messages are relative to `root`. */
export function readInputs(root: string, builtAt: string): PipelineInputs {
  const dataDir = join(root, 'data');
  const show = (path: string) => relative(root, path) || '.';
  const readText = (path: string): TextFile => {
    if (!existsSync(path)) throw new PipelineError(show(path), 'missing file');
    return { file: show(path), text: readFileSync(path, 'utf8') };
  };
  const sourcesDir = join(dataDir, 'sources');
  const sourceBytes = new Map<string, Uint8Array>();
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir)) if (name.endsWith('.txt')) sourceBytes.set(name, readFileSync(join(sourcesDir, name)));
  }
  return {
    manifest: readText(join(dataDir, 'manifest.yaml')),
    catalogue: readText(join(dataDir, 'catalogue.yaml')),
    overrides: readText(join(dataDir, 'overrides.yaml')),
    sourcesDir: show(sourcesDir),
    sourceBytes,
    builtAt,
  };
}
