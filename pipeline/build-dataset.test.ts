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
      expect(o.quote).toContain(o.clause);
      expect(o.clause).toContain(o.originalText);
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
    ['changshan', '2200余个', 2200, 'more_than', 'job_postings'],
    ['changshan', '5万余元', 50000, 'more_than', 'condolence_funds'],
    ['changshan', '75万元', 750000, 'exact', 'funds_allocated'],
    ['fuzhou', '1.8万余个', 18000, 'more_than', 'jobs_offered'],
    ['fuzhou', '2.9亿元', 290000000, 'exact', 'subsidised_loans'],
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
    ['changshan', '百家', 100, 'exact', null],
    ['shifang', '115.92万元', 1159200, 'exact', 'funds_raised'],
    ['shifang', '35万元', 350000, 'exact', 'funds_allocated'],
    ['fuzhou', '4期', 4, 'exact', 'cadre_training_courses'],
    ['sanjiang', '4期', 4, 'exact', 'training_courses'],
    ['xiuzhou', '40家', 40, 'exact', 'new_unions', '新建工会组织40家'],
    ['xiuzhou', '40家', 40, 'exact', 'reform_pilots', '区级40家'],
    ['xiuzhou', '2718人', 2718, 'exact', 'new_members'],
    ['shifang', '超8000人', 8000, 'more_than', 'new_employment_members'],
    ['shifang', '54家', 54, 'exact', 'new_employment_unions'],
    ['shifang', '近140余万元', 1400000, 'about', 'funds_invested'],
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

  test('population and period follow the text', () => {
    expect(figure('shifang', '超8000人').populationId).toBe('new_employment');
    expect(figure('shifang', '54家').populationId).toBe('new_employment');
    expect(figure('changshan', '35人').populationId).toBe('new_employment');
    expect(figure('changshan', '224人').populationId).toBeNull();
    expect(figure('changshan', '11家').period).toMatchObject({ type: 'year', from: 2022, to: 2022, years: 1 });
    expect(figure('fuzhou', '3200余场').period.type).toBe('cumulative');
    expect(figure('changshan', '2200余个').period.type).toBe('cumulative'); // "近年来" opens its sentence
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
      expect(locality.parent?.zh ?? '').toBe(row.parent_zh);
      expect(locality.province.zh).toBe(row.province_zh);
      expect(locality.coordinates).toEqual({ lat: Number(row.lat), lon: Number(row.lon) });
    }
  });
});

const group = (id: string) => output.index.comparableGroups.find((g) => g.id === id);

