// A synthetic corpus for benchmarks: the five real articles repeated as N localities, with a matching manifest.
import { parseDocument, stringify } from 'yaml';
import type { PipelineInputs } from '../pipeline/build-dataset.ts';
import { divisionFacts } from '../pipeline/division-facts.ts';

/** County-level codes the pipeline accepts, in order: each synthetic locality takes one (round robin). */
function countyCodes(real: PipelineInputs): string[] {
  return [...real.divisions.current.names.keys()].filter((code) => {
    try {
      return divisionFacts(code, real.divisions).levelCode !== 'prefecture_city';
    } catch {
      return false;
    }
  });
}

/** Inputs for `count` localities, each with one of the real articles (round robin) under its own file name. */
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
  const codes = countyCodes(real);
  for (let i = 0; i < count; i += 1) {
    const template = manifest.sources[i % manifest.sources.length]!;
    const locality = manifest.localities.find((l) => l.id === template.locality)!;
    const id = `loc-${String(i).padStart(5, '0')}`;
    const file = `${id}.txt`;
    // A copy takes the names of its code: the Chinese one is checked against it, the English one would be another place's.
    const { name: _name, en: _en, ...facts } = locality;
    localities.push({ ...facts, id, divisionCode: codes[i % codes.length] });
    sources.push({ ...template, id: `${id}-src`, file, locality: id });
    sourceBytes.set(file, real.sourceBytes.get(template.file)!);
  }
  const text = stringify({ populationCitation: manifest.populationCitation, englishNames: manifest.englishNames, localities, sources }, { aliasDuplicateObjects: false });
  return { ...real, manifest: { file: 'synthetic/manifest.yaml', text }, overrides: { file: 'synthetic/overrides.yaml', text: 'overrides: []\n' }, sourceBytes };
}
