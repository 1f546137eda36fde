// Schemas of the hand-written inputs in data/: manifest, catalogue and reviewed overrides.
import { z } from 'zod';
import { httpUrl, kindSchema, levelCodeSchema, levelSchema, measureSchema, metricTypeSchema, qualifierSchema, sourceMediumSchema } from '../src/schema/dataset.ts';

/** Inputs are strict: an unknown key is an error (with a "did you mean"), never silently ignored. */
const localizedTextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** A date that exists on the calendar: 2023-02-31 is refused. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'not a date on the calendar');

const divisionCode = z.string().regex(/^\d{6}$/, 'a 6-digit division code (GB/T 2260)');
/** One author: no spaces around the name and no list separator in it (ASCII or full-width), one name an item. */
const authorName = z
  .string()
  .regex(/^\S(?:.*\S)?$/, 'an author name without spaces around it')
  .refine((name) => !/[,，、;；]/.test(name), 'one author per list item: write [高贵富, 付华], not "高贵富，付华"');

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids are lower-case ascii letters, digits, _ and -');
const periodInput = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  cumulative: z.boolean(),
  /** How many years the period covers, where a range does not say it in whole years. */
  years: z.number().int().positive().optional(),
}).refine((period) => period.from === null || period.to === null || period.from <= period.to, { message: 'the period runs backwards: from is after to', path: ['from'] });
export type PeriodInput = z.infer<typeof periodInput>;
/** Which occurrence of a marker the manifest means, when its text occurs more than once in the file. */
const occurrence = z.number().int().positive().optional();
/** An unbounded quantifier on a group that holds one itself ((a+)+, ([^x]+)*x): backtracking without end. */
export function nestsUnboundedQuantifiers(source: string): boolean {
  const unbounded = /(?<!\\)(?:[+*]|\{\d+,\})/;
  const open: number[] = [];
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '(') open.push(i);
    if (ch === ')' && open.length > 0) {
      const start = open.pop()!;
      const inner = source.slice(start + 1, i).replace(/\[(?:\\.|[^\]])*\]/g, 'x');
      if (unbounded.test(source.slice(i + 1, i + 8).match(/^(?:[+*]|\{\d+,\})/)?.[0] ?? '') && unbounded.test(inner)) return true;
    }
  }
  return false;
}

const regexSource = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      return new RegExp(source) instanceof RegExp;
    } catch {
      return false;
    }
  }, 'not a valid regular expression')
  .refine((source) => !nestsUnboundedQuantifiers(source), 'a quantified group holds an unbounded quantifier ((a+)+ …): matching could take for ever; bound the inner one ({0,8})');

// A manifest entry is checked by a compiled schema (z.compile), called once per entry: thousands of calls to one
// small generated function, several times faster than zod's runtime. A bad entry falls back to the runtime, so its
// issue and path are zod's own. (The whole manifest compiled would be one large function called once: slower.)
export const manifestSchema = z.strictObject({
  populationCitation: localizedTextSchema,
  /** The localities the views show before anyone chooses; absent = the first DEFAULT_SELECTION_SIZE in this file. */
  defaultLocalities: z.array(id).min(1).optional(),
  /** English names of parents and provinces by division code, each written once for every locality in it. */
  englishNames: z.record(divisionCode, z.string().min(1)).default({}),
  localities: z.array(
    z.compile(z.strictObject({
      id,
      /** Name, level, parent and province come from this code (pipeline/division-facts.ts). */
      divisionCode,
      /** The Chinese name, for the reader of this file; checked against the division code. */
      name: z.string().min(1).optional(),
      /** English names; where missing, the Chinese is shown and the coverage report says so. */
      en: z.strictObject({ name: z.string().min(1).optional(), shortName: z.string().min(1).optional() }).optional(),
      population: z.number().int().positive(),
      populationNote: localizedTextSchema.optional(),
      coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
    })),
  ).min(1),
  sources: z.array(
    z.compile(z.strictObject({
      id,
      file: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name in data/sources/'),
      locality: id,
      title: z.string().min(1),
      /** A newspaper article (print, or its digital edition) or a page that exists only on the web. */
      medium: sourceMediumSchema,
      /** The article's own address where it is known; never a guess, never the site's home page. */
      url: z.nullable(httpUrl),
      publisher: z.string().min(1).nullable(),
      /** The newspaper page (版次) the article is on. */
      page: z.number().int().positive().optional(),
      /** Each author as the article names them, in its order; empty when it names none. */
      authors: z.array(authorName).default([]),
      publishedOn: calendarDate.nullable(),
      period: periodInput,
      note: localizedTextSchema.optional(),
      article: z.strictObject({ start: z.string().min(1), end: z.string().min(1), startOccurrence: occurrence, endOccurrence: occurrence }),
      sections: z
        .array(z.strictObject({ start: z.string().min(1), end: z.string().min(1), startOccurrence: occurrence, endOccurrence: occurrence, kind: kindSchema, period: periodInput.optional() }))
        .default([]),
    })),
  ).min(1),
});
export type ManifestInput = z.infer<typeof manifestSchema>;

