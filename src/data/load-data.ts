// Fetches the generated JSON next to the page and validates it against the data contract.
import type * as z from 'zod/mini';
import {
  DATA_FILES,
  SCHEMA_VERSION,
  coverageFileSchema,
  indexFileSchema,
  localityFileSchema,
  metricFileSchema,
  sourceFileSchema,
  type CoverageFile,
  type IndexFile,
  type LocalityFile,
  type MetricFile,
  type SourceFile,
} from '@/schema/dataset';
import { UnsupportedSchemaError, withFastPath } from '@/data/fast-parse';

export type DataLoadErrorKind = 'missing' | 'network' | 'invalid' | 'version';

/** A load that failed, with what kind of failure it was so the panel can explain it. */
export class DataLoadError extends Error {
  readonly kind: DataLoadErrorKind;
  readonly foundVersion: unknown;

  constructor(message: string, kind: DataLoadErrorKind, foundVersion?: unknown) {
    super(message);
    this.name = 'DataLoadError';
    this.kind = kind;
    this.foundVersion = foundVersion;
  }
}

const DATA_ROOT = './data/';
/** A request that has not answered by then is given up, so the page shows an error and a retry, never waits for ever. */
export const REQUEST_TIMEOUT_MS = 20_000;

async function fetchJson(path: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<unknown> {
  let response: Response;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    response = await fetch(`${DATA_ROOT}${path}`, { signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) throw new DataLoadError(`data/${path}: no answer after ${timeoutMs / 1000} s`, 'network');
    throw new DataLoadError(`${path}: ${error instanceof Error ? error.message : String(error)}`, 'network');
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 404) throw new DataLoadError(`file not found: data/${path}`, 'missing');
  if (!response.ok) throw new DataLoadError(`data/${path}: HTTP ${response.status}`, 'network');
  const text = await response.text();
  // A missing file on a single-page host comes back as index.html with status 200.
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html') || /^\s*</.test(text)) throw new DataLoadError(`file not found: data/${path}`, 'missing');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataLoadError(`data/${path}: not valid JSON`, 'invalid');
  }
}

/** The schema with the fast path (fast-parse.ts); as it is where the fast path cannot model it (a test says none). */
function fast<T extends z.ZodMiniType>(schema: T): T {
  try {
    return withFastPath(schema);
  } catch (error) {
    if (error instanceof UnsupportedSchemaError) return schema;
    throw error;
  }
}

/** Each schema's fast path, compiled when its first file comes (not all five while the page's code starts). */
function compiledOnFirstUse<T extends z.ZodMiniType>(schema: T): () => T {
  let compiled: T | undefined;
  return () => (compiled ??= fast(schema));
}

const indexFile = compiledOnFirstUse(indexFileSchema);
const localityFile = compiledOnFirstUse(localityFileSchema);
const metricFile = compiledOnFirstUse(metricFileSchema);
const sourceFile = compiledOnFirstUse(sourceFileSchema);
const coverageFile = compiledOnFirstUse(coverageFileSchema);

/** Checks the version first, so an old or new dataset gets a clear message instead of a schema dump. */
export function validateDataFile<T>(raw: unknown, schema: z.ZodMiniType<T>, path: string): T {
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== SCHEMA_VERSION) {
    throw new DataLoadError(`${path}: schemaVersion ${String(version)}, expected ${SCHEMA_VERSION}`, 'version', version);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataLoadError(`${path}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`, 'invalid');
  }
  return parsed.data;
}

export async function loadIndex(): Promise<IndexFile> {
  return validateDataFile(await fetchJson(DATA_FILES.index), indexFile(), DATA_FILES.index);
}

export async function loadLocalityFile(localityId: string): Promise<LocalityFile> {
  const path = DATA_FILES.locality(localityId);
  const file = validateDataFile(await fetchJson(path), localityFile(), path);
  if (file.localityId !== localityId) throw new DataLoadError(`${path}: holds ${file.localityId}`, 'invalid');
  return file;
}

export async function loadMetricFile(metricId: string): Promise<MetricFile> {
  const path = DATA_FILES.metric(metricId);
  const file = validateDataFile(await fetchJson(path), metricFile(), path);
  if (file.metricId !== metricId) throw new DataLoadError(`${path}: holds ${file.metricId}`, 'invalid');
  return file;
}

export async function loadSourceFile(sourceId: string): Promise<SourceFile> {
  const path = DATA_FILES.source(sourceId);
  const file = validateDataFile(await fetchJson(path), sourceFile(), path);
  if (file.sourceId !== sourceId) throw new DataLoadError(`${path}: holds ${file.sourceId}`, 'invalid');
  return file;
}

export async function loadCoverage(): Promise<CoverageFile> {
  return validateDataFile(await fetchJson(DATA_FILES.coverage), coverageFile(), DATA_FILES.coverage);
}
