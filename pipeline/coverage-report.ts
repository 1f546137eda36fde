// Step 7: the coverage report as text: per source, figures found, classified, unclassified, rejected, repeats.
import type { CoverageFile } from '../src/schema/dataset.ts';

/** A plain-text table of the coverage rows, one line per source, with rejection reasons. */
export function formatCoverage(coverage: CoverageFile): string {
  const header = ['source', 'found', 'classified', 'unclassified', 'plans', 'rejected', 'repeats', 'outside'];
  const rows = coverage.rows.map((r) => [r.sourceId, r.found, r.classified, r.unclassified, r.plans, r.rejected, r.repeatsDropped, r.outsideArticle].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const reasons = coverage.rows.map((r) => {
    const parts = Object.entries(r.rejectedByReason).toSorted(([a], [b]) => a.localeCompare(b)).map(([reason, n]) => `${reason} ${n}`);
    return `  ${r.sourceId}: rejected ${parts.length ? parts.join(', ') : 'none'}`;
  });
  return ['Coverage (figures inside each article; "outside" = page chrome and other reports, never attributed)', line(header), ...rows.map(line), '', ...reasons].join('\n');
}
