// The source reader's interface text in both languages.
import type { LocalizedText } from '@/schema/dataset';

export const READER_TEXT = {
  title: { zh: '原文阅读', en: 'Source reader' },
  intro: {
    zh: '报道原文按抓取时的样子显示。彩色为已归类的数字（颜色表示工作领域），灰色为未分类数字，下划线为未计入的数字（悬停或聚焦可看原因），淡色为正文之外或重复的段落。点击彩色数字可在图表或地区档案中查看。',
    en: 'The report as captured. Coloured: classified figures (colour = program area); grey: unclassified figures; underlined: numbers not counted (hover or focus for the reason); faded: text outside the article or repeated paragraphs. Click a coloured figure to see it in the charts or the profile.',
  },
  pickSource: { zh: '选择报道', en: 'Report' },
  searchSources: { zh: '按地区或标题搜索', en: 'Search by locality or title' },
  moreSources: { zh: '另有 {n} 篇匹配，请细化搜索', en: '{n} more match; refine the search' },
  noSources: { zh: '没有匹配的报道', en: 'No report matches' },
  figuresInOrder: { zh: '文中数字（按出现顺序）', en: 'Figures in reading order' },
  legend: { zh: '图例', en: 'Legend' },
  unclassified: { zh: '未分类数字', en: 'Unclassified figure' },
  notCounted: { zh: '未计入的数字', en: 'Number not counted' },
  dimmed: { zh: '正文之外 / 重复段落', en: 'Outside the article / repeated' },
  counts: { zh: '{figures} 个数字，{rejected} 个未计入，{repeats} 段重复', en: '{figures} figures, {rejected} not counted, {repeats} repeated paragraphs' },
  openInCharts: { zh: '在图表中查看', en: 'show in charts' },
  openInProfile: { zh: '在地区档案中查看', en: 'show in the profile' },
  openProfile: { zh: '查看地区档案', en: 'Open locality profile' },
  noFigures: { zh: '这篇报道没有提取到数字。', en: 'No figures were extracted from this report.' },
  sourceNotFound: { zh: '找不到这篇报道（{id}），请从列表中另选一篇。', en: 'Report not found ({id}); choose one from the list.' },
  noSourceSelected: { zh: '请选择一篇报道。', en: 'Choose a report.' },
} as const satisfies Record<string, LocalizedText>;

export type ReaderTextKey = keyof typeof READER_TEXT;
