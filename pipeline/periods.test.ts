// Period type and years from real sentences: a year, 近三年, 2019年以来, 近年来 to the end of its paragraph, 截至目前.
import { describe, expect, test } from 'vitest';
import type { Period } from '../src/schema/dataset.ts';
import { extractSentences, figureIn } from './testing/extract-sentence.ts';

const RECENT: Period = { label: { zh: '近年来(多年累计)', en: 'Recent years (cumulative)' }, type: 'cumulative', from: null, to: null, years: null };
const SPAN: Period = { label: { zh: '2022年至2023年4月', en: '2022 to April 2023' }, type: 'range', from: 2022, to: 2023, years: null };

describe('period type and years', () => {
  test.each([
    // sentence, figure, source period, expected type, years, label (zh)
    ['2022年新建工会11家,吸收会员845人,', '11家', undefined, 'year', 1, '2022年'],
    ['近三年开展宣讲百余场,覆盖职工群众3万余人次。', '百余场', RECENT, 'cumulative', 3, '近三年(累计)'],
    ['近三年开展宣讲百余场,覆盖职工群众3万余人次。', '3万余人次', RECENT, 'cumulative', 3, '近三年(累计)'],
    ['三年来累计新建工会60家。', '60家', undefined, 'cumulative', 3, '近三年(累计)'],
    ['2019年以来,全县累计新建工会120家。', '120家', undefined, 'cumulative', 4, '2019年以来(累计)'],
    ['近年来,常山县总工会利用公众号开设招聘专版12期,发布招工信息期2200余个。', '2200余个', undefined, 'cumulative', null, '近年来(多年累计)'],
    ['年均开展活动近千场,服务职工超30万人次。', '近千场', RECENT, 'annual_average', null, '每年(年均)'],
    ['全市基层工会组织总数7712个,建会率97.8%;', '97.8%', RECENT, 'as_of', null, '截至报道时'],
    ['全市建立新就业形态工会组织54家,', '54家', SPAN, 'range', null, '2022年至2023年4月'],
    ['确保厂务公开、职代会建制率保持在90%以上,', '保持在90%以上', SPAN, 'as_of', null, '截至报道时(2023年)'],
    ['全县在档困难职工312户。', '312户', undefined, 'year', 1, '2022年'],
  ] as const)('%s %s', (sentence, figure, period, type, years, label) => {
    const found = figureIn(sentence, figure, period ? { period } : {});
    expect(found.period).toMatchObject({ type, years, label: { zh: label } });
  });

  test('a rate is a value at a moment, never a sum of years: 抚州 96.5% is not 近年来(多年累计)', () => {
    const [rate] = extractSentences('全市职工总数63.6万人,入会率96.5%。', { period: RECENT }).filter((o) => o.unit === '%');
    expect(rate!.period.type).toBe('as_of');
    expect(rate!.measure).toBe('rate');
  });

  test('a running total is labelled as of the report, with its date where the source has one', () => {
    const [total] = extractSentences('截至目前,该县企业签订工资集体协商合同483家。', { period: { ...RECENT, type: 'year', from: 2023, to: 2023, years: 1 }, publishedOn: '2023-12-29' });
    expect(total!.period).toMatchObject({ type: 'as_of', label: { zh: '截至2023年12月', en: 'As of December 2023' } });
    const [undated] = extractSentences('目前,全区已培育非公企业产改试点省级2家。');
    expect(undated!.period.label).toEqual({ zh: '截至报道时(2022年)', en: 'As of the report (2022)' });
  });

  test('近年来 carries to the end of its paragraph, and no further', () => {
    const figures = extractSentences('近年来,全县开展宣讲120场。举办职工运动会8场。\n新建工会11家。');
    expect(figures.map((o) => [o.originalText, o.period.type])).toEqual([
      ['120场', 'cumulative'],
      ['8场', 'cumulative'],
      ['11家', 'year'],
    ]);
  });

  test('a later phrase in the paragraph takes over: 今年 returns to the source period, 截至目前 makes totals as of now', () => {
    const figures = extractSentences('近年来,全县开展宣讲120场。今年新建工会11家。截至目前,全县工会组织总数860个。');
    expect(figures.map((o) => [o.originalText, o.period.type, o.measure])).toEqual([
      ['120场', 'cumulative', 'cumulative'],
      ['11家', 'year', 'flow'],
      ['860个', 'as_of', 'stock'],
    ]);
  });

  test('full-width punctuation reads the same', () => {
    const half = extractSentences('近三年开展宣讲百余场,覆盖职工群众3万余人次。', { period: RECENT });
    const full = extractSentences('近三年开展宣讲百余场，覆盖职工群众3万余人次。', { period: RECENT });
    expect(full.map((o) => [o.period, o.measure])).toEqual(half.map((o) => [o.period, o.measure]));
  });
});
