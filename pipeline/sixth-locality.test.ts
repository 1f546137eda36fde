// Adding a locality is data only: one article and one manifest entry for it and its source. The fixture article
// is written as most Chinese sites publish, with full-width punctuation and a 千万 compound.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { buildDataset } from './build-dataset.ts';
import { readInputs } from './read-inputs.ts';

const root = join(import.meta.dirname, '..');

test('a sixth locality from a fixture article needs only a manifest entry', () => {
  const inputs = readInputs(root, '2026-01-01T00:00:00.000Z');
  const manifest = parseDocument(inputs.manifest.text);
  manifest.addIn(['localities'], {
    id: 'example',
    name: { zh: '示例县', en: 'Example County' },
    shortName: { zh: '示例', en: 'Example' },
    levelCode: 'county',
    parent: { zh: '示例市', en: 'Example City' },
    province: { zh: '浙江省', en: 'Zhejiang' },
    divisionCode: '339999',
    population: 300000,
    coordinates: { lat: 29, lon: 120 },
  });
  manifest.addIn(['sources'], {
    id: 'example-2023',
    file: 'sixth-locality.txt',
    locality: 'example',
    title: '示例县总工会2023年工作回顾',
    medium: 'web',
    url: null,
    publisher: null,
    authors: [],
    publishedOn: null,
    period: { zh: '2023年', en: '2023', from: 2023, to: 2023, cumulative: false },
    article: { start: '示例县总工会2023年工作回顾', end: '发放慰问金12.5万元。' },
  });
  const sourceBytes = new Map(inputs.sourceBytes);
  sourceBytes.set('sixth-locality.txt', readFileSync(join(import.meta.dirname, 'fixtures', 'sixth-locality.txt')));

  const output = buildDataset({ ...inputs, manifest: { ...inputs.manifest, text: manifest.toString() }, sourceBytes });

  expect(output.index.localities.map((l) => l.id)).toEqual(['changshan', 'fuzhou', 'sanjiang', 'xiuzhou', 'shifang', 'example']);
  const example = output.localityFiles.find((f) => f.localityId === 'example')!.observations;
  const byMetric = Object.fromEntries(example.filter((o) => o.metricId).map((o) => [o.metricId, o.value]));
  expect(byMetric).toEqual({ new_unions: 15, new_members: 1200, membership_rate: 92.5, funds_invested: 30_000_000, workers_visited: 300, condolence_funds: 125000 });
  const visited = example.find((o) => o.metricId === 'workers_visited')!;
  expect(visited).toMatchObject({ populationId: 'workers_in_hardship', measure: 'flow', period: { type: 'year', years: 1 }, qualifier: 'more_than' });
  expect(example.find((o) => o.metricId === 'membership_rate')).toMatchObject({ measure: 'rate', period: { type: 'as_of' } });
  // The page chrome's postcode is outside the article and never a figure.
  expect(example.some((o) => o.originalText.includes('999999'))).toBe(false);
  expect(output.coverage.rows.at(-1)).toMatchObject({ sourceId: 'example-2023', found: 8, classified: 6, rejected: 2 });
});
