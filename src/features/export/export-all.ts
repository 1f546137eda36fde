// Pure: the "Export all" ZIP: each chart as PNG, SVG and CSV, and a README.txt with the filters used.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Lang } from '@/lib/i18n';
import type { ExportLayout } from './export-option';
import { buildDate, chartFileNames } from '@/lib/file-names';
import { NEWS_DISCLAIMER } from './export-meta';

export interface ChartExport {
  /** Metric id, used for the file names. */
  name: string;
  title: string;
  perCapita: boolean;
  layout: ExportLayout;
  /** The chart's data as CSV (made when asked: the CSV writer loads with the first download). */
  csv: () => Promise<string>;
}

export interface ChartRenderers {
  png: (layout: ExportLayout) => Uint8Array;
  svg: (layout: ExportLayout) => string;
}

export interface ReadmeInput {
  lang: Lang;
  localities: readonly string[];
  /** Selected area labels; null = all areas. */
  areas: readonly string[] | null;
  perCapita: boolean;
  perCapitaCitations: readonly string[];
  builtAt: string;
  url: string;
  files: readonly { file: string; title: string }[];
}

export function readmeText(input: ReadmeInput): string {
  const zh = input.lang === 'zh';
  const lines = [
    zh ? '工会工作对比看板 · 图表导出' : 'Union Work Comparison · chart export',
    '',
    `${zh ? '地区' : 'Localities'}: ${input.localities.join(zh ? '、' : ', ') || '—'}`,
    `${zh ? '工作领域' : 'Program areas'}: ${input.areas === null ? (zh ? '全部领域' : 'All areas') : input.areas.join(zh ? '、' : ', ')}`,
    `${zh ? '语言' : 'Language'}: ${zh ? '中文' : 'English'}`,
    `${zh ? '每万常住人口' : 'Per 10,000 residents'}: ${input.perCapita ? (zh ? '是' : 'on') : zh ? '否' : 'off'}`,
  ];
  if (input.perCapita && input.perCapitaCitations.length > 0) {
    lines.push(`${zh ? '人口依据' : 'Population basis'}: ${input.perCapitaCitations.join('; ')}`);
  }
  lines.push(
    `${zh ? '数据构建日期' : 'Data built'}: ${buildDate(input.builtAt) ?? input.builtAt}`,
    `${zh ? '页面链接' : 'View URL'}: ${input.url}`,
    '',
    NEWS_DISCLAIMER[input.lang],
    zh ? 'CSV 为 UTF-8（带 BOM）编码；figure_start/figure_end 是数字在原文中的位置。' : 'CSV files are UTF-8 with BOM; figure_start/figure_end locate each figure in its source text.',
    '',
    zh ? '文件：' : 'Files:',
    ...input.files.map((f) => `  ${f.file}  ${f.title}`),
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** The ZIP bytes; PNGs are stored (already compressed), text is deflated. */
export async function exportAllZip(charts: readonly ChartExport[], readme: Omit<ReadmeInput, 'files'>, render: ChartRenderers): Promise<Uint8Array> {
  const entries: Zippable = {};
  const files: { file: string; title: string }[] = [];
  for (const chart of charts) {
    const names = chartFileNames(chart, readme.builtAt);
    entries[names.png] = [render.png(chart.layout), { level: 0 }];
    entries[names.svg] = strToU8(render.svg(chart.layout));
    entries[names.csv] = strToU8(await chart.csv());
    files.push({ file: names.png, title: chart.title }, { file: names.svg, title: chart.title }, { file: names.csv, title: chart.title });
  }
  entries['README.txt'] = strToU8(readmeText({ ...readme, files }));
  return zipSync(entries, { level: 6 });
}
