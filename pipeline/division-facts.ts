// Reference facts from a 6-digit division code (GB/T 2260): the name, its parent and province, the level and a
// short name. Pure: the table comes from division-table.ts (or a test).
import type { LevelCode, LocalizedText } from '../src/schema/dataset.ts';
import type { DivisionTable } from './division-table.ts';

export interface Division {
  code: string;
  name: string;
}

export interface DivisionFacts {
  name: string;
  shortName: string;
  levelCode: LevelCode;
  /** What the level is called: 县, 旗, 市辖区 … (several names share a level code). */
  level: LocalizedText;
  /** The prefecture the division belongs to; the province where it has none between (北京市东城区, 仙桃市), null for a prefecture. */
  parent: Division | null;
  province: Division;
}

/** A code that names no division this dashboard can show, with the reason in a sentence. */
export class DivisionError extends Error {
  override name = 'DivisionError';
}

/** The rows of the 4-digit level that group county-level divisions without being a prefecture. */
const GROUPINGS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const level = (zh: string, en: string): LocalizedText => ({ zh, en });
/** County-level names by suffix, longest first; 区 is a city district only inside a city. */
const COUNTY_LEVELS: ReadonlyArray<{ suffix: string; levelCode: LevelCode; level: LocalizedText }> = [
  { suffix: '自治县', levelCode: 'autonomous_county', level: level('自治县', 'autonomous county') },
  { suffix: '自治旗', levelCode: 'autonomous_county', level: level('自治旗', 'autonomous banner') },
  { suffix: '特区', levelCode: 'county', level: level('特区', 'special district') },
  { suffix: '县', levelCode: 'county', level: level('县', 'county') },
  { suffix: '旗', levelCode: 'county', level: level('旗', 'banner') },
  { suffix: '市', levelCode: 'county_level_city', level: level('县级市', 'county-level city') },
  { suffix: '区', levelCode: 'city_district', level: level('市辖区', 'city district') },
];
const FORESTRY_DISTRICT = { levelCode: 'county' as const, level: level('林区', 'forestry district') };
/** Prefecture-level names by suffix: cities, and the 地区, 自治州 and 盟 that are not cities. */
const PREFECTURE_LEVELS: ReadonlyArray<{ suffix: string; levelCode: LevelCode; level: LocalizedText }> = [
  { suffix: '自治州', levelCode: 'autonomous_prefecture', level: level('自治州', 'autonomous prefecture') },
  { suffix: '地区', levelCode: 'prefecture', level: level('地区', 'prefecture') },
  { suffix: '盟', levelCode: 'league', level: level('盟', 'league') },
  { suffix: '市', levelCode: 'prefecture_city', level: level('地级市', 'prefecture-level city') },
];

/** The 55 minority nationalities, longest first: an autonomous county's short name drops them (三江侗族自治县 → 三江). */
const NATIONALITIES = [
  '柯尔克孜', '乌孜别克', '维吾尔', '土家', '蒙古', '布依', '朝鲜', '哈尼', '哈萨克', '傈僳', '东乡', '仡佬', '拉祜', '纳西', '仫佬',
  '锡伯', '景颇', '达斡尔', '撒拉', '布朗', '毛南', '塔吉克', '普米', '阿昌', '鄂温克', '基诺', '德昂', '保安', '俄罗斯', '裕固',
  '门巴', '鄂伦春', '独龙', '赫哲', '高山', '珞巴', '塔塔尔', '壮', '回', '满', '苗', '彝', '藏', '侗', '瑶', '白', '黎', '傣',
  '畲', '佤', '水', '羌', '土', '怒', '京',
  // 各族: all nationalities (龙胜各族自治县).
  '各',
].toSorted((a, b) => b.length - a.length);

