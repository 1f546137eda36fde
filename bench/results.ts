// Benchmark results: each bench records its figures in bench/results.json (with the machine and the date)
// and prints them beside the previous run's, as ratios. Timings on shared machines are noisy: read the
// ratios, not the digits.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Figure {
  value: number;
  unit: string;
  /** Which way is better, for the ratio's reading. */
  better: 'lower' | 'higher';
}

interface ResultsFile {
  benches: Record<string, { date: string; machine: string; figures: Record<string, Figure> }>;
}

const file = join(import.meta.dirname, 'results.json');

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
}

function readResults(): ResultsFile {
  if (!existsSync(file)) return { benches: {} };
  return JSON.parse(readFileSync(file, 'utf8')) as ResultsFile;
}

/** The name of the machine-speed figure every bench records first. */
export const MACHINE_SPEED = 'machine speed: a fixed workload on one core';

/**
 * The machine's speed now: a fixed piece of single-threaded work (sorting numbers, joining and matching text, JSON)
 * timed seven times, the median. Every bench records it beside its figures, so that their ratios can be read
 * against the shared host's own drift: on a slow spell, code that did not change reads slower by about as much.
 */
export function machineSpeed(): Figure {
  const times: number[] = [];
  let checksum = 0;
  for (let run = 0; run < 7; run += 1) {
    const start = performance.now();
    let seed = 1;
    const numbers = Array.from({ length: 200_000 }, () => (seed = (seed * 16_807) % 2_147_483_647));
    numbers.sort((a, b) => a - b);
    const text = numbers.slice(0, 50_000).join(',');
    const long = text.match(/\d{9,}/g)?.length ?? 0;
    const copy = JSON.parse(JSON.stringify(numbers.slice(0, 50_000))) as number[];
    checksum += long + copy.length;
    times.push(performance.now() - start);
  }
  if (checksum === 0) throw new Error('machineSpeed: the workload did nothing');
  times.sort((a, b) => a - b);
  return { value: times[times.length >> 1]!, unit: 'ms', better: 'lower' };
}

/** Prints `figures` beside the previous run of `bench` and saves them, after the machine's speed (machineSpeed). */
export function recordResults(bench: string, measured: Record<string, Figure>): void {
  const figures = { [MACHINE_SPEED]: machineSpeed(), ...measured };
  const results = readResults();
  const previous = results.benches[bench];
  const rows = Object.entries(figures).map(([name, figure]) => {
    const before = previous?.figures[name];
    const ratio = before && before.value > 0 ? figure.value / before.value : null;
    const verdict = ratio === null ? '' : Math.abs(ratio - 1) < 0.05 ? 'same' : (ratio < 1) === (figure.better === 'lower') ? 'better' : 'worse';
    return [name, `${round(figure.value)} ${figure.unit}`, before ? `${round(before.value)} ${before.unit}` : '—', ratio === null ? '' : `×${ratio.toFixed(2)} ${verdict}`];
  });
  const header = ['figure', 'now', previous ? `before (${previous.date.slice(0, 10)})` : 'before', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(`\n${bench} on ${machine()}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  results.benches[bench] = { date: new Date().toISOString(), machine: machine(), figures };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`saved in bench/results.json`);
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);
}
