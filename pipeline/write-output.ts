// Step 8: write the output files: all of them into a temporary folder first, then two renames (the old folder
// aside, the new one in its place), so that a failed build never leaves a partial public/data.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_FILES } from '../src/schema/dataset.ts';
import type { PipelineOutput } from './build-dataset.ts';

/** The files of `output` by relative path, as JSON text. */
export function serializeOutput(output: PipelineOutput): Map<string, string> {
  const files = new Map<string, string>();
  files.set(DATA_FILES.index, JSON.stringify(output.index));
  files.set(DATA_FILES.coverage, JSON.stringify(output.coverage, null, 1));
  for (const file of output.localityFiles) files.set(DATA_FILES.locality(file.localityId), JSON.stringify(file));
  for (const file of output.sourceFiles) files.set(DATA_FILES.source(file.sourceId), JSON.stringify(file));
  return files;
}

/**
 * Replaces `outDir` with `files`: a reader sees the old folder or the new one, never a mix of the two (though
 * for an instant between the renames the folder is absent).
 */
export function writeOutputAtomically(outDir: string, files: ReadonlyMap<string, string>): void {
  const parent = dirname(outDir);
  const staging = join(parent, `.data-staging-${process.pid}`);
  const retired = join(parent, `.data-retired-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    rmSync(retired, { recursive: true, force: true });
    let hadOld = true;
    try {
      renameSync(outDir, retired);
    } catch {
      hadOld = false;
    }
    renameSync(staging, outDir);
    if (hadOld) rmSync(retired, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
