// "Show all n …" under a list cut short: long lists (thousands of sources) draw their first rows until asked.
import { useState } from 'react';
import type { LocalizedText } from '@/schema/dataset';
import { formatCount } from '@/lib/format';
import type { Lang } from '@/lib/i18n';

/** The rows to draw, and the toggle to show under them (null when the list is short). */
export function useShowAll<T>(items: readonly T[], limit: number): { shown: readonly T[]; long: boolean; all: boolean; toggle: () => void } {
  const [all, setAll] = useState(false);
  const long = items.length > limit;
  return { shown: long && !all ? items.slice(0, limit) : items, long, all, toggle: () => setAll(!all) };
}

interface ShowAllToggleProps {
  total: number;
  limit: number;
  all: boolean;
  onToggle: () => void;
  /** What the list holds: { zh: '个来源', en: 'sources' }. */
  noun: LocalizedText;
  lang: Lang;
}

export function ShowAllToggle({ total, limit, all, onToggle, noun, lang }: ShowAllToggleProps) {
  const n = formatCount(total, lang);
  const text = all
    ? lang === 'zh' ? `只显示前 ${limit} ${noun.zh}` : `Show the first ${limit} ${noun.en}`
    : lang === 'zh' ? `显示全部 ${n} ${noun.zh}` : `Show all ${n} ${noun.en}`;
  return (
    <button type="button" className="button show-all-toggle" aria-expanded={all} onClick={onToggle}>
      {text}
    </button>
  );
}