describe('like for like in the real articles', () => {
  test('秀洲 medals are a national and a prefecture figure, told apart by level; 抚州 381 adds several levels and stands apart', () => {
    const medals = of('xiuzhou').filter((o) => o.metricId === 'may_day_medals');
    expect(medals.map((o) => [o.level, o.distinction])).toEqual([
      ['national', { zh: '全国', en: 'national' }],
      ['prefecture', { zh: '市级', en: 'prefecture-level' }],
    ]);
    const fuzhou = figure('fuzhou', '381人');
    expect(fuzhou).toMatchObject({ level: 'multi', measure: 'cumulative' });
    expect(new Set([fuzhou.groupId, ...medals.map((o) => o.groupId)]).size).toBe(3);
  });

  test('秀洲 reform pilots: three levels of firms, and the parks a metric of their own, all running totals as of the report', () => {
    const pilots = of('xiuzhou').filter((o) => o.metricId === 'reform_pilots');
    expect(pilots.map((o) => [o.value, o.level, o.distinction?.zh])).toEqual([
      [2, 'province', '省级'],
      [3, 'prefecture', '市级'],
      [40, 'county', '县级'],
    ]);
    expect(pilots.every((o) => o.measure === 'stock' && o.period.type === 'as_of')).toBe(true);
    expect(of('xiuzhou').filter((o) => o.metricId === 'reform_pilot_parks').map((o) => o.value)).toEqual([3]);
  });

  test('什邡 stations say what they are, and its funding is raised, invested and allocated, the subsidy inside the total', () => {
    const stations = of('shifang').filter((o) => o.metricId === 'service_stations');
    expect(stations.map((o) => [o.value, o.distinction?.zh])).toEqual([
      [3, '户外劳动者服务驿站'],
      [5, '高速出口爱心驿站'],
      [2, '货车司机之家'],
      [20, '劳动驿站'],
    ]);
    const total = figure('shifang', '200余万元');
    expect(total.metricId).toBe('funds_invested');
    expect(figure('shifang', '35万元').partOfId).toBe(total.id);
    expect(figure('shifang', '115.92万元').metricId).toBe('funds_raised');
    expect(values('condolence_funds')).not.toHaveProperty('shifang');
  });

  test('常山 224 children with the 35 of new forms of employment inside it', () => {
    const whole = figure('changshan', '224人');
    const part = figure('changshan', '35人');
    expect(part.partOfId).toBe(whole.id);
    expect(whole.distinction).toEqual({ zh: '合计', en: 'total' });
    expect(part.distinction?.zh).toBe('仅新就业形态');
  });

  test('cadre training is not worker training; job postings are not jobs offered', () => {
    expect(figure('fuzhou', '4期')).toMatchObject({ metricId: 'cadre_training_courses', populationId: 'union_cadres' });
    expect(figure('fuzhou', '200余人')).toMatchObject({ metricId: 'cadre_trainees', populationId: 'union_cadres' });
    expect(figure('sanjiang', '172人').metricId).toBe('trainees');
    expect(figure('changshan', '2200余个').metricId).toBe('job_postings');
    expect(figure('fuzhou', '1.8万余个').metricId).toBe('jobs_offered');
  });

  test('rates and totals are values at a moment; 近三年 keeps its three years; 秀洲 目前 is as of the report', () => {
    expect(figure('fuzhou', '96.5%')).toMatchObject({ measure: 'rate', period: { type: 'as_of' } });
    expect(figure('fuzhou', '7712个')).toMatchObject({ measure: 'stock', period: { type: 'as_of' } });
    expect(figure('fuzhou', '百余场').period).toMatchObject({ type: 'cumulative', years: 3 });
    expect(figure('xiuzhou', '达204家').period.label.zh).toBe('截至报道时(2022年)');
  });

  test('人 and 人次 are never one metric: 三江 895人次 and 什邡 1888人 are two', () => {
    expect(figure('sanjiang', '895人次').metricId).toBe('worker_visits');
    expect(figure('shifang', '1888人').metricId).toBe('workers_visited');
    for (const metric of output.index.metrics) {
      const units = new Set(all.filter((o) => o.metricId === metric.id).map((o) => o.unit));
      expect(units.has('人') && units.has('人次'), metric.id).toBe(false);
    }
  });

  test('every figure that shares a locality and metric with another has a distinction of its own, and none is a number', () => {
    for (const o of all.filter((x) => x.metricId !== null)) {
      const siblings = all.filter((x) => x.localityId === o.localityId && x.metricId === o.metricId && x.id !== o.id);
      if (siblings.length === 0) continue;
      expect(o.distinction, o.id).not.toBeNull();
      expect(o.distinction!.zh, o.id).not.toMatch(/第\d+项/);
      expect(siblings.map((s) => s.distinction!.zh), o.id).not.toContain(o.distinction!.zh);
    }
    expect(output.coverage.rows.every((r) => r.undistinguished === 0)).toBe(true);
  });

  test('every unclassified figure has an English label', () => {
    expect(all.filter((o) => o.metricId === null && o.label.en === o.label.zh)).toEqual([]);
    expect(output.coverage.rows.map((r) => r.untranslated)).toEqual([0, 0, 0, 0, 0]);
  });

  test('comparable groups: each classified figure names one, and the index counts them', () => {
    for (const o of all) {
      if (o.metricId === null) expect(o.groupId).toBeNull();
      else expect(group(o.groupId!), o.id).toMatchObject({ metricId: o.metricId, level: o.level, populationId: o.populationId, measure: o.measure });
    }
    const newUnions = group('new_unions:-:-:flow')!;
    expect(newUnions).toMatchObject({ localityCount: 3, figureCount: 3, label: { zh: '当期', en: 'in the period' } });
    expect(group('may_day_medals:national:-:flow')?.label.zh).toBe('全国 · 当期');
    const total = output.index.comparableGroups.reduce((sum, g) => sum + g.figureCount, 0);
    expect(total).toBe(all.filter((o) => o.metricId !== null).length);
  });
});

describe('files sized for the views', () => {
  test('each metric file holds exactly that metric\'s classified figures, from every locality, in manifest order', () => {
    const classified = all.filter((o) => o.metricId !== null);
    expect(output.metricFiles.map((f) => f.metricId)).toEqual(output.index.metrics.map((m) => m.id));
    for (const file of output.metricFiles) {
      expect(file.observations).toEqual(classified.filter((o) => o.metricId === file.metricId));
    }
    expect(output.metricFiles.flatMap((f) => f.observations)).toHaveLength(classified.length);
  });

  test('the default selection is the manifest\'s defaultLocalities', () => {
    expect(output.index.defaultLocalityIds).toEqual(['changshan', 'fuzhou', 'sanjiang', 'xiuzhou', 'shifang']);
  });

  test('without defaultLocalities, the first five localities of the manifest', () => {
    const inputs = readInputs(root, '2026-01-01T00:00:00.000Z');
    const text = inputs.manifest.text.replace(/^defaultLocalities: .*$/m, '');
    const built = buildDataset({ ...inputs, manifest: { ...inputs.manifest, text } });
    expect(built.index.defaultLocalityIds).toEqual(built.index.localities.slice(0, 5).map((l) => l.id));
  });
});
