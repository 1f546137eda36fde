// The words of a chart card's model: verdicts, caveats and reasons, in both languages.
import type { LocalizedText } from '@/schema/dataset';
import { fillPlaceholders, type Lang } from '@/lib/i18n';

export const CARD_MESSAGES = {
  comparable: { zh: '可比', en: 'Comparable' },
  partly: { zh: '部分可比', en: 'Partly comparable' },
  reference: { zh: '仅供参考', en: 'For reference only' },
  comparableWhy: { zh: '各地数字的级别、人群、统计方式和时期相同', en: 'same level, group, measure and period everywhere' },
  referenceWhy: {
    zh: '没有两个地区报告同一口径的数字，各组分开显示，不作排名',
    en: 'no two localities report the same kind of figure; each group has its own axis and nothing is ranked',
  },
  singleLocalityWhy: { zh: '只选了一个地区，没有可比较的对象', en: 'only one locality is selected, so there is nothing to compare with' },
  whyPeriods: { zh: '时期不同', en: 'periods differ' },
  whyLevels: { zh: '行政级别不同', en: 'administrative levels differ' },
  whyPlans: { zh: '含计划目标', en: 'includes plans' },
  whyPartOf: { zh: '含其他数字的一部分', en: 'includes part of another figure' },
  whyOutside: { zh: '另有 {n} 个数字口径不同（见下方）', en: '{n} more figures of another kind (below)' },
  whyPanels: { zh: '另有 {n} 组口径不同的数字分开显示', en: '{n} more groups of another kind, each on its own axis' },
  caveatPeriods: { zh: '时期不同：{list}', en: 'Periods differ: {list}' },
  caveatLevels: { zh: '行政级别不同：{list}，其余为{usual}', en: 'Administrative levels differ: {list}; the others are {usual}' },
  caveatPlans: { zh: '计划目标，不是已完成的结果', en: 'A plan or target, not a result' },
  caveatPartOf: { zh: '{label}包含在同一地区的“{whole}”{value}之内', en: '{label} is part of the same locality’s “{whole}”, {value}' },
  caveatParts: {
    zh: '浅色内条是包含在整条之内的部分（如“其中……”），不单独排名',
    en: 'A light inner bar is a part inside the whole bar (“of which …”), never ranked on its own',
  },
  reasonLevel: { zh: '级别：{value}（主图：{main}）', en: 'level: {value} (main chart: {main})' },
  reasonPopulation: { zh: '人群：{value}（主图：{main}）', en: 'group: {value} (main chart: {main})' },
  reasonMeasure: { zh: '统计方式：{value}（主图：{main}）', en: 'measure: {value} (main chart: {main})' },
  reasonPlan: { zh: '计划目标', en: 'a plan' },
  notReported: { zh: '未报告：{list}', en: 'Not reported: {list}' },
  perCapitaBasis: { zh: '每{base}常住人口折算，常住人口：{populations}', en: 'Per {base} residents; population: {populations}' },
  severalPeriods: { zh: '多个时期', en: 'several periods' },
  outsideTitle: { zh: '不可直接比较', en: 'Not directly comparable' },
  perYear: { zh: '按年平均', en: 'Per year' },
  perYearHint: {
    zh: '时期长短不同：把写明年数的多年累计数字除以年数，与单年数字比较',
    en: 'Periods differ in length: divide multi-year totals whose years are known by their years, to compare with single years',
  },
  perYearLabel: { zh: '{period}÷{years}年', en: '{period} ÷ {years} years' },
  perYearSuffix: { zh: '/年', en: ' a year' },
} as const satisfies Record<string, LocalizedText>;

export type CardMessageKey = keyof typeof CARD_MESSAGES;

/** A card message in `lang`, with its {placeholders} filled. */
export function cardText(lang: Lang, key: CardMessageKey, params?: Record<string, string | number>): string {
  const text = CARD_MESSAGES[key][lang];
  return params ? fillPlaceholders(text, params) : text;
}

/** Circled numbers mark the bars a caveat concerns: ① ② … ⑳, then (21) (22) … */
export function markText(mark: number): string {
  return mark >= 1 && mark <= 20 ? String.fromCodePoint(0x2460 + mark - 1) : `(${mark})`;
}
