// Step 5b: what decides whether two figures may be compared: the level of what is counted, who is counted, and
// whether the number is a flow, a running total, a rate or a sum of years. Each reads only the figure's own words.
import type { LevelCode, Level, Measure } from '../src/schema/dataset.ts';
import type { CataloguePopulation } from './catalogue.ts';
import type { FigureContext } from './classify.ts';
import { anyOf, forEachMatch } from './regex-matches.ts';

/**
 * The figure's own words: the item before it (back to the previous figure in its clause) and after it up to a
 * list joint (建成3处户外驿站、高速驿站5处: 高速 belongs to the 5).
 */
export const itemOf = (context: Pick<FigureContext, 'before' | 'after' | 'item'>): string => {
  if (context.item === undefined) {
    const joint = context.after.indexOf('、');
    context.item = `${context.before}〔〕${joint === -1 ? context.after : context.after.slice(0, joint)}`;
  }
  return context.item;
};

/** Long quoted names are programme titles, not who is counted (“百名广西产业工人…百场宣讲”活动3场). */
const LONG_TITLE = /“[^”]{9,}”/g;
const withoutTitles = (text: string) => (text.includes('“') ? text.replace(LONG_TITLE, (title) => '“'.padEnd(title.length - 1, '…') + '”') : text);

// A level word stands before what it qualifies: 省级2家, 全国五一劳动奖章, 市劳模创新工作室.
const HONOUR_HEADS = '五一|劳动模范|劳模|工人先锋|先进|优秀|示范|试点|工匠|模范|职工之家|创新工作室|劳动奖|技术能手|巾帼|最美|“';
export const LEVEL_WORDS: ReadonlyArray<[RegExp, Level | 'city']> = [
  // 全国 names a level only before what it honours: not 在全国干部教育培训基地举办.
  [new RegExp(`国家级|全国(?=${HONOUR_HEADS})`), 'national'],
  [new RegExp(`省级|自治区级|省(?=${HONOUR_HEADS})|自治区(?=${HONOUR_HEADS})`), 'province'],
  [new RegExp(`市级|地市级|市(?=${HONOUR_HEADS})`), 'city'],
  [new RegExp(`县级|区级|县区级|县(?=${HONOUR_HEADS})|区(?=${HONOUR_HEADS})`), 'county'],
  [/镇级|乡镇级|街道级|乡级/, 'township'],
  [/企业级|厂级|班组级/, 'workplace'],
];
/** Every level word above holds one of these characters: words without any of them name no level. */
export const LEVEL_CHARS = /[国省区市县级]/;
// Several levels added together: 全国、省、市; 市县两级; 各级.
const MULTI_LEVEL = /(全国|国家级?|省|自治区|市|县|区)级?[、和及与](省|自治区|市|县|区|镇)|[省市县区镇]{2,3}[两二三]级|各级/;
// An honour's level can follow the figure: 7家驿站荣获全国“最美…”.
const HONOURED_AFTER = /^[^,;。]*?(荣获|获评|被评为|评为|入选)/;

/**
 * The level of what the figure counts, where its words name one. 市 is the prefecture for a county-level
 * locality or a prefecture; for a county-level city (什邡市) 市级 may mean the city itself, so it stays unknown.
 */
export function levelOf(context: FigureContext, localityLevel: LevelCode): Level | null {
  const honoured = HONOURED_AFTER.exec(context.after);
  const words = honoured ? `${context.before}〔〕${context.after}` : context.before;
  if (MULTI_LEVEL.test(words)) return 'multi';
  if (!LEVEL_CHARS.test(words)) return null;
  // The level word nearest the figure wins: 产改试点省级2家 is provincial whatever the clause said before.
  const best: { at: number; level: Level | 'city' | null } = { at: -1, level: null };
  for (const [pattern, level] of LEVEL_WORDS) {
    forEachMatch(pattern, words, (at) => {
      if (at > best.at) Object.assign(best, { at, level });
    });
  }
  if (best.level === null) return null;
  if (best.level !== 'city') return best.level;
  return localityLevel === 'county_level_city' ? null : 'prefecture';
}

const LIST_JOINT = /[、]|以及|及|和|与/;
const LIST_JOINT_AT_END = /([、]|以及|及|和|与)$/;

const anyTerms = new WeakMap<readonly CataloguePopulation[], RegExp | null>();
const anyTermOf = (populations: readonly CataloguePopulation[]): RegExp | null => {
  if (!anyTerms.has(populations)) anyTerms.set(populations, anyOf(populations.map((p) => p.terms)));
  return anyTerms.get(populations)!;
};

/**
 * Who the figure counts or serves, when its own words name exactly one population that governs the counted
 * noun: 其中覆盖新业态职工子女35人 is new-employment only; 慰问一线职工、新业态劳动者…以及困难职工895人次 is a list
 * of groups and so workers in general (null).
 */
export function populationOf(context: FigureContext, populations: readonly CataloguePopulation[]): string | null {
  const item = withoutTitles(itemOf(context));
  // Most figures name no population: one scan of all the terms says so.
  const anyTerm = anyTermOf(populations);
  if (anyTerm !== null && !anyTerm.test(item)) return null;
  const found: Array<{ id: string; start: number; end: number }> = [];
  for (const population of populations) {
    forEachMatch(population.terms, item, (start, length) => found.push({ id: population.id, start, end: start + length }));
  }
  const ids = new Set(found.map((f) => f.id));
  if (ids.size !== 1) return null;
  const figureAt = context.before.length;
  for (const term of found) {
    // A term that is one item of a list (…以及困难职工, 新就业群体和户外劳动者) does not narrow the figure.
    const between = term.end <= figureAt ? item.slice(term.end, figureAt) : item.slice(figureAt, term.start);
    if (LIST_JOINT.test(between) || LIST_JOINT_AT_END.test(item.slice(Math.max(0, term.start - 2), term.start))) return null;
  }
  return [...ids][0]!;
}

const STOCK_IN_ITEM = /总数|总量|现有|累计建成|已建成|已培育|已有|拥有/;
const STOCK_IN_SENTENCE = /目前|截至|截止/;
const NEW_IN_PERIOD = /新建|新增|新组建|新培育|今年|全年|当年/;

/**
 * rate for a percentage; stock for a running total (总数, 现有, 已建成, or 目前/截至 before it); otherwise a flow,
 * which `periodOf` turns into cumulative when its period adds several years. null where the figure's own words
 * pull both ways (已建成…新建): the text does not settle it.
 */
export function measureOf(context: FigureContext, asOf: boolean): Measure | null {
  if (context.unit === '%') return 'rate';
  const item = itemOf(context);
  if (STOCK_IN_ITEM.test(item)) return NEW_IN_PERIOD.test(item) ? null : 'stock';
  if (asOf || STOCK_IN_SENTENCE.test(context.sentenceBefore)) return NEW_IN_PERIOD.test(item) ? 'flow' : 'stock';
  return 'flow';
}
