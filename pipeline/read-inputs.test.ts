// Only the articles the manifest lists are read, each a regular file inside data/sources/ under the size limit.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildDataset } from './build-dataset.ts';
import { PipelineError } from './pipeline-error.ts';
import { readInputs } from './read-inputs.ts';

const realData = join(import.meta.dirname, '..', 'data');
const listed = '002_aabdfd569b0c74fd.txt';
let root = '';

/** A copy of data/ in a temporary folder, to break on purpose. */
function copyOfData(): string {
  root = mkdtempSync(join(tmpdir(), 'union-compare-'));
  cpSync(realData, join(root, 'data'), { recursive: true });
  return root;
}

function errorOf(read: () => unknown): PipelineError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    return error as PipelineError;
  }
  throw new Error('the input was accepted');
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

describe('readInputs', () => {
  test('an unlisted x.txt in data/sources is never read, whatever it is', () => {
    const dir = copyOfData();
    mkdirSync(join(dir, 'data', 'sources', 'x.txt'));
    symlinkSync('/dev/zero', join(dir, 'data', 'sources', 'y.txt'));
    const inputs = readInputs(dir, '2026-01-01T00:00:00.000Z');
    expect([...inputs.sourceBytes.keys()].toSorted()).toHaveLength(5);
    expect(inputs.sourceBytes.has('x.txt') || inputs.sourceBytes.has('y.txt')).toBe(false);
  });

  test('a listed source that is a symlink to a file outside data/ is refused, not published', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'secret.txt'), '机密');
    unlinkSync(join(dir, 'data', 'sources', listed));
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'data', 'sources', listed));
    const error = errorOf(() => readInputs(dir, '2026-01-01T00:00:00.000Z'));
    expect(error.message).toBe(`data/sources/${listed}: not a regular file: a symlink, folder, device or pipe is never read as an article`);
  });

  test('a listed source that is a folder is refused with a sentence, not a raw EISDIR', () => {
    const dir = copyOfData();
    unlinkSync(join(dir, 'data', 'sources', listed));
    mkdirSync(join(dir, 'data', 'sources', listed));
    expect(errorOf(() => readInputs(dir, '2026-01-01T00:00:00.000Z')).file).toBe(`data/sources/${listed}`);
  });

  test('a listed source that is a FIFO is refused at once, not read for ever', () => {
    const dir = copyOfData();
    unlinkSync(join(dir, 'data', 'sources', listed));
    const made = spawnSync('mkfifo', [join(dir, 'data', 'sources', listed)]);
    expect(made.status).toBe(0);
    expect(errorOf(() => readInputs(dir, '2026-01-01T00:00:00.000Z')).message).toContain('not a regular file');
  });

  test('a source over the size limit is refused with its size and how to raise the limit', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'data', 'sources', listed), 'a'.repeat(40_000));
    const error = errorOf(() => readInputs(dir, '2026-01-01T00:00:00.000Z', 20_000));
    expect(error.message).toBe(`data/sources/${listed}: 40000 bytes, larger than the limit of 20000 bytes for one article (raise it with UNION_COMPARE_MAX_SOURCE_BYTES)`);
  });
});

test('a 10,000-digit number is refused with its file and line, not a stack trace', () => {
  const inputs = readInputs(join(import.meta.dirname, '..'), '2026-01-01T00:00:00.000Z');
  const bytes = new Map(inputs.sourceBytes);
  const text = new TextDecoder().decode(bytes.get(listed)!);
  bytes.set(listed, new TextEncoder().encode(text.replace('新建工会20家', `新建工会${'9'.repeat(10_000)}家`)));
  const error = errorOf(() => buildDataset({ ...inputs, sourceBytes: bytes }));
  expect(error.file).toBe(`data/sources/${listed}`);
  expect(error.line).toBe(text.slice(0, text.indexOf('新建工会20家')).split('\n').length);
  expect(error.problem).toBe('number too large to represent: "999999999999999999999999…"');
});
