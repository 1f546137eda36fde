// Interface text in Chinese (first) and English; data labels come from the dataset's own zh/en pairs.
import type { LocalizedText } from '@/schema/dataset';
import { formatDecimal } from '@/lib/decimal-text';

/** The interface languages: Chinese first, English second. */
export type Lang = 'zh' | 'en';

const MESSAGES = {
  appTitle: { zh: '工会工作对比看板', en: 'Union Work Comparison' },
  appSubtitle: {
    zh: '逐项对比各地总工会公开报道的工作数字，每个数字都可追溯到原文',
    en: 'What local trade-union federations report, figure by figure, each traced to its source sentence',
  },
  viewOverview: { zh: '概览', en: 'Overview' },
  viewCharts: { zh: '图表', en: 'Charts' },
  viewTable: { zh: '表格', en: 'Table' },
  viewRanking: { zh: '排名', en: 'Ranking' },
  overCompareLimit: {
    zh: '已选 {n} 个地区。图表和表格最多并排比较 {max} 个地区：请缩小选择（例如搜索省份后点“选择匹配项”），或在“排名”中查看一个指标在全部地区的情况。',
    en: '{n} localities are selected. Charts and the table compare at most {max} side by side: narrow the selection (e.g. search a province and select the matches), or see one metric across every locality in the Ranking.',
  },
  openRanking: { zh: '打开排名', en: 'Open the ranking' },
  rankingMetric: { zh: '指标', en: 'Metric' },
  rankingIntro: {
    zh: '一个指标在全部地区中的排名：只在可比的一组数字内排名，不同口径（层级、人群、计量方式、计划）各自成组。',
    en: 'One metric across every locality: ranked only within a comparable group; different levels, populations, measures and plans are ranked apart.',
  },
  rankingCounts: { zh: '{reported} 个地区报告 · {missing} 个地区未报告（不参与排名，不按零计）', en: '{reported} localities report it · {missing} do not (left out, never counted as zero)' },
  rankingRank: { zh: '名次', en: 'Rank' },
  rankingLocality: { zh: '地区', en: 'Locality' },
  rankingValue: { zh: '数字', en: 'Figure' },
  rankingPeriod: { zh: '时期', en: 'Period' },
  rankingSelected: { zh: '已选', en: 'selected' },
  rankingGap: { zh: '…… 另有 {n} 个地区 ……', en: '… {n} more localities …' },
  rankingShowAll: { zh: '显示全部 {n} 个', en: 'Show all {n}' },
  rankingShowFewer: { zh: '只显示首尾和已选', en: 'Show top, bottom and selected only' },
  rankingNone: { zh: '没有地区报告这个指标。', en: 'No locality reports this metric.' },
  rankingOutside: { zh: '不参与排名（与主组不可比）', en: 'Not ranked (not comparable with the main group)' },
  viewCompare: { zh: '两地对比', en: 'Compare two' },
  viewProfile: { zh: '地区档案', en: 'Locality profile' },
  viewAbout: { zh: '关于数据', en: 'About' },
  viewReader: { zh: '原文', en: 'Sources' },
  showInSource: { zh: '查看原文', en: 'Show in source' },
  views: { zh: '视图', en: 'Views' },
  localities: { zh: '地区', en: 'Localities' },
  programAreas: { zh: '工作领域', en: 'Program areas' },
  allAreas: { zh: '全部领域', en: 'All areas' },
  selectAll: { zh: '全选', en: 'Select all' },
  selectDefault: { zh: '默认（{n}个）', en: 'Default ({n})' },
  selectMatching: { zh: '选择匹配项', en: 'Select matching' },
  clearSelection: { zh: '清空', en: 'Clear' },
  searchLocalities: { zh: '搜索地区', en: 'Search localities' },
  selectedCount: { zh: '已选 {n} / {total}', en: '{n} of {total} selected' },
  moreMatches: { zh: '另有 {n} 个匹配，请细化搜索', en: '{n} more match; refine the search' },
  noMatches: { zh: '没有匹配的地区', en: 'No locality matches' },
  language: { zh: '语言', en: 'Language' },
  summaryLocalities: { zh: '{n} 个地区', en: '{n} localities' },
  summaryOneLocality: { zh: '1 个地区', en: '1 locality' },
  summaryNoLocality: { zh: '未选地区', en: 'No locality' },
  summaryAreas: { zh: '{n} 个领域', en: '{n} areas' },
  controlsTitle: { zh: '筛选和显示设置', en: 'Filters and display' },
  controlsDone: { zh: '完成', en: 'Done' },
  perCapita: { zh: '每万常住人口', en: 'Per 10,000 residents' },
  perCapitaShort: { zh: '/万人', en: 'per 10k residents' },
  perCapitaSuffix: { zh: '/万人', en: '/10k' },
  perCapitaBasis: { zh: '人口依据', en: 'Population basis' },
  perCapitaRatesExcluded: {
    zh: '比率（%）不按人口折算。',
    en: 'Rates (%) are never divided by population.',
  },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  loadError: { zh: '数据加载失败', en: 'The data could not be loaded' },
  loadErrorMissing: { zh: '找不到数据文件。网站可能没有完整发布，或数据尚未生成（npm run data）。', en: 'A data file is missing. The site may not be fully published, or the data has not been built yet (npm run data).' },
  loadErrorCode: {
    zh: '页面的程序代码未能加载，请检查网络连接后重试。',
    en: 'The page’s code could not be loaded; check the connection and retry.',
  },
  loadErrorNetwork: { zh: '无法连接到数据文件，请检查网络后重试。', en: 'The data file could not be reached; check the connection and try again.' },
  loadErrorInvalid: { zh: '数据文件已损坏或格式不对，请重新生成数据。', en: 'A data file is damaged or in the wrong format; rebuild the data.' },
  retry: { zh: '重试', en: 'Retry' },
  schemaMismatch: {
    zh: '数据版本为 {found}，本应用需要版本 {expected}。请重新构建数据（npm run data）或刷新页面。',
    en: 'The data is version {found}; this app needs version {expected}. Rebuild the data (npm run data) or reload the page.',
  },
  noLocalitySelected: { zh: '请至少选择一个地区。', en: 'Select at least one locality.' },
  chooseLocalitiesTitle: { zh: '请选择要比较的地区', en: 'Choose the places to compare' },
  chooseLocalitiesText: {
    zh: '点选两个或更多地区，即可并排比较它们报告的数字；只选一个，则只看它自己的数字。',
    en: 'Pick two or more places to compare what they report side by side; pick one to see its own figures.',
  },
  oneLocalityHint: {
    zh: '只选了{name}一个地区：下面是它报告的数字，无从比较。再选一个地区即可对比：',
    en: 'Only {name} is selected: these are its own figures, with nothing to compare them with. Add another place to compare:',
  },
  selectAllLocalities: { zh: '选择全部 {n} 个地区', en: 'Select all {n} localities' },
  selectDefaultLocalities: { zh: '选择默认的 {n} 个地区', en: 'Select the default {n} localities' },
  exportNeedsLocality: { zh: '未选择地区，没有可导出的内容：请先选择地区。', en: 'No locality selected, so there is nothing to export: choose places first.' },
  notReported: { zh: '未报告', en: 'not reported' },
  plan: { zh: '计划', en: 'plan' },
  result: { zh: '结果', en: 'result' },
  cumulative: { zh: '累计', en: 'cumulative' },
  period: { zh: '时期', en: 'Period' },
  kind: { zh: '性质', en: 'Kind' },
  quote: { zh: '原文', en: 'Quote' },
  source: { zh: '来源', en: 'Source' },
  sources: { zh: '来源', en: 'Sources' },
  level: { zh: '行政级别', en: 'Level' },
  parent: { zh: '上级', en: 'Parent' },
  population: { zh: '常住人口', en: 'Population' },
  populationSource: { zh: '人口依据', en: 'Population source' },
  perCapitaBasisFootnote: { zh: '人口依据见页末注 *。', en: 'Population source: see the footnote * at the end of the page.' },
  figuresReported: { zh: '报告数字', en: 'Figures reported' },
  figuresCount: { zh: '{n} 个数字', en: '{n} figures' },
  unclassified: { zh: '未分类', en: 'Unclassified' },
  openProfile: { zh: '查看档案', en: 'Open profile' },
  heatmapTitle: { zh: '各地区在各领域报告的数字个数', en: 'Figures each locality reports in each program area' },
  heatmapHint: { zh: '点击格子，查看该地区在该领域的图表。', en: 'Click a cell to see that locality’s charts in that area.' },
  heatmapUnclassified: {
    zh: '灰色一列是尚未归入指标的数字（共 {n} 个），不参与颜色深浅：它们反映的是分类目录的覆盖，不是工作多少。点击灰色格子，可在地区档案中查看。',
    en: 'The grey column holds figures not yet matched to a metric ({n} in all), left out of the colour scale: they show what the catalogue does not cover yet, not how much a locality does. Click a grey cell to see them in the locality’s profile.',
  },
  heatmapUnclassifiedRow: {
    zh: '灰色一行是尚未归入指标的数字（共 {n} 个），不参与颜色深浅：它们反映的是分类目录的覆盖，不是工作多少。点击灰色格子，可在地区档案中查看。',
    en: 'The grey row holds figures not yet matched to a metric ({n} in all), left out of the colour scale: they show what the catalogue does not cover yet, not how much a locality does. Tap a grey cell to see them in the locality’s profile.',
  },
  heatmapAsTable: { zh: '以表格显示（可用键盘操作）', en: 'Show as a table (keyboard friendly)' },
  heatmapCapped: {
    zh: '热力图可滚动，共 {n} 个地区；拖动右侧滑块浏览。',
    en: 'The heat map scrolls through {n} localities; drag the slider on the right.',
  },
  localityCards: { zh: '地区概况', en: 'Localities' },
  chartsEmpty: {
    zh: '所选地区中没有两个及以上地区共同报告的指标。可查看表格或地区档案。',
    en: 'No metric is reported by two or more of the selected localities. See the table or a profile.',
  },
  chartsIntro: {
    zh: '每张卡片是一个至少两个所选地区都报告的指标。未报告的地区显示为“未报告”，不计为零。',
    en: 'One card per metric reported by at least two selected localities. A locality that did not report it reads “not reported”, never zero.',
  },
  sortBy: { zh: '排序', en: 'Sort' },
  sortLocality: { zh: '按地区', en: 'By locality' },
  sortDesc: { zh: '数值从大到小', en: 'Largest first' },
  sortAsc: { zh: '数值从小到大', en: 'Smallest first' },
  notePeriods: { zh: '时期不同：{list}。', en: 'Periods differ: {list}.' },
  noteLevels: {
    zh: '行政级别不同：{list}，与县级地区并非同级可比。',
    en: 'Administrative levels differ: {list}; not like for like with county-level localities.',
  },
  notePlans: {
    zh: '含计划目标（浅色虚线框），不是已完成的结果：{list}。',
    en: 'Includes plans (faded, dashed outline), not results achieved: {list}.',
  },
  notePerCapita: {
    zh: '每万常住人口折算，常住人口：{populations}。',
    en: 'Per 10,000 residents; population: {populations}.',
  },
  tableMultipleNote: {
    zh: '一个单元格里有多个数字时，逐个列出，从不相加；“—”表示未报告，不是零。',
    en: 'Where a cell holds several figures, each is listed and none are added up; “—” means not reported, not zero.',
  },
  tablePrintNote: {
    zh: '这张表很大，屏幕上只绘出看得到的行和列，打印出来的也只有这些。完整的表请用“下载 CSV”。',
    en: 'This table is large: only the rows and columns in view are drawn, and a printout holds only those. For the whole table, use “Download CSV”.',
  },
  tableSearch: { zh: '搜索表格', en: 'Search the table' },
  orderLocalitiesBy: { zh: '按“{metric}”排列地区', en: 'Order localities by “{metric}”' },
  orderedBy: {
    zh: '地区按“{metric}”{direction}排列（只比较同一口径的数字；没有可比数字的地区排在最后）。',
    en: 'Localities ordered by “{metric}”, {direction} (like-for-like figures only; localities without one come last).',
  },
  descending: { zh: '从高到低', en: 'highest first' },
  ascending: { zh: '从低到高', en: 'lowest first' },
  tableSearchHint: { zh: '也搜索原文句子', en: 'also searches the quoted sentences' },
  tableColumns: { zh: '显示列', en: 'Columns' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  metric: { zh: '指标', en: 'Metric' },
  unit: { zh: '单位', en: 'Unit' },
  area: { zh: '领域', en: 'Area' },
  tableRows: { zh: '{n} 行', en: '{n} rows' },
  tableEmpty: { zh: '没有符合条件的行。', en: 'No rows match.' },
  cellDetails: { zh: '数字详情', en: 'Figure details' },
  cellHint: { zh: '点击单元格查看原文句子和来源。', en: 'Click a cell to see the quoted sentence and its source.' },
  close: { zh: '关闭', en: 'Close' },
  profileFor: { zh: '选择地区', en: 'Locality' },
  profileEmpty: { zh: '该地区没有可显示的数字。', en: 'This locality has no figures to show.' },
  originalText: { zh: '原文数字', en: 'As written' },
  builtAt: { zh: '数据构建时间', en: 'Data built' },
  showInCharts: { zh: '在图表中查看', en: 'Show in charts' },
  openChart: { zh: '打开单图', en: 'Open chart' },
  openChartNamed: { zh: '打开单图：{title}', en: 'Open chart: {title}' },
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  copyCitationGbt: { zh: '复制引文（GB/T 7714）', en: 'Copy citation (GB/T 7714, Chinese)' },
  copyCitationEn: { zh: '复制英文引文', en: 'Copy citation (English)' },
  citationCopied: { zh: '已复制引文：', en: 'Citation copied: ' },
  copyRefused: {
    zh: '浏览器未允许写入剪贴板。引文已选中，请按 Ctrl+C（Mac 上 ⌘C）复制：',
    en: 'The browser did not allow the clipboard. The citation is selected; press Ctrl+C (⌘C on a Mac) to copy it:',
  },
  citationLabel: { zh: '引文', en: 'Citation' },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;

/** Fills {placeholders} in a message already picked for a language (every feature's messages use this). */
export function fillPlaceholders(text: string, params: Record<string, string | number>): string {
  return Object.entries(params).reduce((out, [name, value]) => out.replaceAll(`{${name}}`, String(value)), text);
}

/** Interface text for a key, with {placeholders} filled in. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return params ? fillPlaceholders(MESSAGES[key][lang], params) : MESSAGES[key][lang];
}

/** Picks the reader's language from a zh/en pair in the data. */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/** Names the first `max` items and counts the rest ("甲、乙等 12 个" / "A, B and 12 more"), so a list stays a line at any scale. */
export function shortList(items: readonly string[], lang: Lang, separator: string, max = 8): string {
  if (items.length <= max) return items.join(separator);
  const head = items.slice(0, max).join(separator);
  return lang === 'zh' ? `${head}等，共${formatDecimal(items.length)}个` : `${head} and ${formatDecimal(items.length - max)} more`;
}

/** The list separator of each language. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '；' : '; ');
}
