// The whole pipeline as one pure function: input texts and bytes in, validated output files out.
import {
  coverageFileSchema,
  indexFileSchema,
  localityFileSchema,
  SCHEMA_VERSION,
  sourceFileSchema,
  type CoverageFile,
  type IndexFile,
  type LocalityFile,
  type MetricFile,
  type Observation,
  type Period,
  type SourceFile,
  UNCLASSIFIED_AREA,
} from '../src/schema/dataset.ts';
import { applyOverrides, type SourceFigures } from './apply-overrides.ts';
import { comparableGroups } from './comparable-groups.ts';
import { UNTRANSLATED_LABEL } from './classify.ts';
import { compileCatalogue } from './compile-catalogue.ts';
import { distinguish } from './distinctions.ts';
import type { DivisionTable } from './division-table.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { extractSource, MarkerError, type ExtractedSource } from './extract-source.ts';
import { catalogueSchema, manifestSchema, overridesSchema, type PeriodInput } from './input-schemas.ts';
import { outputCheck } from './output-check.ts';
import { lineOf, parseYaml } from './parse-yaml.ts';
import { PipelineError } from './pipeline-error.ts';
import { resolveLocalities } from './resolve-localities.ts';

export interface TextFile {
  /** Path as shown in messages, e.g. data/manifest.yaml. */
  file: string;
  text: string;
}

export interface PipelineInputs {
  manifest: TextFile;
  catalogue: TextFile;
  overrides: TextFile;
  /** Folder of the articles as shown in messages, e.g. data/sources. */
  sourcesDir: string;
  /** The bytes of each article by file name; a file that could not be read is absent. */
  sourceBytes: ReadonlyMap<string, Uint8Array>;
  /** China's division codes, from which each locality's name, level, parent and province are derived. */
  divisions: DivisionTable;
  builtAt: string;
}

export interface PipelineOutput {
  index: IndexFile;
  localityFiles: LocalityFile[];
  metricFiles: MetricFile[];
  sourceFiles: SourceFile[];
  coverage: CoverageFile;
  /** For the coverage report (not published): where locality facts came from, and who is shown in Chinese for want of English. */
  localityNotes: { divisionSource: string; englishFallbacks: string[] };
}

// Every file is checked against the contract before it is returned: zod's compiled validator, and its parse (a copy,
// or zod's error naming the field) only where the value is not already exactly what parse would return (output-check.ts).
const checkIndexFile = outputCheck(indexFileSchema);
const checkLocalityFile = outputCheck(localityFileSchema);
const checkSourceFile = outputCheck(sourceFileSchema);
const checkCoverageFile = outputCheck(coverageFileSchema);

/** A manifest period as the contract has it: a year, a range, or several years added up. */
function periodFrom(input: PeriodInput): Period {
  const type = input.cumulative ? 'cumulative' : input.from !== null && input.from === input.to ? 'year' : 'range';
  const years = input.years ?? (type === 'year' ? 1 : null);
  return { label: { zh: input.zh, en: input.en }, type, from: input.from, to: input.to, years };
}

/** Without a defaultLocalities list, the views start with this many localities, in manifest order. */
export const DEFAULT_SELECTION_SIZE = 5;

function assertUnique(ids: readonly string[], { file, text }: TextFile, listKey: string, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw new PipelineError(file, `two ${what} have the id "${id}"`, lineOf(text, [listKey, index, 'id']));
    seen.add(id);
  });
}

