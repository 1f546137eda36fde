// How the contract's dimension values read in each language; the pipeline builds group labels and
// distinctions with them, and the app says why figures differ with the same words.
import type { Level, LocalizedText, Measure } from './dataset.ts';

export const LEVEL_LABELS: Record<Level, LocalizedText> = {
  national: { zh: '全国', en: 'national' },
  province: { zh: '省级', en: 'provincial' },
  prefecture: { zh: '市级', en: 'prefecture-level' },
  county: { zh: '县级', en: 'county-level' },
  township: { zh: '乡镇级', en: 'township' },
  workplace: { zh: '企业级', en: 'workplace' },
  multi: { zh: '多级合计', en: 'all levels combined' },
};

export const MEASURE_LABELS: Record<Measure, LocalizedText> = {
  flow: { zh: '当期', en: 'in the period' },
  stock: { zh: '累计总数', en: 'running total' },
  rate: { zh: '比率', en: 'rate' },
  cumulative: { zh: '多年累计', en: 'multi-year total' },
};

/** What a null dimension means: the text names no level; the measure is not settled. */
export const NO_LEVEL: LocalizedText = { zh: '未写明级别', en: 'level not stated' };
export const MEASURE_UNSETTLED: LocalizedText = { zh: '口径未定', en: 'measure not settled' };
export const ALL_WORKERS: LocalizedText = { zh: '全体职工', en: 'workers in general' };
