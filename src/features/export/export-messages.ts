// The export feature's interface text in both languages.
import type { LocalizedText } from '@/schema/dataset';

export const EXPORT_TEXT = {
  download: { zh: '下载', en: 'Download' },
  downloadChart: { zh: '下载图表：{title}', en: 'Download chart: {title}' },
  png: { zh: 'PNG 图片（2 倍清晰度）', en: 'PNG image (2x)' },
  svg: { zh: 'SVG 矢量图', en: 'SVG vector image' },
  chartCsv: { zh: '图表数据 CSV', en: 'Chart data (CSV)' },
  copyImage: { zh: '复制图片', en: 'Copy image' },
  copied: { zh: '已复制到剪贴板', en: 'Copied to the clipboard' },
  copyUnsupported: { zh: '此浏览器不支持复制图片', en: 'This browser cannot copy images' },
  copyFailed: { zh: '复制失败：{error}', en: 'Copy failed: {error}' },
  exportAll: { zh: '全部导出（ZIP）', en: 'Export all (ZIP)' },
  exportAllHint: { zh: '当前显示的全部图表（PNG、SVG）及其数据（CSV）', en: 'Every chart shown (PNG, SVG) with its data (CSV)' },
  exporting: { zh: '正在生成…', en: 'Preparing…' },
  exportFailed: { zh: '导出失败：{error}', en: 'Export failed: {error}' },
  data: { zh: '下载数据', en: 'Download data' },
  filteredCsv: { zh: '当前筛选的数据（CSV）', en: 'Filtered data (CSV)' },
  datasetCsv: { zh: '全部数据（CSV，含原文与位置）', en: 'Whole dataset (CSV, with quotes and offsets)' },
  datasetJson: { zh: '全部数据（JSON）', en: 'Whole dataset (JSON)' },
  nothingToExport: { zh: '当前没有可导出的图表', en: 'No chart to export' },
} as const satisfies Record<string, LocalizedText>;
