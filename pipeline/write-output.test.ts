// Publishing: public/data is at every instant the old complete output or the new one, including when the
// build is killed after any step; leftovers are removed by the next run and never lie in public/.
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { PUBLISH_STEPS, publishOutput } from './write-output.ts';
import { sampleFiles } from './testing/sample-output.ts';

const scratch = mkdtempSync(join(tmpdir(), 'union-compare-publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function project(name: string) {
  const root = join(scratch, name);
  mkdirSync(join(root, 'public'), { recursive: true });
  return { root, outDir: join(root, 'public', 'data'), versionsDir: join(root, '.data-versions') };
}

/** The tag every file of public/data carries; throws if a file is missing or the files disagree. */
function publishedTag(outDir: string): string {
  const tags = new Set<string>();
  const expected = [...sampleFiles('?').keys()];
  for (const path of expected) tags.add((JSON.parse(readFileSync(join(outDir, path), 'utf8')) as { tag: string }).tag);
  if (tags.size !== 1) throw new Error(`public/data mixes builds: ${[...tags].join(', ')}`);
  return [...tags][0]!;
}

describe('publishOutput', () => {
  test('public/data is a link to a complete version; the version it replaced is kept, older ones removed', () => {
    const { outDir, versionsDir } = project('versions');
    publishOutput(outDir, sampleFiles('one'), { versionsDir, versionId: 'v1', graceMs: 0 });
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(publishedTag(outDir)).toBe('one');
    publishOutput(outDir, sampleFiles('two'), { versionsDir, versionId: 'v2', graceMs: 0 });
    publishOutput(outDir, sampleFiles('three'), { versionsDir, versionId: 'v3', graceMs: 0 });
    expect(publishedTag(outDir)).toBe('three');
    expect(readdirSync(versionsDir).toSorted()).toEqual(['v2', 'v3']);
  });

  test('versions younger than the grace period stay, so a reader that found one just before a swap can still open it', () => {
    const { outDir, versionsDir } = project('grace');
    for (const id of ['g1', 'g2', 'g3']) publishOutput(outDir, sampleFiles(id), { versionsDir, versionId: id });
    expect(publishedTag(outDir)).toBe('g3');
    expect(readdirSync(versionsDir).toSorted()).toEqual(['g1', 'g2', 'g3']);
  });

  test('two builds in the same millisecond publish two versions, never one rewritten in place', () => {
    const { outDir, versionsDir } = project('same-millisecond');
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    try {
      publishOutput(outDir, sampleFiles('first'), { versionsDir });
      const first = readdirSync(versionsDir);
      publishOutput(outDir, sampleFiles('second'), { versionsDir });
      expect(publishedTag(outDir)).toBe('second');
      const versions = readdirSync(versionsDir);
      expect(versions).toHaveLength(2);
      expect(versions).toEqual(expect.arrayContaining(first));
    } finally {
      now.mockRestore();
    }
  });

  test('a public/data folder from the old layout and its .data-staging-*/.data-retired-* leftovers are replaced and removed', () => {
    const { root, outDir, versionsDir } = project('legacy');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.json'), '{"tag":"folder"}');
    mkdirSync(join(root, 'public', '.data-staging-123'));
    mkdirSync(join(root, 'public', '.data-retired-456'));
    publishOutput(outDir, sampleFiles('new'), { versionsDir, versionId: 'v1', graceMs: 0 });
    expect(publishedTag(outDir)).toBe('new');
    expect(readdirSync(join(root, 'public'))).toEqual(['data']);
    expect(readdirSync(versionsDir)).toEqual(['v1']);
  });

  test.each(PUBLISH_STEPS)('killed after "%s": public/data is the old or the new output whole; the next run removes the leftovers', (step) => {
    const { root, outDir, versionsDir } = project(`killed-${step}`);
    publishOutput(outDir, sampleFiles('old'), { versionsDir, versionId: 'old', graceMs: 0 });
    const killed = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'testing', 'publish-and-die.ts'), root, step, 'new'], { encoding: 'utf8' });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const tag = publishedTag(outDir);
    // Before the swap the old output is published; from the swap on, the new one.
    const swappedAt = PUBLISH_STEPS.indexOf('swapped');
    expect(tag).toBe(PUBLISH_STEPS.indexOf(step) >= swappedAt ? 'new' : 'old');
    // Nothing of the killed build ever lies in public/ (Vite copies public/ into dist/).
    expect(readdirSync(join(root, 'public'))).toEqual(['data']);

    publishOutput(outDir, sampleFiles('next'), { versionsDir, versionId: 'next', graceMs: 0 });
    expect(publishedTag(outDir)).toBe('next');
    const kept = readdirSync(versionsDir).toSorted();
    expect(kept).toHaveLength(2);
    expect(kept).toContain('next');
    expect(kept.some((name) => name.startsWith('.link-'))).toBe(false);
  });

  test('a reader polling public/data while it is published again and again never misses it or sees a mix', async () => {
    const { outDir, versionsDir } = project('reader');
    publishOutput(outDir, sampleFiles('0'), { versionsDir });
    // The reader runs in another process: this one is busy publishing synchronously.
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs'); const path = require('node:path'); const dir = ${JSON.stringify(outDir)};
         let reads = 0, failures = [];
         process.stdin.on('data', () => { console.log(JSON.stringify({ reads, failures: failures.slice(0, 5) })); process.exit(0); });
         const poll = () => {
           for (let i = 0; i < 50; i++) {
             try {
               const tag = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')).tag;
               if (!/^\\d+$/.test(tag)) failures.push('unexpected tag ' + tag);
               reads++;
             } catch (error) { failures.push(String(error.message)); }
           }
           setImmediate(poll);
         };
         poll();`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let output = '';
    reader.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (let n = 1; n <= 40; n += 1) publishOutput(outDir, sampleFiles(String(n)), { versionsDir });
    reader.stdin.write('stop\n');
    await new Promise((resolve) => reader.on('exit', resolve));
    const result = JSON.parse(output) as { reads: number; failures: string[] };
    expect(result.failures).toEqual([]);
    expect(result.reads).toBeGreaterThan(0);
    expect(publishedTag(outDir)).toBe('40');
  });
});