/** Runs every step; throws PipelineError on bad input and never returns partial output. */
export function buildDataset(inputs: PipelineInputs): PipelineOutput {
  const { manifest: manifestFile, catalogue: catalogueFile, overrides: overridesFile } = inputs;
  const manifest = parseYaml(manifestFile.file, manifestFile.text, manifestSchema);
  const catalogue = compileCatalogue(parseYaml(catalogueFile.file, catalogueFile.text, catalogueSchema), catalogueFile.file, catalogueFile.text);
  const overrides = parseYaml(overridesFile.file, overridesFile.text, overridesSchema).overrides;

  assertUnique(manifest.localities.map((l) => l.id), manifestFile, 'localities', 'localities');
  const { localities, englishFallbacks } = resolveLocalities(manifest, inputs.divisions, manifestFile);
  const levelOf = new Map(localities.map((l) => [l.id, l.levelCode]));
  assertUnique(manifest.sources.map((s) => s.id), manifestFile, 'sources', 'sources');
  const localityIds = new Set(manifest.localities.map((l) => l.id));
  manifest.sources.forEach((source, index) => {
    if (!localityIds.has(source.locality)) {
      throw new PipelineError(manifestFile.file, `source "${source.id}" names an unknown locality "${source.locality}"`, lineOf(manifestFile.text, ['sources', index, 'locality']));
    }
  });
  manifest.defaultLocalities?.forEach((localityId, index, all) => {
    const problem = !localityIds.has(localityId) ? 'names an unknown locality' : all.indexOf(localityId) !== index ? 'names twice the locality' : null;
    if (problem) throw new PipelineError(manifestFile.file, `defaultLocalities ${problem} "${localityId}"`, lineOf(manifestFile.text, ['defaultLocalities', index]));
  });
  const localitiesWithSources = new Set(manifest.sources.map((s) => s.locality));
  manifest.localities.forEach((locality, index) => {
    if (!localitiesWithSources.has(locality.id)) {
      throw new PipelineError(manifestFile.file, `locality "${locality.id}" has no source`, lineOf(manifestFile.text, ['localities', index, 'id']));
    }
  });

  const extracted = new Map<string, ExtractedSource>();
  const texts = new Map<string, string>();
  manifest.sources.forEach((source, index) => {
    const path = `${inputs.sourcesDir}/${source.file}`;
    const bytes = inputs.sourceBytes.get(source.file);
    if (!bytes) {
      throw new PipelineError(path, `missing source file (listed in ${manifestFile.file} line ${lineOf(manifestFile.text, ['sources', index, 'file'])})`);
    }
    const text = decodeUtf8(path, bytes);
    texts.set(source.id, text);
    const sections = source.sections.map((s) => ({ start: s.start, end: s.end, kind: s.kind, period: s.period ? periodFrom(s.period) : null }));
    const localityLevel = levelOf.get(source.locality)!;
    const spec = { id: source.id, localityId: source.locality, file: path, localityLevel, publishedOn: source.publishedOn, period: periodFrom(source.period), article: source.article, sections };
    try {
      extracted.set(source.id, extractSource(text, spec, catalogue));
    } catch (error) {
      if (!(error instanceof MarkerError)) throw error;
      const where = lineOf(manifestFile.text, ['sources', index, ...error.field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key))]);
      throw new PipelineError(manifestFile.file, `source "${source.id}" (${path}): ${error.message}`, where);
    }
  });

  applyOverrides(overrides, extracted as ReadonlyMap<string, SourceFigures>, catalogue, (index) => ({
    file: overridesFile.file,
    line: lineOf(overridesFile.text, ['overrides', index]),
  }));

  // Group once: with thousands of localities, a filter per locality would be quadratic.
  const sourcesOf = new Map<string, string[]>();
  for (const s of manifest.sources) {
    const ids = sourcesOf.get(s.locality);
    if (ids) ids.push(s.id);
    else sourcesOf.set(s.locality, [s.id]);
  }
  const observationsByLocality = new Map<string, Observation[]>();
  for (const [localityId, ids] of sourcesOf) {
    // Most localities have one source: its list serves as it is.
    if (ids.length === 1) observationsByLocality.set(localityId, extracted.get(ids[0]!)!.observations);
    else observationsByLocality.set(localityId, ids.flatMap((id) => extracted.get(id)!.observations));
  }
  const observationsOf = (localityId: string) => observationsByLocality.get(localityId) ?? [];

  // Figures are told apart within one locality: a locality at a time keeps each lookup small at any scale.
  const undistinguished = new Set<string>();
  for (const [localityId, ids] of sourcesOf) {
    const variants = ids.length === 1 ? extracted.get(ids[0]!)!.variants : new Map(ids.flatMap((id) => [...extracted.get(id)!.variants]));
    for (const id of distinguish(observationsOf(localityId), variants, catalogue.populations)) undistinguished.add(id);
  }
  const allObservations: Observation[] = [];
  for (const e of extracted.values()) for (const o of e.observations) allObservations.push(o);
  const groups = comparableGroups(allObservations, catalogue.metrics.map((m) => m.id), catalogue.populations);

  const labelled = new Set(catalogue.measureWords.map((m) => m.unit));
  for (const [sourceId, e] of extracted) {
    const unlabelled = e.observations.find((o) => !labelled.has(o.unit));
    if (unlabelled) {
      throw new PipelineError(catalogueFile.file, `measureWords has no label for "${unlabelled.unit}" (used by ${unlabelled.originalText} in ${sourceId})`, lineOf(catalogueFile.text, ['measureWords']));
    }
  }

  const index = checkIndexFile({
    schemaVersion: SCHEMA_VERSION,
    builtAt: inputs.builtAt,
    programAreas: catalogue.programAreas,
    metrics: catalogue.metrics.map(({ rules: _rules, variants: _variants, ...metric }) => metric),
    populations: catalogue.populations.map(({ terms: _terms, ...population }) => population),
    comparableGroups: groups,
    measureWords: catalogue.measureWords,
    localities: localities.map((l) => {
      const figureCounts: Record<string, number> = {};
      for (const o of observationsOf(l.id)) {
        const key = o.programAreaId ?? UNCLASSIFIED_AREA;
        figureCounts[key] = (figureCounts[key] ?? 0) + 1;
      }
      return { ...l, sourceIds: sourcesOf.get(l.id) ?? [], figureCounts };
    }),
    defaultLocalityIds: manifest.defaultLocalities ?? manifest.localities.slice(0, DEFAULT_SELECTION_SIZE).map((l) => l.id),
    sources: manifest.sources.map((s) => ({
      id: s.id,
      localityId: s.locality,
      file: s.file,
      title: s.title,
      medium: s.medium,
      url: s.url,
      publisher: s.publisher,
      page: s.page ?? null,
      authors: s.authors,
      publishedOn: s.publishedOn,
      period: periodFrom(s.period),
      articleStart: extracted.get(s.id)!.articleStart,
      articleEnd: extracted.get(s.id)!.articleEnd,
      note: s.note ?? null,
    })),
  });

  const localityFiles = manifest.localities.map((l) =>
    checkLocalityFile({ schemaVersion: SCHEMA_VERSION, localityId: l.id, observations: observationsOf(l.id) }),
  );
  // Every metric's figures across all localities, in manifest order: one file per metric, even where none reports
  // it. Made of the locality files' observations, which the schema has just checked (checking twice costs a lot).
  const byMetric = new Map<string, Observation[]>(catalogue.metrics.map((m) => [m.id, []]));
  for (const file of localityFiles) for (const o of file.observations) if (o.metricId) byMetric.get(o.metricId)!.push(o);
  const metricFiles: MetricFile[] = [...byMetric].map(([metricId, observations]) => ({ schemaVersion: SCHEMA_VERSION, metricId, observations }));
  const sourceFiles = manifest.sources.map((s) => {
    const e = extracted.get(s.id)!;
    return checkSourceFile({
      schemaVersion: SCHEMA_VERSION,
      sourceId: s.id,
      text: texts.get(s.id)!,
      articleStart: e.articleStart,
      articleEnd: e.articleEnd,
      repeats: e.repeats,
      mentions: e.mentions,
    });
  });
  const coverage = checkCoverageFile({
    schemaVersion: SCHEMA_VERSION,
    builtAt: inputs.builtAt,
    rows: manifest.sources.map((s) => coverageRow(s.id, s.locality, extracted.get(s.id)!, undistinguished)),
  });
  return { index, localityFiles, metricFiles, sourceFiles, coverage, localityNotes: { divisionSource: inputs.divisions.current.label, englishFallbacks } };
}

