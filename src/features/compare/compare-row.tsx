// One metric of the comparison: shared (verdict, each comparable group with a's and b's figures side by side,
// figures set apart, differences in words) or reported by one place only.
import type { ReactNode } from 'react';
import type { Locality, Observation } from '@/schema/dataset';
import type { CompareFigure, CompareRow } from '@/domain/compare-model';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { pick, type Lang } from '@/lib/i18n';
import { CompareFigureItem } from './compare-figure';
import { COMPARE_TEXT } from './compare-text';

interface CompareRowProps {
  row: CompareRow;
  a: Locality;
  b: Locality;
  lookup: DatasetLookup;
  lang: Lang;
  observationActions?: (observation: Observation) => ReactNode;
}

/** The place a column belongs to; `empty` says on the same line that it has no figure of this kind. */
function Place({ locality, lookup, lang, empty }: { locality: Locality; lookup: DatasetLookup; lang: Lang; empty?: string }) {
  return (
    <p className="compare-cell__place">
      <span className="swatch" style={{ background: lookup.colours.get(locality.id) }} aria-hidden="true" />
      {pick(locality.shortName, lang)}
      {empty ? <span className="muted small compare-cell__empty"> · {empty}</span> : null}
    </p>
  );
}

export function CompareRowItem({ row, a, b, lookup, lang, observationActions }: CompareRowProps) {
  const cell = (side: 'a' | 'b', locality: Locality, figures: readonly CompareFigure[]) => (
    <div className={figures.length === 0 ? 'compare-cell compare-cell--empty' : 'compare-cell'} data-side={side}>
      <Place locality={locality} lookup={lookup} lang={lang} empty={figures.length === 0 ? pick(COMPARE_TEXT.notInGroup, lang) : undefined} />
      {figures.map((figure) => (
        <CompareFigureItem key={figure.observation.id} figure={figure} lang={lang} observationActions={observationActions} />
      ))}
    </div>
  );
  const heading = (
    <h5 className="compare-row__metric">
      {pick(row.metric.label, lang)} <span className="muted small">({pick(row.metric.unitLabel, lang)})</span>
    </h5>
  );
  if (row.kind === 'one-sided') {
    const locality = row.side === 'a' ? a : b;
    return (
      <article className="compare-row compare-row--one-sided card" data-metric={row.metric.id} data-row-kind={`only-${row.side}`}>
        <header className="compare-row__head">{heading}</header>
        <div className="compare-cells compare-cells--one" aria-label={row.label}>
          {cell(row.side, locality, row.figures)}
        </div>
      </article>
    );
  }
  return (
    <article className="compare-row card" data-metric={row.metric.id} data-row-kind="shared" data-verdict={row.verdict.kind}>
      <header className="compare-row__head">
        {heading}
        <p className="compare-verdict" data-testid="compare-verdict">
          <strong className={`verdict-word verdict-word--${row.verdict.kind}`}>{row.verdict.word}</strong> <span>{row.verdict.reason}</span>
        </p>
      </header>
      {row.groups.map((group, index) => (
        <section key={index} className="compare-group" aria-label={group.caption ?? undefined}>
          {group.caption ? <p className="compare-group__caption">{group.caption}</p> : null}
          <div className="compare-cells">
            {cell('a', a, group.a)}
            {cell('b', b, group.b)}
          </div>
        </section>
      ))}
      {row.setApart.length > 0 ? (
        <section className="compare-apart">
          <p className="compare-apart__title">{pick(COMPARE_TEXT.setApart, lang)}</p>
          {row.setApart.map((figure) => (
            <CompareFigureItem
              key={figure.observation.id}
              figure={figure}
              lang={lang}
              observationActions={observationActions}
              prefix={pick((figure.side === 'a' ? a : b).shortName, lang)}
              reason={figure.reason}
            />
          ))}
        </section>
      ) : null}
      <div className="compare-differences" data-testid="compare-differences">
        <span className="compare-differences__title">{pick(COMPARE_TEXT.differences, lang)}</span>
        <ul>
          {row.differences.map((difference) => (
            <li key={difference}>{difference}</li>
          ))}
        </ul>
      </div>
    </article>
  );
}
