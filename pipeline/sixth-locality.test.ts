// Adding a locality is data only: one article, its division code and census population, and an entry for its
// source. The fixture article is written as most Chinese sites publish, with full-width punctuation and a 千万 compound.
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
  // Only the division code and the census population: 开化县's name, level, parent and province come from the code.
  manifest.addIn(['localities'], { id: 'example', divisionCode: '330824', population: 300000 });
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
  expect(output.index.localities.at(-1)).toMatchObject({
    name: { zh: '开化县', en: '开化县' },
    shortName: { zh: '开化', en: '开化' },
    level: { zh: '县', en: 'county' },
    levelCode: 'county',
    levelRank: 3,
    // The manifest's englishNames has 衢州 and 浙江 for 常山; a locality without English of its own is shown in Chinese.
    parent: { zh: '衢州市', en: 'Quzhou' },
    province: { zh: '浙江省', en: 'Zhejiang' },
    coordinates: null,
  });
  expect(output.localityNotes.englishFallbacks).toEqual(['example (开化县): no English for name, shortName; shown in Chinese']);
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
