// Pure: which mention and which sentence a reader link (`fig`) points at, and how each mention is shown.
import type { Mention, Observation, RejectReason, SourceFile } from '@/schema/dataset';
import type { Lang } from '@/lib/i18n';
import { sentenceAround, type TextRange } from './highlight-segments';

export interface ReaderFocus {
  mention: Mention | null;
  observation: Observation | null;
  /** The sentence to mark: the observation's quote, or the sentence around a mention. */
  range: TextRange;
}

/** `fig` is an observation id (`<sourceId>:<figureStart>`) or the start offset of any mention. */
export function resolveFocus(
  fig: string | null,
  file: Pick<SourceFile, 'sourceId' | 'text' | 'mentions'>,
  observationsById: ReadonlyMap<string, Observation>,
): ReaderFocus | null {
  if (!fig) return null;
  const observation = observationsById.get(fig);
  if (observation && observation.sourceId === file.sourceId) {
    const mention = file.mentions.find((m) => m.observationId === observation.id) ?? null;
    return { mention, observation, range: { start: observation.quoteStart, end: observation.quoteEnd } };
  }
  const offset = /^\d+$/.test(fig) ? Number(fig) : Number.NaN;
  const mention = file.mentions.find((m) => m.start === offset);
  if (!mention) return null;
  const linked = mention.observationId ? (observationsById.get(mention.observationId) ?? null) : null;
  const range = linked ? { start: linked.quoteStart, end: linked.quoteEnd } : sentenceAround(file.text, mention);
  return { mention, observation: linked, range };
}

export type MentionTone = 'classified' | 'unclassified' | 'rejected' | 'repeat' | 'outside';

/** Classified figures carry their program area; the rest are told apart by status. */
export function mentionTone(mention: Mention, observation: Observation | undefined): MentionTone {
  if (mention.status === 'figure') return observation?.programAreaId ? 'classified' : 'unclassified';
  return mention.status;
}

const REJECT_REASONS: Record<RejectReason, { zh: string; en: string }> = {
  year: { zh: '年份', en: 'a year' },
  date: { zh: '日期', en: 'a date' },
  time: { zh: '时间', en: 'a time of day' },
  ordinal: { zh: '序数（第几）', en: 'an ordinal' },
  quoted_name: { zh: '名称中的数字', en: 'part of a quoted name' },
  code: { zh: '编号或代码', en: 'a code or number label' },
  award_period: { zh: '评选届次或年度', en: 'an award period' },
  no_unit: { zh: '没有计量单位', en: 'no unit' },
  set_phrase: { zh: '固定说法', en: 'a set phrase' },
  duration: { zh: '时长', en: 'a duration' },
  excluded_by_review: { zh: '人工复核排除', en: 'excluded on review' },
};

/** Why a mention is not a figure, in words: "未计入：年份" / "not counted: a year". */
export function mentionNote(mention: Mention, lang: Lang): string {
  if (mention.status === 'repeat') return lang === 'zh' ? '重复段落，未计入' : 'in a repeated paragraph; not counted';
  if (mention.status === 'outside') return lang === 'zh' ? '正文之外，未计入' : 'outside the article; not counted';
  if (mention.status === 'rejected') {
    const reason = mention.reason ? REJECT_REASONS[mention.reason][lang] : lang === 'zh' ? '其他' : 'other';
    return lang === 'zh' ? `未计入：${reason}` : `not counted: ${reason}`;
  }
  return '';
}
