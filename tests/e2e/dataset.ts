// Reads the pipeline's output (public/data) so that tests compare with it instead of hard-coded figures.
import { readFileSync } from 'node:fs';
import { indexFileSchema, localityFileSchema, type IndexFile, type Observation } from '../../src/schema/dataset';

export function readIndex(): IndexFile {
  return indexFileSchema.parse(JSON.parse(readFileSync('public/data/index.json', 'utf8')));
}

export function readObservations(localityId: string): Observation[] {
  return localityFileSchema.parse(JSON.parse(readFileSync(`public/data/localities/${localityId}.json`, 'utf8'))).observations;
}
