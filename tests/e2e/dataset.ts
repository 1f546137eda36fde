// Reads the pipeline's output (public/data) so that tests compare with it instead of hard-coded figures.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { indexFileSchema, localityFileSchema, metricFileSchema, type IndexFile, type LocalityFile, type MetricFile, type Observation } from '../../src/schema/dataset';

export function readIndex(): IndexFile {
  return indexFileSchema.parse(JSON.parse(readFileSync('public/data/index.json', 'utf8')));
}

export function readObservations(localityId: string): Observation[] {
  return localityFileSchema.parse(JSON.parse(readFileSync(`public/data/localities/${localityId}.json`, 'utf8'))).observations;
}

export function readLocalityFile(localityId: string): LocalityFile {
  return localityFileSchema.parse(JSON.parse(readFileSync(`public/data/localities/${localityId}.json`, 'utf8')));
}

export function readMetricFile(metricId: string): MetricFile {
  return metricFileSchema.parse(JSON.parse(readFileSync(`public/data/metrics/${metricId}.json`, 'utf8')));
}

/**
 * The real index with `count` localities made from the real ones, and one metric's file in which every one of
 * them reports a figure cloned from a real one (value 1..count, scattered): views at the scale of a country.
 */
export function syntheticScale(count: number, metricId: string): { index: IndexFile; metric: MetricFile } {
  const real = readIndex();
  const template = readMetricFile(metricId).observations[0]!;
  const localities = Array.from({ length: count }, (_, i) => {
    const base = real.localities[i % real.localities.length]!;
    const n = String(i + 1).padStart(4, '0');
    return { ...base, id: `syn-${n}`, shortName: { zh: `${base.shortName.zh}${n}`, en: `${base.shortName.en} ${n}` }, name: { zh: `${base.name.zh}${n}`, en: `${base.name.en} ${n}` } };
  });
  const observations = localities.map((l, i) => {
    // A permutation of 1..count, so that ranks are distinct and no longer follow the list order.
    const value = ((i * 7919) % count) + 1;
    return { ...template, id: `${template.sourceId}:${i}`, localityId: l.id, value, originalText: `${value}${template.unit}` };
  });
  return {
    index: { ...real, localities, defaultLocalityIds: localities.slice(0, 5).map((l) => l.id) },
    metric: { schemaVersion: real.schemaVersion, metricId, observations },
  };
}

/** Serves a synthetic index (see syntheticScale), and each synthetic locality's figures as those of the real one it was made from. */
export async function routeScale(context: BrowserContext, big: IndexFile): Promise<void> {
  const real = readIndex();
  await context.route('**/data/index.json', (r) => r.fulfill({ json: big }));
  await context.route('**/data/localities/syn-*.json', (r) => {
    const id = new URL(r.request().url()).pathname.match(/(syn-\d+)\.json$/)![1]!;
    const file = readLocalityFile(real.localities[(Number(id.slice(4)) - 1) % real.localities.length]!.id);
    return r.fulfill({ json: { ...file, localityId: id, observations: file.observations.map((o) => ({ ...o, localityId: id })) } });
  });
}
