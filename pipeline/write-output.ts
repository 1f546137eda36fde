// Step 8: publish the output files with one atomic step. Each build writes a complete version folder
// under `.data-versions/` (outside public/, so Vite never copies a half-written or stale one), then
// swaps `public/data`, a symbolic link, to it with one rename. At every instant `public/data` is the old
// complete output or the new one; a build killed at any step leaves the old one in place, and its
// leftovers are removed by the next run.
import { randomUUID } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { DATA_FILES } from '../src/schema/dataset.ts';
import type { PipelineOutput } from './build-dataset.ts';

/** The files of `output` by relative path, as JSON text. */
export function serializeOutput(output: PipelineOutput): Map<string, string> {
  const files = new Map<string, string>();
  files.set(DATA_FILES.index, JSON.stringify(output.index));
  files.set(DATA_FILES.coverage, JSON.stringify(output.coverage, null, 1));
  for (const file of output.localityFiles) files.set(DATA_FILES.locality(file.localityId), JSON.stringify(file));
  for (const file of output.metricFiles) files.set(DATA_FILES.metric(file.metricId), JSON.stringify(file));
  for (const file of output.sourceFiles) files.set(DATA_FILES.source(file.sourceId), JSON.stringify(file));
  return files;
}

/** The steps of a publish, in order; a test kills the build after each one. */
export const PUBLISH_STEPS = ['cleaned', 'writing', 'written', 'linked', 'swapped', 'retired'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

export interface PublishOptions {
  /** Where version folders live; outside public/. */
  versionsDir: string;
  /** Names the new version (unique per build). */
  versionId?: string;
  /** Called after each step (tests use it to kill the build there). */
  afterStep?: (step: PublishStep) => void;
  /**
   * Versions (and a killed build's leftovers) younger than this are kept too: a reader that resolved the link just
   * before a swap may still be opening files in the version it found, however fast builds follow each other.
   */
  graceMs?: number;
}

/** How long a replaced version stays, by default: far longer than a reader takes to open a file. */
export const DEFAULT_GRACE_MS = 60_000;

/** Leftovers of the two-rename publish this module replaced; removed if found. */
const LEGACY_LEFTOVER = /^\.data-(staging|retired)-/;

/**
 * Publishes `files` as `outDir`: writes a new version folder, points a temporary link at it, and renames the
 * link over `outDir` (one atomic rename). Keeps the version just replaced (a reader may be in the middle of
 * it) and any made within `graceMs`, and removes every older one.
 */
export function publishOutput(outDir: string, files: ReadonlyMap<string, string>, options: PublishOptions): void {
  const { versionsDir, afterStep = () => {}, graceMs = DEFAULT_GRACE_MS } = options;
  // Time and process name a version for people; the random part keeps two builds in one millisecond apart (the
  // second would otherwise rewrite the folder the first just published, under a reader's feet).
  const versionId = options.versionId ?? `${Date.now().toString(36)}-${process.pid}-${randomUUID().slice(0, 8)}`;
  // Both folders first: a file system that refuses them fails the build before anything is written.
  mkdirSync(dirname(outDir), { recursive: true });
  mkdirSync(versionsDir, { recursive: true });
  const previous = currentVersion(outDir, versionsDir);
  removeLeftovers(outDir, versionsDir, new Set(previous ? [previous] : []), graceMs);
  afterStep('cleaned');

  const version = join(versionsDir, versionId);
  let first = true;
  for (const [path, text] of files) {
    const target = join(version, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    if (first) afterStep('writing');
    first = false;
  }
  mkdirSync(version, { recursive: true }); // an empty output is still a version
  afterStep('written');

  // The link's target is relative to public/, and resolves the same from the versions folder.
  const link = join(versionsDir, `.link-${versionId}`);
  symlinkSync(relative(dirname(outDir), version), link, 'dir');
  afterStep('linked');

  if (isRealDirectory(outDir)) {
    // Only the first build after the change of layout: a folder cannot be replaced by a link in one step.
    renameSync(outDir, join(versionsDir, `previous-folder-${versionId}`));
  }
  renameSync(link, outDir);
  afterStep('swapped');

  removeLeftovers(outDir, versionsDir, new Set([versionId, ...(previous ? [previous] : [])]), graceMs);
  afterStep('retired');
}

/** The version folder `outDir` links to now, if it is such a link. */
function currentVersion(outDir: string, versionsDir: string): string | undefined {
  try {
    const target = join(dirname(outDir), readlinkSync(outDir));
    return dirname(target) === versionsDir ? basename(target) : undefined;
  } catch {
    return undefined;
  }
}

function isRealDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Removes versions not in `keep` (which holds the one `outDir` links to) and temporary links (in `versionsDir`)
 * older than `graceMs`, and the old layout's staging folders beside `outDir`.
 */
function removeLeftovers(outDir: string, versionsDir: string, keep: ReadonlySet<string>, graceMs: number): void {
  const now = Date.now();
  for (const name of readdirSync(versionsDir)) {
    if (keep.has(name)) continue;
    const path = join(versionsDir, name);
    if (graceMs > 0 && now - lstatSync(path).mtimeMs < graceMs) continue;
    rmSync(path, { recursive: true, force: true });
  }
  const parent = dirname(outDir);
  for (const name of readdirSync(parent)) {
    if (LEGACY_LEFTOVER.test(name)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}
