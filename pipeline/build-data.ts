// Entry of `npm run data`: reads data/, runs the pipeline, writes public/data/ and prints the coverage report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDataset } from './build-dataset.ts';
import { formatCoverage } from './coverage-report.ts';
import { PipelineError } from './pipeline-error.ts';
import { DEFAULT_MAX_SOURCE_BYTES, readInputs } from './read-inputs.ts';
import { publishOutput, serializeOutput } from './write-output.ts';

const root = resolve(process.env.UNION_COMPARE_ROOT ?? process.cwd());
const outDir = join(root, 'public', 'data');
/** Complete output versions; public/data links to one of them (see write-output.ts). */
const versionsDir = join(root, '.data-versions');
const show = (path: string) => relative(root, path) || '.';

function main(): void {
  // SOURCE_DATE_EPOCH makes a build reproducible; otherwise the build date is now.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const builtAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();
  const maxSourceBytes = Number(process.env.UNION_COMPARE_MAX_SOURCE_BYTES ?? DEFAULT_MAX_SOURCE_BYTES);
  const output = buildDataset(readInputs(root, builtAt, maxSourceBytes));
  publishOutput(outDir, serializeOutput(output), { versionsDir });
  const report = formatCoverage(output.coverage, output.localityNotes);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', 'coverage.txt'), `${report}\n`);
  console.log(report);
  console.log(`\nwrote ${show(outDir)}/ (${output.localityFiles.length} localities, ${output.sourceFiles.length} sources); report in reports/coverage.txt`);
}

try {
  main();
} catch (error) {
  // A sentence for the reader; the stack only with --debug.
  if (error instanceof PipelineError) console.error(`error: ${error.message}`);
  else console.error(`error: the build failed: ${error instanceof Error ? error.message : String(error)}${process.argv.includes('--debug') ? '' : ' (run with --debug for details)'}`);
  if (process.argv.includes('--debug') && error instanceof Error) console.error(error.stack);
  console.error(`nothing was written; ${show(outDir)}/ is as it was.`);
  process.exit(1);
}
