// Entry of `npm run data`: reads data/, runs the pipeline, writes public/data/ and prints the coverage report.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDataset } from './build-dataset.ts';
import { formatCoverage } from './coverage-report.ts';
import { PipelineError } from './pipeline-error.ts';
import { serializeOutput, writeOutputAtomically } from './write-output.ts';

const root = resolve(process.env.UNION_COMPARE_ROOT ?? process.cwd());
const dataDir = join(root, 'data');
const outDir = join(root, 'public', 'data');
const show = (path: string) => relative(root, path) || '.';

function readText(path: string): { file: string; text: string } {
  if (!existsSync(path)) throw new PipelineError(show(path), 'missing file');
  return { file: show(path), text: readFileSync(path, 'utf8') };
}

function main(): void {
  const sourcesDir = join(dataDir, 'sources');
  const sourceBytes = new Map<string, Uint8Array>();
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir)) if (name.endsWith('.txt')) sourceBytes.set(name, readFileSync(join(sourcesDir, name)));
  }
  // SOURCE_DATE_EPOCH makes a build reproducible; otherwise the build date is now.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const builtAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();
  const output = buildDataset({
    manifest: readText(join(dataDir, 'manifest.yaml')),
    catalogue: readText(join(dataDir, 'catalogue.yaml')),
    overrides: readText(join(dataDir, 'overrides.yaml')),
    sourcesDir: show(sourcesDir),
    sourceBytes,
    builtAt,
  });
  writeOutputAtomically(outDir, serializeOutput(output));
  const report = formatCoverage(output.coverage);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', 'coverage.txt'), `${report}\n`);
  console.log(report);
  console.log(`\nwrote ${show(outDir)}/ (${output.localityFiles.length} localities, ${output.sourceFiles.length} sources); report in reports/coverage.txt`);
}

try {
  main();
} catch (error) {
  if (error instanceof PipelineError) {
    console.error(`error: ${error.message}`);
    console.error(`nothing was written; ${show(outDir)}/ is as it was.`);
    process.exit(1);
  }
  throw error;
}
