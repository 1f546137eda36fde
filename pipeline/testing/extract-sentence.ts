// Test helper: run the real catalogue over a few sentences, as if they were one article of a 2022 county report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LevelCode, Observation, Period } from '../../src/schema/dataset.ts';
import type { Catalogue } from '../catalogue.ts';
import { compileCatalogue } from '../compile-catalogue.ts';
import { extractSource } from '../extract-source.ts';
import { catalogueSchema } from '../input-schemas.ts';
import { parseYaml } from '../parse-yaml.ts';

const file = join(import.meta.dirname, '..', '..', 'data', 'catalogue.yaml');
const text = readFileSync(file, 'utf8');

/** data/catalogue.yaml, compiled. */
export const realCatalogue: Catalogue = compileCatalogue(parseYaml('data/catalogue.yaml', text, catalogueSchema), 'data/catalogue.yaml', text);

export const YEAR_2022: Period = { label: { zh: '2022年', en: '2022' }, type: 'year', from: 2022, to: 2022, years: 1 };

export interface SentenceOptions {
  period?: Period;
  localityLevel?: LevelCode;
  publishedOn?: string | null;
  catalogue?: Catalogue;
}

/** The observations the pipeline makes of `body` (paragraphs split by \n), in text order. */
export function extractSentences(body: string, options: SentenceOptions = {}): Observation[] {
  const article = `正文开始\n${body}\n正文结束。`;
  return extractSource(
    article,
    {
      id: 'test',
      localityId: 'test',
      file: 'test.txt',
      localityLevel: options.localityLevel ?? 'county',
      publishedOn: options.publishedOn ?? null,
      period: options.period ?? YEAR_2022,
      article: { start: '正文开始', end: '正文结束。' },
      sections: [],
    },
    options.catalogue ?? realCatalogue,
  ).observations;
}

/** The one observation written as `figure` in `body`. */
export function figureIn(body: string, figure: string, options: SentenceOptions = {}): Observation {
  const found = extractSentences(body, options).filter((o) => o.originalText === figure);
  if (found.length !== 1) throw new Error(`expected one figure ${figure} in ${body}, found ${found.length}`);
  return found[0]!;
}
