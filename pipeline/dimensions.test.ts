// Level, population and measure, read from real sentences of the five articles (and a few like them).
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LEVEL_CHARS, LEVEL_WORDS } from './dimensions.ts';
import { extractSentences, figureIn } from './testing/extract-sentence.ts';

describe('level: what the text says about the level of what is counted', () => {
  test.each([
    // sentence, figure, locality level, expected
    ['2022年,秀洲区获评全国五一劳动奖章1人、市五一劳动奖状1家、市五一劳动奖章1人;', '1家', 'city_district', 'prefecture'],
    ['目前,全区已培育非公企业产改试点省级2家、市级3家、区级40家,培育小微企业园区市级试点3家,', '2家', 'city_district', 'province'],
    ['目前,全区已培育非公企业产改试点省级2家、市级3家、区级40家,培育小微企业园区市级试点3家,', '40家', 'city_district', 'county'],
    ['命名区级高技能人才(劳模工匠)创新工作室9家。', '9家', 'city_district', 'county'],
    ['全市推荐评选全国、省、市劳动模范和先进工作者187人,全国、省、市五一劳动奖章381人,', '381人', 'prefecture_city', 'multi'],
    ['先后创建省、市劳模创新工作室93个、名师创新工作室3个,省级职工创新创业服务站1个,', '93个', 'prefecture_city', 'multi'],
    ['先后创建省、市劳模创新工作室93个、名师创新工作室3个,省级职工创新创业服务站1个,', '3个', 'prefecture_city', null],
    ['先后创建省、市劳模创新工作室93个、名师创新工作室3个,省级职工创新创业服务站1个,', '1个', 'prefecture_city', 'province'],
    ['陆象山“工会驿站”等7家驿站荣获全国“最美工会劳动者服务站点”。', '7家', 'prefecture_city', 'national'],
    ['培育选树各级各类产改示范51个,覆盖产业工人30余万人。', '51个', 'prefecture_city', 'multi'],
    ['大力提高产业工人的政治地位,市县两级工会产业工人兼职副主席12人,', '12人', 'prefecture_city', 'multi'],
    // A venue is not a level: the course is not national because it was held at a national training base.
    ['在全国干部教育培训基地连续举办4期工会干部“三力”提升培训班,', '4期', 'prefecture_city', null],
    // For a county-level city, 市级 may mean the city itself or its prefecture: not settled.
    ['获评市级劳动模范5人。', '5人', 'county_level_city', null],
    ['获评市级劳动模范5人。', '5人', 'county', 'prefecture'],
    ['2022年新建工会11家,吸收会员845人,', '11家', 'county', null],
    // Full-width punctuation reads the same.
    ['2022年，秀洲区获评全国五一劳动奖章1人、市五一劳动奖状1家；', '1人', 'city_district', 'national'],
  ] as const)('%s %s (%s) -> %s', (sentence, figure, localityLevel, level) => {
    expect(figureIn(sentence, figure, { localityLevel }).level).toBe(level);
  });
});

describe('population: who is counted, when narrower than workers in general', () => {
  test.each([
    ['开设“爱心托班”9个,覆盖职工子女人数224人,其中覆盖新业态职工子女人数35人,', '35人', 'new_employment'],
    ['开设“爱心托班”9个,覆盖职工子女人数224人,其中覆盖新业态职工子女人数35人,', '224人', null],
    ['全市建立新就业形态工会组织54家,吸纳新就业形态劳动者超8000人。', '超8000人', 'new_employment'],
    ['连续举办4期学习贯彻中国工会十八大精神暨工会干部“三力”提升培训班,全市各级工会干部200余人先后参加培训。', '4期', 'union_cadres'],
    ['连续举办4期学习贯彻中国工会十八大精神暨工会干部“三力”提升培训班,全市各级工会干部200余人先后参加培训。', '200余人', 'union_cadres'],
    ['举办“送培创”培训班4期,培训人数172人;', '172人', null],
    ['组织劳模工匠志愿服务队到中学开展宣讲,参加师生共1800人次;', '1800人次', 'students_teachers'],
    ['为女职工提供免费妇科体检2400余份,', '2400余份', 'women_workers'],
    ['春节期间深入企业走访慰问农民工300人次,', '300人次', 'migrant_workers'],
    // A list of groups is everyone: not the last item's population.
    ['共慰问一线职工、新业态劳动者、退役军人、农民工以及困难职工895人次,', '895人次', null],
    ['全市工会新建24小时智能化“工会驿站”60家,为新就业群体和户外劳动者提供了便捷的服务', '60家', null],
    // A long quoted name is a programme's title, not who is counted.
    ['举办“百名广西产业工人‘二十大精神’百场宣讲”活动3场,参加人数1360人次。', '3场', null],
    ['其中覆盖新业态职工子女人数３５人，', '３５人', 'new_employment'],
  ] as const)('%s %s -> %s', (sentence, figure, populationId) => {
    expect(figureIn(sentence, figure).populationId).toBe(populationId);
  });
});

