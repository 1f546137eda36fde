// The data contract between the pipeline and the app: zod schemas and the types inferred from them. Written with
// zod/mini, the same engine as zod behind a functional API that tree-shakes: the app's main chunk carries only the
// checks used here (README, "Validation").
import * as z from 'zod/mini';

/** Bumped whenever the shape of public/data changes; the app refuses other versions. */
export const SCHEMA_VERSION = 3;

export const localizedTextSchema = z.object({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids are lower-case ascii, digits, _ and -'));

/** How the text qualifies a figure: 余/多/超 = more_than, 近 = nearly, 约 = about, 以上/不少于 = at_least. */
export const qualifierSchema = z.enum(['exact', 'more_than', 'nearly', 'about', 'at_least']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** A figure reports what was done (result) or what is planned (plan: 将, 计划, 力争, 目标). */
export const kindSchema = z.enum(['result', 'plan']);
export type Kind = z.infer<typeof kindSchema>;

/** count: people, units, events; money: yuan; rate: a percentage (never per capita). */
export const metricTypeSchema = z.enum(['count', 'money', 'rate']);
export type MetricType = z.infer<typeof metricTypeSchema>;

/**
 * year: one calendar year; range: from..to as the source reports it (2022年至2023年4月); as_of: a value at a
 * moment (截至目前, a rate, a running total); cumulative: a sum over several years (近年来, 近三年, 2019年以来);
 * annual_average: a yearly figure (年均, 每年).
 */
export const periodTypeSchema = z.enum(['year', 'range', 'as_of', 'cumulative', 'annual_average']);
export type PeriodType = z.infer<typeof periodTypeSchema>;

export const periodSchema = z.object({
  label: localizedTextSchema,
  type: periodTypeSchema,
  from: z.nullable(z.int()),
  to: z.nullable(z.int()),
  /** How many years the figure covers where the text says so (1 for a year, 3 for 近三年); null when not said. */
  years: z.nullable(z.int().check(z.positive())),
});
export type Period = z.infer<typeof periodSchema>;

/**
 * The administrative level of what a figure counts (an honour, a pilot, a studio, an organisation, an event)
 * where the text names one: county covers 县/区/县级市; multi adds several levels together (全国、省、市…).
 */
export const levelSchema = z.enum(['national', 'province', 'prefecture', 'county', 'township', 'workplace', 'multi']);
export type Level = z.infer<typeof levelSchema>;

/** flow: done within the period; stock: a running total as of a date; rate: a percentage as of a date; cumulative: a sum over several years. */
export const measureSchema = z.enum(['flow', 'stock', 'rate', 'cumulative']);
export type Measure = z.infer<typeof measureSchema>;

export const programAreaSchema = z.object({ id: idSchema, label: localizedTextSchema, order: z.int() });
export type ProgramArea = z.infer<typeof programAreaSchema>;

export const metricSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  programAreaId: idSchema,
  type: metricTypeSchema,
  /** Base unit of the value: 人, 人次, 家, 个, 场, 元, % … */
  unit: z.string().check(z.minLength(1)),
  unitLabel: localizedTextSchema,
  /** Every measure word the metric accepts (名 and 位 read as 人): one unit for it, so they are never "different units". */
  units: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});
export type Metric = z.infer<typeof metricSchema>;

/** A measure word as the articles write it (个, 家, 人次 …), with how to say it in each language. */
export const measureWordSchema = z.object({ unit: z.string().check(z.minLength(1)), label: localizedTextSchema });
export type MeasureWord = z.infer<typeof measureWordSchema>;

/** Who a figure counts or serves when narrower than workers in general: union cadres, women workers … */
export const populationSchema = z.object({ id: idSchema, label: localizedTextSchema });
export type Population = z.infer<typeof populationSchema>;

/** The area key of figures no metric matched, in figureCounts and wherever figures are counted by area. */
export const UNCLASSIFIED_AREA = 'unclassified';

/**
 * Figures of one metric that are like for like: the same level, population and measure. Observations name
 * their group by `groupId`; the index lists each metric's groups so that no reader re-derives them.
 */
export const comparableGroupSchema = z.object({
  id: z.string().check(z.minLength(1)),
  metricId: idSchema,
  level: z.nullable(levelSchema),
  populationId: z.nullable(idSchema),
  measure: z.nullable(measureSchema),
  /** What sets the group apart, e.g. 省级 · 截至目前; the label of the group without qualifiers is 全部 / all. */
  label: localizedTextSchema,
  figureCount: z.int().check(z.positive()),
  localityCount: z.int().check(z.positive()),
});
export type ComparableGroup = z.infer<typeof comparableGroupSchema>;

export const levelCodeSchema = z.enum([
  'county',
  'autonomous_county',
  'county_level_city',
  'city_district',
  'prefecture_city',
  'prefecture',
  'autonomous_prefecture',
  'league',
]);
export type LevelCode = z.infer<typeof levelCodeSchema>;

export const localitySchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  shortName: localizedTextSchema,
  level: localizedTextSchema,
  levelCode: levelCodeSchema,
  /** Level rank for like-for-like checks: county-level divisions are 3, prefecture-level 2. */
  levelRank: z.int().check(z.gte(1), z.lte(4)),
  parent: z.nullable(localizedTextSchema),
  province: localizedTextSchema,
  divisionCode: z.string().check(z.regex(/^\d{6}$/)),
  population: z.object({
    value: z.int().check(z.positive()),
    year: z.int(),
    citation: localizedTextSchema,
    /** How the count is drawn where that matters (e.g. administrative vs management boundary). */
    note: z.nullable(localizedTextSchema),
  }),
  /** The seat of government (GCJ-02); null where the manifest gives none. */
  coordinates: z.nullable(z.object({ lat: z.number(), lon: z.number() })),
  sourceIds: z.array(z.string()).check(z.minLength(1)),
  /** Figures per program area id (UNCLASSIFIED_AREA for the rest), results and plans together. */
  figureCounts: z.record(z.string(), z.int().check(z.nonnegative())),
});
export type Locality = z.infer<typeof localitySchema>;

