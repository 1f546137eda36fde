// The control bar folded into one line on a phone: "5 个地区 · 全部领域 · 中文" / "5 localities · All areas · English".
import type { ProgramArea } from '@/schema/dataset';
import { formatCount } from '@/lib/format';
import { pick, t, type Lang } from '@/lib/i18n';

export interface SummaryInput {
  selectedCount: number;
  areaIds: readonly string[] | null;
  areasById: ReadonlyMap<string, ProgramArea>;
  lang: Lang;
  perCapita: boolean;
}

const LANGUAGE_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

/** What the folded controls say: how many places, which areas (one by name), the language, per capita when on. */
export function controlSummary({ selectedCount, areaIds, areasById, lang, perCapita }: SummaryInput): string {
  const places =
    selectedCount === 0
      ? t(lang, 'summaryNoLocality')
      : selectedCount === 1
        ? t(lang, 'summaryOneLocality')
        : t(lang, 'summaryLocalities', { n: formatCount(selectedCount, lang) });
  const onlyArea = areaIds?.length === 1 ? areasById.get(areaIds[0]!) : undefined;
  const areas = areaIds === null ? t(lang, 'allAreas') : onlyArea ? pick(onlyArea.label, lang) : t(lang, 'summaryAreas', { n: formatCount(areaIds.length, lang) });
  return [places, areas, LANGUAGE_NAMES[lang], ...(perCapita ? [t(lang, 'perCapita')] : [])].join(' · ');
}