describe('measure: a flow, a running total, a rate or a sum of years', () => {
  test.each([
    ['2022年新建工会11家,吸收会员845人,', '11家', {}, 'flow'],
    ['全市基层工会组织总数7712个,建会率97.8%;全市职工总数63.6万人,入会率96.5%。', '7712个', {}, 'stock'],
    ['全市基层工会组织总数7712个,建会率97.8%;全市职工总数63.6万人,入会率96.5%。', '97.8%', {}, 'rate'],
    ['全市基层工会组织总数7712个,建会率97.8%;全市职工总数63.6万人,入会率96.5%。', '63.6万人', {}, 'stock'],
    ['目前,全区已培育非公企业产改试点省级2家、市级3家、区级40家,', '3家', {}, 'stock'],
    ['截至目前,该县企业参与签订工资集体协商合同、工资专项集体合同483家,签订率达99.58%,覆盖职工5725人,', '5725人', {}, 'stock'],
    ['近年来,全市各级工会开展各类劳动竞赛和技能竞赛3200余场,带动职工岗位练兵40余万人次。', '3200余场', {}, 'cumulative'],
    ['近三年开展宣讲百余场,覆盖职工群众3万余人次。', '百余场', {}, 'cumulative'],
    // 截至 governs its paragraph, but a figure of what is new this year is still a flow.
    ['截至目前,全县建成职工书屋25家。\n今年新建职工书屋3家。', '3家', {}, 'flow'],
    // Its own words pull both ways: not settled.
    ['全县已建成职工书屋25家,今年新建5家。', '25家', {}, 'stock'],
    ['累计建成爱心驿站12个,其中今年新建5个。', '12个', {}, 'stock'],
  ] as const)('%s %s -> %s', (sentence, figure, options, measure) => {
    expect(figureIn(sentence, figure, options).measure).toBe(measure);
  });

  test('a figure whose own words name both a running total and this year is left unknown', () => {
    expect(figureIn('全县已建成、今年新建职工书屋8家。', '8家').measure).toBeNull();
  });

  test('every figure of the five full sentences above gets a measure', () => {
    const all = extractSentences('全市基层工会组织总数7712个,建会率97.8%;全市职工总数63.6万人,入会率96.5%。');
    expect(all.map((o) => o.measure)).toEqual(['stock', 'rate', 'stock', 'rate']);
  });
});

describe('level words', () => {
  // levelOf looks for level words only where one of LEVEL_CHARS stands.
  test('every match of every level word holds one of LEVEL_CHARS', () => {
    const unit = fc.constantFrom('国家', '全国', '省', '自治区', '市', '地市', '县', '区', '镇', '乡', '街道', '企业', '厂', '班组', '级', '五一', '劳模', '先进', '“', '工会', ',');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (words) => {
        for (const [pattern] of LEVEL_WORDS) {
          for (const m of words.matchAll(new RegExp(pattern.source, 'g'))) expect(m[0]).toMatch(LEVEL_CHARS);
        }
      }),
      { seed: 29, numRuns: 2000 },
    );
  });
});
