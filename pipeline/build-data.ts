// Entry of `npm run data`: reads data/, runs the pipeline, writes public/data/ and prints the coverage report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDataset } from './build-dataset.ts';
import { formatCoverage } from './coverage-report.ts';
import { PipelineError } from './pipeline-error.ts';
import { readInputs } from './read-inputs.ts';
import { serializeOutput, writeOutputAtomically } from './write-output.ts';

const root = resolve(process.env.UNION_COMPARE_ROOT ?? process.cwd());
const outDir = join(root, 'public', 'data');
const show = (path: string) => relative(root, path) || '.';

function main(): void {
  // SOURCE_DATE_EPOCH makes a build reproducible; otherwise the build date is now.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const builtAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();
  const output = buildDataset(readInputs(root, builtAt));
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
