// `npm run bench:pipeline`: pipeline throughput on a synthetic corpus of 10,000 articles made from the real ones.
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from '../pipeline/build-dataset.ts';
import { readInputs } from '../pipeline/read-inputs.ts';
import { serializeOutput } from '../pipeline/write-output.ts';
import { recordResults } from './results.ts';
import { syntheticInputs } from './synthetic-corpus.ts';

const count = Number(process.env.BENCH_ARTICLES ?? 10_000);
const root = join(import.meta.dirname, '..');
const inputs = syntheticInputs(readInputs(root, '2026-01-01T00:00:00.000Z'), count);
const bytes = [...inputs.sourceBytes.values()].reduce((n, b) => n + b.byteLength, 0);

// One warm-up on a small slice so that the JIT has seen the code before the timed run.
buildDataset(syntheticInputs(readInputs(root, '2026-01-01T00:00:00.000Z'), 50));

const t0 = performance.now();
const output = buildDataset(inputs);
const t1 = performance.now();
const files = serializeOutput(output);
const t2 = performance.now();

const outBytes = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
const seconds = (t1 - t0) / 1000;
const cpu = cpus();
console.log(`machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; the pipeline runs on one core`);
console.log(`corpus: ${count.toLocaleString('en')} articles, ${(bytes / 1e6).toFixed(1)} MB of UTF-8`);
console.log(`pipeline (parse, extract, classify, validate): ${seconds.toFixed(2)} s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${(count / seconds).toFixed(0)} articles/s`);
console.log(`serialise to JSON: ${((t2 - t1) / 1000).toFixed(2)} s, ${(outBytes / 1e6).toFixed(1)} MB in ${files.size.toLocaleString('en')} files`);
console.log(`observations: ${output.localityFiles.reduce((n, f) => n + f.observations.length, 0).toLocaleString('en')}`);
recordResults('pipeline', {
  'throughput (one core)': { value: bytes / 1e6 / seconds, unit: 'MB/s', better: 'higher' },
  'articles per second': { value: count / seconds, unit: 'articles/s', better: 'higher' },
  'serialise to JSON': { value: (t2 - t1) / 1000, unit: 's', better: 'lower' },
});
