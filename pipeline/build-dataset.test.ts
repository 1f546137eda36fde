// The pipeline on the five real articles in data/: figures, provenance, exclusions and shared metric ids.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Observation } from '../src/schema/dataset.ts';
import { buildDataset } from './build-dataset.ts';
import { readInputs } from './read-inputs.ts';

const root = join(import.meta.dirname, '..');
const output = buildDataset(readInputs(root, '2026-01-01T00:00:00.000Z'));
const all = output.localityFiles.flatMap((f) => f.observations);
const of = (localityId: string) => all.filter((o) => o.localityId === localityId);
const sourceText = (sourceId: string) => {
  const file = output.index.sources.find((s) => s.id === sourceId)!.file;
  return readFileSync(join(root, 'data', 'sources', file), 'utf8');
};

const values = (metricId: string) => Object.fromEntries(all.filter((o) => o.metricId === metricId).map((o) => [o.localityId, o.value]));

/** The one observation of `localityId` written as `text` (in a sentence containing `context`). */
function figure(localityId: string, text: string, context = ''): Observation {
  const found = of(localityId).filter((o) => o.originalText === text && o.quote.includes(context));
  expect(found, `${localityId} ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('provenance', () => {
  test('every quote and figure is the exact slice of the source file at its offsets', () => {
    expect(all.length).toBeGreaterThan(80);
    for (const o of all) {
      const text = sourceText(o.sourceId);
      expect(text.slice(o.quoteStart, o.quoteEnd)).toBe(o.quote);
      expect(text.slice(o.figureStart, o.figureEnd)).toBe(o.originalText);
      expect(o.quoteStart <= o.figureStart && o.figureEnd <= o.quoteEnd).toBe(true);
    }
  });

  test('every figure lies inside its article', () => {
    for (const o of all) {
      const source = output.index.sources.find((s) => s.id === o.sourceId)!;
      expect(o.figureStart).toBeGreaterThanOrEqual(source.articleStart);
      expect(o.figureEnd).toBeLessThanOrEqual(source.articleEnd);
    }
  });
});

describe('figures of the real articles', () => {
  test.each([
    // locality, as written, value, qualifier, metric (null = unclassified)
    ['changshan', '11家', 11, 'exact', 'new_unions'],
    ['changshan', '845人', 845, 'exact', 'new_members'],
    ['changshan', '2200余个', 2200, 'more_than', 'jobs_offered'],
    ['changshan', '5万余元', 50000, 'more_than', 'condolence_funds'],
    ['changshan', '75万元', 750000, 'exact', 'site_funding'],
    ['fuzhou', '1.8万余个', 18000, 'more_than', 'jobs_offered'],
    ['fuzhou', '2.9亿元', 290000000, 'exact', null],
    ['fuzhou', '40余万人次', 400000, 'more_than', 'skills_practice'],
    ['fuzhou', '近千场', 1000, 'nearly', null],
    ['fuzhou', '百余场', 100, 'more_than', 'lectures_held'],
    ['fuzhou', '96.5%', 96.5, 'exact', 'membership_rate'],
    ['fuzhou', '97.8%', 97.8, 'exact', 'unionization_rate'],
    ['sanjiang', '10.78万元', 107800, 'exact', 'condolence_funds'],
    ['sanjiang', '达95%', 95, 'exact', 'membership_rate'],
    ['sanjiang', '20家', 20, 'exact', 'new_unions'],
    ['sanjiang', '784人', 784, 'exact', 'new_members'],
    ['sanjiang', '48位', 48, 'exact', null],
    ['xiuzhou', '40家', 40, 'exact', 'new_unions', '新建工会组织40家'],
    ['xiuzhou', '40家', 40, 'exact', 'reform_pilots', '区级40家'],
    ['xiuzhou', '2718人', 2718, 'exact', 'new_members'],
    ['shifang', '超8000人', 8000, 'more_than', 'new_employment_members'],
    ['shifang', '54家', 54, 'exact', 'new_employment_unions'],
    ['shifang', '近140余万元', 1400000, 'about', 'site_funding'],
    ['shifang', '保持在93%以上', 93, 'at_least', 'collective_contract_rate'],
  ] as const)('%s %s -> %d (%s, %s)', (localityId, text, value, qualifier, metricId, context?: string) => {
    expect(figure(localityId, text, context)).toMatchObject({ value, qualifier, metricId });
  });

  test('the same concept in different localities shares one metric id', () => {
    expect(values('new_unions')).toMatchObject({ changshan: 11, sanjiang: 20, xiuzhou: 40 });
    expect(values('new_members')).toMatchObject({ changshan: 845, sanjiang: 784, xiuzhou: 2718 });
    expect(values('membership_rate')).toEqual({ fuzhou: 96.5, sanjiang: 95 });
    // 什邡's figures count new forms of employment only: a concept of their own, not the totals above.
    expect(values('new_unions')).not.toHaveProperty('shifang');
    expect(values('new_members')).not.toHaveProperty('shifang');
  });

  test('scope and period follow the text', () => {
    expect(figure('shifang', '超8000人').scopeId).toBe('new_employment');
    expect(figure('shifang', '54家').scopeId).toBe('new_employment');
    expect(figure('changshan', '35人').scopeId).toBe('new_employment');
    expect(figure('changshan', '224人').scopeId).toBeNull();
    expect(figure('changshan', '11家').period).toMatchObject({ from: 2022, to: 2022, cumulative: false });
    expect(figure('fuzhou', '3200余场').period.cumulative).toBe(true);
    expect(figure('changshan', '2200余个').period.cumulative).toBe(true); // "近年来" opens its sentence
  });
});

describe('what is not a figure', () => {
  test('no method name, hotline, issue number, postcode, award period, date or year is a figure', () => {
    const texts = all.map((o) => o.originalText);
    for (const digits of ['355', '12351', '13573', '101501', '8090', '2022', '2023', '1+3+N']) {
      expect(texts.some((t) => t.includes(digits)), digits).toBe(false);
    }
    const rejected = output.sourceFiles.flatMap((s) => s.mentions.filter((m) => m.status === 'rejected'));
    const reasons = new Set(rejected.map((m) => m.reason));
    for (const reason of ['year', 'date', 'ordinal', 'quoted_name', 'award_period', 'excluded_by_review']) expect(reasons).toContain(reason);
  });

  test('nothing outside an article is attributed: the seven reports after Xiuzhou and the page chrome of 004', () => {
    const xiuzhouText = sourceText('xiuzhou-2022');
    const end = xiuzhouText.indexOf('更符合广大职工意愿。') + '更符合广大职工意愿。'.length;
    expect(of('xiuzhou').every((o) => o.figureEnd <= end)).toBe(true);
    expect(of('xiuzhou').map((o) => o.originalText)).not.toContain('800场以上');
    const outside = output.sourceFiles.find((s) => s.sourceId === 'xiuzhou-2022')!.mentions.filter((m) => m.status === 'outside');
    expect(outside.map((m) => m.text)).toEqual(expect.arrayContaining(['800场以上', '450余名', '80余场']));
  });

  test('the repeated epidemic paragraph of 000 counts once and is reported', () => {
    expect(of('changshan').filter((o) => o.originalText === '5万余元')).toHaveLength(1);
    expect(of('changshan').filter((o) => o.originalText === '247户')).toHaveLength(1);
    const source = output.sourceFiles.find((s) => s.sourceId === 'changshan-2022')!;
    expect(source.repeats).toHaveLength(1);
    expect(output.coverage.rows.find((r) => r.sourceId === 'changshan-2022')!.repeatsDropped).toBe(5);
  });

  test('the reviewed override excludes the province-wide 97 trainees from Shifang', () => {
    expect(of('shifang').map((o) => o.originalText)).not.toContain('97名');
    const mention = output.sourceFiles.find((s) => s.sourceId === 'shifang-2023')!.mentions.find((m) => m.text === '97名');
    expect(mention).toMatchObject({ status: 'rejected', reason: 'excluded_by_review' });
  });
});

describe('index', () => {
  test('figure counts per locality add up to its observations', () => {
    for (const locality of output.index.localities) {
      const total = Object.values(locality.figureCounts).reduce((a, b) => a + b, 0);
      expect(total).toBe(of(locality.id).length);
    }
  });

  test('locality facts agree with the reference table in data/reference', () => {
    const [header, ...lines] = readFileSync(join(root, 'data', 'reference', 'localities.csv'), 'utf8').trim().split('\n');
    const columns = header!.split(',');
    for (const line of lines) {
      const row = Object.fromEntries(line.split(',').map((v, i) => [columns[i], v]));
      const locality = output.index.localities.find((l) => l.id === row.id)!;
      expect(locality.name.zh).toBe(row.name_zh);
      expect(locality.divisionCode).toBe(row.division_code);
      expect(locality.population.value).toBe(Number(row.population_2020));
      expect(locality.level.zh).toBe(row.level_zh);
      expect(locality.coordinates).toEqual({ lat: Number(row.lat), lon: Number(row.lon) });
    }
  });
});
