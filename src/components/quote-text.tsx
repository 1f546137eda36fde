// A quoted source sentence with the figure marked; plain text only, never injected HTML.
interface QuoteTextProps {
  quote: string;
  /** Figure offsets relative to the start of the quote. */
  figureStart: number;
  figureEnd: number;
}

export function QuoteText({ quote, figureStart, figureEnd }: QuoteTextProps) {
  const valid = figureStart >= 0 && figureEnd <= quote.length && figureStart < figureEnd;
  return (
    <q className="quote" lang="zh-CN">
      {valid ? (
        <>
          {quote.slice(0, figureStart)}
          <mark>{quote.slice(figureStart, figureEnd)}</mark>
          {quote.slice(figureEnd)}
        </>
      ) : (
        quote
      )}
    </q>
  );
}
