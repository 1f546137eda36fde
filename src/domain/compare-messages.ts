// The words of the two-place comparison, in both languages.
import type { LocalizedText } from '@/schema/dataset';
import { fillPlaceholders, type Lang } from '@/lib/i18n';

export const COMPARE_MESSAGES = {
  both: { zh: '两地都报告', en: 'Both report' },
  onlyOne: { zh: '仅{name}报告', en: 'Only {name} reports' },
  differPeriod: { zh: '时期不同：{list}', en: 'Periods differ: {list}' },
  differLocalityLevel: { zh: '行政级别不同：{a}，{b}', en: 'Administrative levels differ: {a}; {b}' },
  differLevel: { zh: '所计级别不同：{list}', en: 'Levels counted differ: {list}' },
  differPopulation: { zh: '人群不同：{list}', en: 'Groups counted differ: {list}' },
  differMeasure: { zh: '统计方式不同：{list}', en: 'Measures differ: {list}' },
  plans: { zh: '含计划目标：{names}', en: 'Includes plans: {names}' },
  noDifference: { zh: '时期、级别、人群相同', en: 'Same period, level and group' },
  localityLevels: {
    zh: '{a}为{aLevel}，{b}为{bLevel}，不是同级单位，数字规模不可直接对比。',
    en: '{a} is a {aLevel} and {b} a {bLevel}: not the same level, so the size of their figures is not like for like.',
  },
  populations: {
    zh: '常住人口：{a} {aPopulation}，{b} {bPopulation}。',
    en: 'Resident population: {a} {aPopulation}, {b} {bPopulation}.',
  },
  unclassified: {
    zh: '另有未归类的数字（{list}），见地区档案。',
    en: 'Figures not matched to a metric ({list}) are in the locality profiles.',
  },
} as const satisfies Record<string, LocalizedText>;

export type CompareMessageKey = keyof typeof COMPARE_MESSAGES;

/** A comparison message in `lang`, with its {placeholders} filled. */
export function compareText(lang: Lang, key: CompareMessageKey, params?: Record<string, string | number>): string {
  const text = COMPARE_MESSAGES[key][lang];
  return params ? fillPlaceholders(text, params) : text;
}
