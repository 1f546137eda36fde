// The compare view's interface text in both languages.
import type { LocalizedText } from '@/schema/dataset';

export const COMPARE_TEXT = {
  title: { zh: '两地对比', en: 'Two places side by side' },
  intro: {
    zh: '两个地区报告的每个指标，按工作领域排列：两地都报告的在前，按同一口径分组，写明时期、级别和人群的差别；只有一地报告的列在后面。点击“查看原文”可看到数字所在的句子。',
    en: 'Every metric either place reports, by program area: those both report first, in like-for-like groups, with the differences in period, level and group in words; then those only one reports. "Show in source" opens the sentence a figure comes from.',
  },
  placeA: { zh: '地区 A', en: 'Place A' },
  placeB: { zh: '地区 B', en: 'Place B' },
  swap: { zh: '交换', en: 'Swap' },
  swapLabel: { zh: '交换地区 A 和 B', en: 'Swap places A and B' },
  samePlace: { zh: '请为 A 和 B 选择两个不同的地区。', en: 'Choose two different places for A and B.' },
  needTwo: { zh: '数据中至少要有两个地区才能对比。', en: 'Comparing needs at least two places in the data.' },
  nothing: { zh: '两地都没有可对比的指标。', en: 'Neither place reports a metric to compare.' },
  notInGroup: { zh: '此口径未报告', en: 'none of this kind' },
  differences: { zh: '差别', en: 'Differences' },
  sentence: { zh: '原句', en: 'Sentence' },
  ofWhich: { zh: '其中', en: 'of which' },
  setApart: { zh: '不可直接比较', en: 'Not directly comparable' },
} as const satisfies Record<string, LocalizedText>;