/** newspaper: an article of a newspaper (print or its digital edition); web: a page published only online. */
export const sourceMediumSchema = z.enum(['newspaper', 'web']);
export type SourceMedium = z.infer<typeof sourceMediumSchema>;

/** An http(s) address. */
export const httpUrl = z.string().check(z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/, 'an http(s) address'));

export const sourceSchema = z.object({
  id: idSchema,
  localityId: idSchema,
  file: z.string(),
  title: z.string().check(z.minLength(1)),
  medium: sourceMediumSchema,
  /** The article's own address where known; null when the capture does not give it. */
  url: z.nullable(httpUrl),
  /** The newspaper or site; null when the capture does not name it. */
  publisher: z.nullable(z.string()),
  /** The newspaper page (版次), where known. */
  page: z.nullable(z.int().check(z.positive())),
  /** Authors in the article's order; empty when it names none. */
  authors: z.array(z.string().check(z.minLength(1))),
  publishedOn: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  period: periodSchema,
  /** Offsets into the original file (UTF-16 code units of the decoded text, as String.prototype.slice counts). */
  articleStart: z.int().check(z.nonnegative()),
  articleEnd: z.int().check(z.positive()),
  note: z.nullable(localizedTextSchema),
});
export type Source = z.infer<typeof sourceSchema>;

export const reviewSchema = z.object({
  status: z.enum(['confirmed', 'corrected']),
  reason: z.string().check(z.minLength(1)),
});

export const observationSchema = z.object({
  /** Stable id: source id + offset of the figure in the original file. */
  id: z.string(),
  localityId: idSchema,
  sourceId: idSchema,
  metricId: z.nullable(idSchema),
  /** The metric's label, or for an unclassified figure a short label from its clause. */
  label: localizedTextSchema,
  programAreaId: z.nullable(idSchema),
  value: z.number(),
  /** The article's measure word (名 and 位 read as 人): it may differ from the metric's (人次 vs 人, 家 vs 个). */
  unit: z.string().check(z.minLength(1)),
  originalText: z.string().check(z.minLength(1)),
  qualifier: qualifierSchema,
  qualifierText: z.nullable(z.string()),
  period: periodSchema,
  kind: kindSchema,
  /** Level of what is counted, or null when the text names none. */
  level: z.nullable(levelSchema),
  /** Who is counted or served, when narrower than workers in general (see index.populations). */
  populationId: z.nullable(idSchema),
  /** flow, stock, rate or cumulative; null when the text does not settle it. */
  measure: z.nullable(measureSchema),
  /** The observation this one is part of (其中 …, a subsidy inside a total investment), else null. */
  partOfId: z.nullable(z.string()),
  /** Tells this figure from the same locality's other figures of the same metric (省级, 春节慰问 …); null when it is alone. */
  distinction: z.nullable(localizedTextSchema),
  /** The comparable group (index.comparableGroups) of a classified figure; null when unclassified. */
  groupId: z.nullable(z.string()),
  quote: z.string().check(z.minLength(1)),
  /** The clause of the quote the figure stands in (between , ; : and the sentence's ends), as written. */
  clause: z.string().check(z.minLength(1)),
  quoteStart: z.int().check(z.nonnegative()),
  quoteEnd: z.int().check(z.positive()),
  figureStart: z.int().check(z.nonnegative()),
  figureEnd: z.int().check(z.positive()),
  review: z.nullable(reviewSchema),
});
export type Observation = z.infer<typeof observationSchema>;

