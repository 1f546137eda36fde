// Pure: the <iframe> snippet that embeds a chart page in another site, and a height that fits its content.
import type { CardModel } from '@/domain/card-model';
import { escapeHtml } from '@/lib/html';

export interface EmbedSnippetInput {
  /** Absolute URL of the chart page with embed=1. */
  src: string;
  /** The chart's title: the frame's accessible name. */
  title: string;
  height: number;
}

/** Full width of the column it is pasted into, no border, loaded when scrolled near. */
export function iframeSnippet({ src, title, height }: EmbedSnippetInput): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/**
 * The frame's height: the chart as drawn, plus its title, verdict, caveats, the figures set apart, footnotes,
 * sources and the link back, at about two lines each (they wrap in a column of 600 px). Clamped to a page.
 */
export function embedHeight(model: CardModel, chartHeight: number): number {
  const lines = 2 * (model.caveats.length > 0 ? 1 : 0) + 2 * model.outside.length + 2 * model.footnotes.length + 2 * model.sources.length;
  const height = 190 + chartHeight + 22 * lines;
  return Math.min(2000, Math.max(360, Math.round(height / 10) * 10));
}