/** One source's line of the coverage report, counted in one pass over its mentions and one over its figures. */
function coverageRow(sourceId: string, localityId: string, e: ExtractedSource, undistinguished: ReadonlySet<string>): CoverageFile['rows'][number] {
  const rejectedByReason: Record<string, number> = {};
  let rejected = 0;
  let repeatsDropped = 0;
  let outsideArticle = 0;
  for (const m of e.mentions) {
    if (m.status === 'rejected') {
      rejected += 1;
      rejectedByReason[m.reason!] = (rejectedByReason[m.reason!] ?? 0) + 1;
    } else if (m.status === 'repeat') repeatsDropped += 1;
    else if (m.status === 'outside') outsideArticle += 1;
  }
  const counts = { classified: 0, unclassified: 0, plans: 0, level: 0, measure: 0, years: 0, undistinguished: 0, untranslated: 0 };
  for (const o of e.observations) {
    if (o.metricId !== null) counts.classified += 1;
    else {
      counts.unclassified += 1;
      if (o.label.en === UNTRANSLATED_LABEL) counts.untranslated += 1;
    }
    if (o.kind === 'plan') counts.plans += 1;
    if (o.level === null) counts.level += 1;
    if (o.measure === null) counts.measure += 1;
    if (o.period.years === null) counts.years += 1;
    if (undistinguished.has(o.id)) counts.undistinguished += 1;
  }
  return {
    sourceId,
    localityId,
    found: e.mentions.length - outsideArticle,
    classified: counts.classified,
    unclassified: counts.unclassified,
    plans: counts.plans,
    rejected,
    rejectedByReason,
    repeatsDropped,
    outsideArticle,
    unknown: { level: counts.level, measure: counts.measure, years: counts.years },
    undistinguished: counts.undistinguished,
    untranslated: counts.untranslated,
  };
}