/** The facts a locality's division code gives, checked as strictly as when the manifest typed them. */
export const divisionFactsSchema = z.strictObject({
  name: localizedTextSchema,
  shortName: localizedTextSchema,
  level: localizedTextSchema,
  levelCode: levelCodeSchema,
  parent: localizedTextSchema.nullable(),
  province: localizedTextSchema,
});
export type LocalityInput = ManifestInput['localities'][number];

const patternLabel = z.strictObject({ pattern: regexSource, label: localizedTextSchema });

export const catalogueSchema = z.strictObject({
  programAreas: z.array(z.strictObject({ id, label: localizedTextSchema })).min(1),
  /** Who a figure may count when narrower than workers in general, and the words that name them. */
  populations: z.array(z.strictObject({ id, label: localizedTextSchema, terms: regexSource })).default([]),
  planPattern: regexSource,
  /** Reviewed set phrases: a numeral inside one of them is not a figure (一家人, 两个先行, 一次办). */
  setPhrases: z.array(z.string().min(2)).default([]),
  /** Labels, with English, for figures no metric matches, by the words around them. */
  figureLabels: z.array(patternLabel).default([]),
  /** Every measure word a figure may use (see UNITS in find-quantities.ts), with labels. */
  measureWords: z.record(z.string().min(1), localizedTextSchema).default({}),
  metrics: z.array(
    z.strictObject({
      id,
      label: localizedTextSchema,
      area: id,
      type: metricTypeSchema,
      unit: z.string().min(1),
      unitLabel: localizedTextSchema,
      match: z
        .array(z.strictObject({ near: regexSource, sentence: regexSource.optional(), not: regexSource.optional(), units: z.array(z.string().min(1)).min(1) }))
        .min(1),
      /** Labels that tell one locality's figures of this metric apart, by the words around them. */
      variants: z.array(patternLabel).default([]),
      /** Test sentences: the figure in [brackets] must be matched to this metric (pipeline/catalogue.test.ts). */
      examples: z.array(z.string().regex(/\[[^\]]+\]/, 'an example marks its figure in [brackets]')).min(1),
    }),
  ),
});
export type CatalogueInput = z.infer<typeof catalogueSchema>;

export const overridesSchema = z.strictObject({
  overrides: z
    .array(
      z.strictObject({
        source: id,
        /** The figure exactly as the article writes it, e.g. 97名. */
        figure: z.string().min(1),
        /** Words of the sentence around it, enough to tell it from any other same figure. */
        context: z.string().min(1),
        action: z.enum(['confirm', 'correct', 'exclude']),
        reason: z.string().min(1),
        set: z
          .strictObject({
            metric: id.nullable().optional(),
            value: z.number().finite().optional(),
            qualifier: z.optional(qualifierSchema),
            kind: z.optional(kindSchema),
            population: id.nullable().optional(),
            level: z.optional(z.nullable(levelSchema)),
            measure: z.optional(z.nullable(measureSchema)),
            label: localizedTextSchema.optional(),
            /** The figure this one is part of, named like the override's own figure. */
            partOf: z.strictObject({ figure: z.string().min(1), context: z.string().min(1) }).nullable().optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});
export type OverridesInput = z.infer<typeof overridesSchema>;
export type OverrideInput = OverridesInput['overrides'][number];
