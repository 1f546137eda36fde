// A pipeline step with a bug that makes a figure the contract refuses: the build throws, and nothing is returned to
// publish: the output check (pipeline/output-check.ts) decides with zod's compiled validator of the contract.
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { core } from 'zod/mini';
import { buildDataset } from './build-dataset.ts';
import { readInputs } from './read-inputs.ts';

vi.mock('./dimensions.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./dimensions.ts')>()),
  // The bug: a population id the contract refuses (ids are lower-case ascii).
  populationOf: () => 'Women Workers',
}));

test('a figure the contract refuses stops the build with zod’s error naming the field', () => {
  const inputs = readInputs(join(import.meta.dirname, '..'), '2026-01-01T00:00:00.000Z');
  expect(() => buildDataset(inputs)).toThrow(core.$ZodError);
  expect(() => buildDataset(inputs)).toThrow(/populationId/);
});
