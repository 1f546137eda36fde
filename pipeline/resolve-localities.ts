// The manifest's localities with their reference facts filled in from the division code; an unknown or retired code,
// a code given twice, or a name typed in the manifest that the code contradicts, is an error naming the manifest line.
import { z } from 'zod';
import type { LevelCode, Locality, LocalizedText } from '../src/schema/dataset.ts';
import type { TextFile } from './build-dataset.ts';
import { type Division, DivisionError, divisionFacts } from './division-facts.ts';
import type { DivisionTable } from './division-table.ts';
import { divisionFactsSchema, type ManifestInput } from './input-schemas.ts';
import { lineOf } from './parse-yaml.ts';
import { PipelineError } from './pipeline-error.ts';

/** A locality as the index has it, less what the figures add (sources and counts). */
export type ResolvedLocality = Omit<Locality, 'sourceIds' | 'figureCounts'>;

export interface ResolvedLocalities {
  localities: ResolvedLocality[];
  /** One line per locality shown in Chinese where English is missing, for the coverage report. */
  englishFallbacks: string[];
}

/** Compiled once: it checks the facts of every locality (the same answers, a copy as zod's parse makes). */
const checkDivisionFacts = z.compile(divisionFactsSchema);

/** County-level divisions are compared with each other (3), prefecture-level ones (cities, 地区, 自治州, 盟) apart (2). */
export const LEVEL_RANK: Record<LevelCode, number> = {
  county: 3,
  autonomous_county: 3,
  county_level_city: 3,
  city_district: 3,
  prefecture_city: 2,
  prefecture: 2,
  autonomous_prefecture: 2,
  league: 2,
};

/** Fills name, short name, level, parent and province of each locality from its division code. */
export function resolveLocalities(input: Pick<ManifestInput, 'localities' | 'englishNames' | 'populationCitation'>, table: DivisionTable, manifest: TextFile): ResolvedLocalities {
  const { localities, englishNames, populationCitation } = input;
  const fail = (problem: string, path: ReadonlyArray<string | number>) => new PipelineError(manifest.file, problem, lineOf(manifest.text, path));
  for (const code of Object.keys(englishNames)) {
    if (!table.current.names.has(code)) throw fail(`englishNames: divisionCode ${code} is not in ${table.current.label}`, ['englishNames', code]);
  }
  const englishFallbacks: string[] = [];
  // One place, one entry: two entries with one code would be the same place counted twice (or a typo of a code).
  const entryWithCode = new Map<string, number>();
  const resolved = localities.map((entry, index) => {
    const earlier = entryWithCode.get(entry.divisionCode);
    if (earlier !== undefined) {
      throw fail(`divisionCode ${entry.divisionCode} is already that of ${localities[earlier]!.id} (line ${lineOf(manifest.text, ['localities', earlier, 'divisionCode'])}): one place, one entry`, ['localities', index, 'divisionCode']);
    }
    entryWithCode.set(entry.divisionCode, index);
    let facts;
    try {
      facts = divisionFacts(entry.divisionCode, table);
    } catch (error) {
      if (error instanceof DivisionError) throw fail(error.message, ['localities', index, 'divisionCode']);
      throw error;
    }
    if (entry.name !== undefined && entry.name.trim() !== facts.name) {
      throw fail(`divisionCode ${entry.divisionCode} is ${facts.name} in ${table.current.label}, but name says ${entry.name}`, ['localities', index, 'name']);
    }
    const missing: string[] = [];
    const text = (zh: string, en: string | undefined, field: string): LocalizedText => {
      if (en === undefined) missing.push(field);
      return { zh, en: en ?? zh };
    };
    const division = (d: Division, field: string) => text(d.name, englishNames[d.code], `${field} ${d.name} (${d.code})`);
    const derived = checkDivisionFacts.safeParse({
      name: text(facts.name, entry.en?.name, 'name'),
      shortName: text(facts.shortName, entry.en?.shortName, 'shortName'),
      level: facts.level,
      levelCode: facts.levelCode,
      parent: facts.parent && division(facts.parent, 'parent'),
      province: division(facts.province, 'province'),
    });
    if (!derived.success) {
      const issue = derived.error.issues[0]!;
      throw fail(`divisionCode ${entry.divisionCode}: ${table.current.label} gives no valid ${issue.path.join('.')} (${issue.message})`, ['localities', index, 'divisionCode']);
    }
    const { name, shortName, level, levelCode, parent, province } = derived.data;
    // In the contract's key order, the order the output check writes them in.
    const resolvedLocality: ResolvedLocality = {
      id: entry.id,
      name,
      shortName,
      level,
      levelCode,
      levelRank: LEVEL_RANK[levelCode],
      parent,
      province,
      divisionCode: entry.divisionCode,
      population: { value: entry.population, year: 2020, citation: populationCitation, note: entry.populationNote ?? null },
      coordinates: entry.coordinates ?? null,
    };
    if (missing.length > 0) englishFallbacks.push(`${entry.id} (${facts.name}): no English for ${missing.join(', ')}; shown in Chinese`);
    return resolvedLocality;
  });
  return { localities: resolved, englishFallbacks };
}
