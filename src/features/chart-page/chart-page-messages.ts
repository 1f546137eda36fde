// The chart page's interface text in both languages, Chinese first.
import type { LocalizedText } from '@/schema/dataset';

export const CHART_PAGE_TEXT = {
  heading: { zh: '单图', en: 'Chart' },
  backToCharts: { zh: '全部图表', en: 'All charts' },
  ranking: { zh: '全部地区排名', en: 'Ranked across every locality' },
  titleLabel: { zh: '标题（可编辑）', en: 'Title (editable)' },
  subtitleLabel: { zh: '副标题（可编辑）', en: 'Subtitle (editable)' },
  edited: { zh: '已编辑', en: 'edited' },
  reset: { zh: '恢复自动生成的文字', en: 'Reset to the generated text' },
  resetShort: { zh: '恢复', en: 'Reset' },
  editHint: {
    zh: '标题和副标题可按发表需要修改；修改会保存在链接中，并用于下载的 PNG、SVG 和 CSV。',
    en: 'Edit the title and subtitle for publication; the edits are kept in the link and used in the PNG, SVG and CSV downloads.',
  },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  linkCopied: { zh: '链接已复制', en: 'Link copied' },
  copyRefused: { zh: '浏览器不允许自动复制，请手动复制下面的文字（Ctrl+C / ⌘C）。', en: 'The browser refused to copy; copy the text below by hand (Ctrl+C / ⌘C).' },
  embed: { zh: '嵌入', en: 'Embed' },
  embedIntro: {
    zh: '把下面的代码粘贴到网页中即可嵌入此图（只显示图表、说明和来源，不含筛选控件）。',
    en: 'Paste this code into a web page to embed the chart (the chart, its notes and sources only, no controls).',
  },
  embedCode: { zh: '嵌入代码', en: 'Embed code' },
  copyCode: { zh: '复制代码', en: 'Copy code' },
  codeCopied: { zh: '代码已复制', en: 'Code copied' },
  chooseLocalities: { zh: '选择图中的地区', en: 'Localities in the chart' },
  sourcesTitle: { zh: '来源', en: 'Sources' },
  dateNotStated: { zh: '未注明日期', en: 'date not stated' },
  publisherNotStated: { zh: '未注明发布者', en: 'publisher not stated' },
  openInReader: { zh: '阅读原文', en: 'Read the article' },
  noneReport: {
    zh: '所选地区都没有报告这个指标。请在上方选择其他地区。',
    en: 'None of the selected localities reports this metric. Choose other localities above.',
  },
  oneReports: {
    zh: '所选地区中只有一个报告了这个指标；再选择一个报告它的地区即可比较。',
    en: 'Only one of the selected localities reports this metric; add another that reports it to compare.',
  },
  unknownMetric: { zh: '找不到这个图表：没有编号为“{id}”的指标。', en: 'No such chart: there is no metric with the id “{id}”.' },
  noMetric: { zh: '链接没有指明要显示哪个图表。', en: 'The link does not say which chart to show.' },
  seeAllCharts: { zh: '查看全部图表', en: 'See all charts' },
  openFull: { zh: '在“工会工作对比看板”中打开完整图表', en: 'Open the full chart in Union Work Comparison' },
  newWindow: { zh: '（在新窗口打开）', en: '(opens in a new window)' },
} as const satisfies Record<string, LocalizedText>;
