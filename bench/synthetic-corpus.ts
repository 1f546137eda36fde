// A synthetic corpus for benchmarks: the five real articles repeated as N localities, with a matching manifest.
import { parseDocument, stringify } from 'yaml';
import type { PipelineInputs } from '../pipeline/build-dataset.ts';
import { divisionFacts } from '../pipeline/division-facts.ts';
import { LEVEL_RANK } from '../pipeline/resolve-localities.ts';

/** The codes the pipeline accepts, county-level first, then prefecture-level ones: one per synthetic locality. */
function acceptedCodes(real: PipelineInputs): string[] {
  const county: string[] = [];
  const prefecture: string[] = [];
  for (const code of real.divisions.current.names.keys()) {
    try {
      (LEVEL_RANK[divisionFacts(code, real.divisions).levelCode] === 2 ? prefecture : county).push(code);
    } catch {
      // A province or a code the pipeline refuses (a development zone): not a locality.
    }
  }
  return [...county, ...prefecture];
}

/**
 * Inputs for `count` articles, each one of the real articles (round robin) under its own file name. Each locality has
 * a division code of its own (the pipeline refuses one code twice), so there are as many localities as articles up
 * to the number of codes (about 3,100); beyond that, localities take several articles each.
 */
export function syntheticInputs(real: PipelineInputs, count: number): PipelineInputs {
  const manifest = parseDocument(real.manifest.text).toJS() as {
    populationCitation: unknown;
    englishNames: unknown;
    localities: Array<Record<string, unknown>>;
    sources: Array<Record<string, unknown> & { file: string; locality: string }>;
  };
  const localities: Array<Record<string, unknown>> = [];
  const sources: Array<Record<string, unknown>> = [];
  const sourceBytes = new Map<string, Uint8Array>();
  const codes = acceptedCodes(real);
  const localityCount = Math.min(count, codes.length);
  for (let i = 0; i < count; i += 1) {
    const template = manifest.sources[i % manifest.sources.length]!;
    const locality = manifest.localities.find((l) => l.id === template.locality)!;
    const id = `loc-${String(i % localityCount).padStart(5, '0')}`;
    const file = `article-${String(i).padStart(5, '0')}.txt`;
    if (i < localityCount) {
      // A copy takes the names of its code: the Chinese one is checked against it, the English one would be another place's.
      const { name: _name, en: _en, ...facts } = locality;
      localities.push({ ...facts, id, divisionCode: codes[i] });
    }
    sources.push({ ...template, id: `${id}-src${i < localityCount ? '' : `-${Math.floor(i / localityCount) + 1}`}`, file, locality: id });
    sourceBytes.set(file, real.sourceBytes.get(template.file)!);
  }
  const text = stringify({ populationCitation: manifest.populationCitation, englishNames: manifest.englishNames, localities, sources }, { aliasDuplicateObjects: false });
  return { ...real, manifest: { file: 'synthetic/manifest.yaml', text }, overrides: { file: 'synthetic/overrides.yaml', text: 'overrides: []\n' }, sourceBytes };
}
