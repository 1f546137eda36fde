// Escaping for the few places that must build HTML strings (ECharts tooltips); data is never trusted.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** The quote with its figure wrapped in <mark>, everything escaped; offsets are relative to the quote. */
export function quoteWithMark(quote: string, start: number, end: number): string {
  if (start < 0 || end > quote.length || start >= end) return escapeHtml(quote);
  return `${escapeHtml(quote.slice(0, start))}<mark>${escapeHtml(quote.slice(start, end))}</mark>${escapeHtml(quote.slice(end))}`;
}
