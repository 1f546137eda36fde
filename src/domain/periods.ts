// How a period reads: its label, marked when it adds several years together.
import type { Period } from '@/schema/dataset';
import { pick, t, type Lang } from '@/lib/i18n';

/** Labels a period, marking several years added together. */
export function periodText(period: Pick<Period, 'label' | 'type'>, lang: Lang): string {
  const label = pick(period.label, lang);
  const word = t(lang, 'cumulative');
  if (period.type !== 'cumulative' || label.toLowerCase().includes(word) || label.includes('累计')) return label;
  return lang === 'zh' ? `${label}（${word}）` : `${label} (${word})`;
}