/** The name without its level word (常山县 → 常山, 六枝特区 → 六枝, 阿里地区 → 阿里); a two-character name stays whole (寿县). */
export function shortNameOf(name: string, suffix: string): string {
  let rest = name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
  if (suffix.startsWith('自治')) {
    // 双江拉祜族佤族布朗族傣族自治县 → 双江; a one-character nationality counts only with 族 (察布查尔锡伯自治县 → 察布查尔).
    for (let dropped = true; dropped; ) {
      dropped = false;
      for (const nationality of NATIONALITIES) {
        const word = [`${nationality}族`, ...(nationality.length > 1 ? [nationality] : [])].find((w) => rest.endsWith(w) && rest.length - w.length >= 2);
        if (word) {
          rest = rest.slice(0, -word.length);
          dropped = true;
          break;
        }
      }
    }
    return rest.replace(/族$/, '');
  }
  // 科尔沁右翼前旗, 阿荣旗 and 兴安盟 are known by the whole name; so is a name that would keep one character (寿县).
  if (suffix === '旗' || suffix === '盟' || rest.length < 2) return name;
  return rest;
}

/** The facts of `code`, or a DivisionError saying why it names no division the dashboard can show. */
export function divisionFacts(code: string, table: DivisionTable): DivisionFacts {
  const name = table.current.names.get(code);
  if (name === undefined) {
    const retired = table.retired.names.get(code);
    if (retired) throw new DivisionError(`divisionCode ${code} is retired: it was ${retired.name} in the ${retired.revision} revision of GB/T 2260 (${table.retired.label}) and is not in ${table.current.label}`);
    throw new DivisionError(`divisionCode ${code} is unknown: it is in neither ${table.current.label} nor any GB/T 2260 revision of ${table.retired.label}`);
  }
  const provinceCode = `${code.slice(0, 2)}0000`;
  const province = { code: provinceCode, name: table.current.names.get(provinceCode) ?? '' };
  const where = `divisionCode ${code} is ${name} in ${table.current.label}`;
  if (code === provinceCode) throw new DivisionError(`${where}, a province-level division: localities are prefecture- or county-level`);
  if (code.endsWith('00')) {
    if (GROUPINGS.has(name)) throw new DivisionError(`${where}: a grouping of ${province.name}'s county-level divisions, not a division; use a county-level code`);
    const prefecture = PREFECTURE_LEVELS.find((r) => name.endsWith(r.suffix));
    if (!prefecture) throw new DivisionError(`${where}, a prefecture-level name that ends in none of 市, 地区, 自治州, 盟: no level can be derived from it`);
    return { name, shortName: shortNameOf(name, prefecture.suffix), levelCode: prefecture.levelCode, level: prefecture.level, parent: null, province };
  }
  // The statistics bureau numbers its functional zones (开发区, 新区, 管理区 …) 71-79; GB/T 2260 has no such code.
  if (code[4] === '7') throw new DivisionError(`${where}, a statistical area of the National Bureau of Statistics (code ending 7x), not an administrative division of GB/T 2260`);
  const prefectureCode = `${code.slice(0, 4)}00`;
  const prefectureName = table.current.names.get(prefectureCode) ?? '';
  const parent = GROUPINGS.has(prefectureName) ? province : { code: prefectureCode, name: prefectureName };
  const inCity = parent.name.endsWith('市');
  // 神农架林区 is under the province; 碑林区 (西安) and 大兴安岭地区's 新林区 are not forestry districts.
  if (name.endsWith('林区') && parent.code === province.code) return { name, shortName: shortNameOf(name, '林区'), ...FORESTRY_DISTRICT, parent, province };
  const rule = COUNTY_LEVELS.find((r) => name.endsWith(r.suffix));
  if (!rule) throw new DivisionError(`${where}, a name that ends in none of 县, 自治县, 市, 区, 旗, 自治旗, 特区, 林区: no level can be derived from it`);
  if (rule.levelCode === 'city_district' && !inCity) throw new DivisionError(`${where}, a district (区) of ${parent.name}, which is not a city: no level can be derived from it`);
  return { name, shortName: shortNameOf(name, rule.suffix), levelCode: rule.levelCode, level: rule.level, parent, province };
}