export const rejectReasonSchema = z.enum([
  'year',
  'date',
  'time',
  'ordinal',
  'quoted_name',
  'code',
  'award_period',
  'no_unit',
  'set_phrase',
  'duration',
  'excluded_by_review',
]);
export type RejectReason = z.infer<typeof rejectReasonSchema>;

/** Every number-like span the pipeline looked at, for the source reader and the coverage report. */
export const mentionSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  text: z.string().check(z.minLength(1)),
  status: z.enum(['figure', 'rejected', 'repeat', 'outside']),
  reason: z.nullable(rejectReasonSchema),
  observationId: z.nullable(z.string()),
});
export type Mention = z.infer<typeof mentionSchema>;

export const indexFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  builtAt: z.string(),
  programAreas: z.array(programAreaSchema),
  metrics: z.array(metricSchema),
  populations: z.array(populationSchema),
  comparableGroups: z.array(comparableGroupSchema),
  /** Every measure word an observation uses, with labels; the app names units with it. */
  measureWords: z.array(measureWordSchema),
  localities: z.array(localitySchema),
  /** What the views show before anyone chooses (the manifest's defaultLocalities): useful at any size. */
  defaultLocalityIds: z.array(idSchema).check(z.minLength(1)),
  sources: z.array(sourceSchema),
});
export type IndexFile = z.infer<typeof indexFileSchema>;

/** public/data/localities/<id>.json */
export const localityFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  localityId: idSchema,
  observations: z.array(observationSchema),
});
export type LocalityFile = z.infer<typeof localityFileSchema>;

/** public/data/metrics/<id>.json: one metric's figures across every locality, for views of one metric at any scale. */
export const metricFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  metricId: idSchema,
  observations: z.array(observationSchema),
});
export type MetricFile = z.infer<typeof metricFileSchema>;

/** public/data/sources/<id>.json: the captured text as it is, with every mention the pipeline saw. */
export const sourceFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sourceId: idSchema,
  text: z.string(),
  articleStart: z.int().check(z.nonnegative()),
  articleEnd: z.int().check(z.positive()),
  /** Paragraphs dropped because they repeat an earlier one word for word. */
  repeats: z.array(z.object({ start: z.int(), end: z.int(), firstStart: z.int() })),
  mentions: z.array(mentionSchema),
});
export type SourceFile = z.infer<typeof sourceFileSchema>;

export const coverageRowSchema = z.object({
  sourceId: idSchema,
  localityId: idSchema,
  found: z.int(),
  classified: z.int(),
  unclassified: z.int(),
  plans: z.int(),
  rejected: z.int(),
  rejectedByReason: z.record(z.string(), z.int()),
  repeatsDropped: z.int(),
  outsideArticle: z.int(),
  /** Figures whose text does not settle a dimension: no level named, measure unknown, years not said. */
  unknown: z.object({ level: z.int(), measure: z.int(), years: z.int() }),
  /** Figures told from a same-metric sibling only by number, for want of a catalogue variant. */
  undistinguished: z.int(),
  /** Unclassified figures without an English label from the catalogue. */
  untranslated: z.int(),
});
export const coverageFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  builtAt: z.string(),
  rows: z.array(coverageRowSchema),
});
export type CoverageFile = z.infer<typeof coverageFileSchema>;

export const DATA_FILES = {
  index: 'index.json',
  coverage: 'coverage.json',
  locality: (id: string) => `localities/${id}.json`,
  metric: (id: string) => `metrics/${id}.json`,
  source: (id: string) => `sources/${id}.json`,
} as const;
