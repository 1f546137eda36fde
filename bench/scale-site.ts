// The built app (dist/) copied beside a dataset of `count` localities that the real pipeline made from the real
// articles: a site to serve for benchmarks at scale. The caller removes `site` when done.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDataset } from '../pipeline/build-dataset.ts';
import { readInputs } from '../pipeline/read-inputs.ts';
import { serializeOutput } from '../pipeline/write-output.ts';
import { syntheticInputs } from './synthetic-corpus.ts';

export function buildScaleSite(root: string, count: number) {
  const output = buildDataset(syntheticInputs(readInputs(root, '2026-01-01T00:00:00.000Z'), count));
  const files = serializeOutput(output);
  const site = mkdtempSync(join(tmpdir(), 'union-compare-scale-'));
  cpSync(join(root, 'dist'), site, { recursive: true, dereference: true });
  rmSync(join(site, 'data'), { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(site, 'data', path)), { recursive: true });
    writeFileSync(join(site, 'data', path), text);
  }
  const gzipOf = new Map<string, number>();
  /** The gzip size of a data file (path relative to data/). */
  const gzipSize = (path: string) => {
    if (!gzipOf.has(path)) gzipOf.set(path, gzipSync(readFileSync(join(site, 'data', path)), { level: 9 }).byteLength);
    return gzipOf.get(path)!;
  };
  return { site, output, files, gzipSize };
}
