// Step 7: the coverage report as text: per source, figures found, classified, unclassified, rejected, repeats,
// and the figures whose text leaves a dimension unknown.
import type { CoverageFile } from '../src/schema/dataset.ts';

/** Right-aligned columns under a header; the first column left-aligned. */
function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string[] {
  const cells = rows.map((r) => r.map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (row: readonly string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...cells.map(line)];
}

/** A plain-text table of the coverage rows, one line per source, with rejection reasons and unknown dimensions. */
export function formatCoverage(coverage: CoverageFile, localityNotes?: { divisionSource: string; englishFallbacks: readonly string[] }): string {
  const reasons = coverage.rows.map((r) => {
    const parts = Object.entries(r.rejectedByReason).toSorted(([a], [b]) => a.localeCompare(b)).map(([reason, n]) => `${reason} ${n}`);
    return `  ${r.sourceId}: rejected ${parts.length ? parts.join(', ') : 'none'}`;
  });
  return [
    'Coverage (figures inside each article; "outside" = page chrome and other reports, never attributed)',
    ...table(
      ['source', 'found', 'classified', 'unclassified', 'plans', 'rejected', 'repeats', 'outside'],
      coverage.rows.map((r) => [r.sourceId, r.found, r.classified, r.unclassified, r.plans, r.rejected, r.repeatsDropped, r.outsideArticle]),
    ),
    '',
    ...reasons,
    '',
    'Dimensions the text leaves unknown (no level named, measure not settled, years not said); figures told',
    'from a same-metric sibling only by number; unclassified figures without an English label:',
    ...table(
      ['source', 'no level', 'measure?', 'years?', 'told by number', 'no English'],
      coverage.rows.map((r) => [r.sourceId, r.unknown.level, r.unknown.measure, r.unknown.years, r.undistinguished, r.untranslated]),
    ),
    ...(localityNotes
      ? [
          '',
          `Locality names, levels, parents and provinces from ${localityNotes.divisionSource}.`,
          `Localities without English names in data/manifest.yaml: ${localityNotes.englishFallbacks.length === 0 ? 'none' : ''}`,
          ...localityNotes.englishFallbacks.map((line) => `  ${line}`),
        ]
      : []),
  ].join('\n');
}
