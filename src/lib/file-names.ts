// Readable download names: what it is, then the data's build date, e.g. new_unions_2026-11-21.png.

/** The build date (YYYY-MM-DD) of an ISO timestamp, or null when it is not one. */
export function buildDate(builtAt: string): string | null {
  const date = builtAt.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** Keeps a name safe on every file system: lower-case ascii letters, digits, _ and -. */
export function fileSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'chart';
}

/** `<name>[_per10k]_<date>.<ext>`; the per-capita mark keeps both versions of a chart apart. */
export function exportFileName(name: string, builtAt: string, extension: string, options: { perCapita?: boolean } = {}): string {
  const parts = [fileSlug(name)];
  if (options.perCapita) parts.push('per10k');
  const date = buildDate(builtAt);
  if (date) parts.push(date);
  return `${parts.join('_')}.${fileSlug(extension)}`;
}

/** File names of one chart's three files. */
export function chartFileNames(chart: { name: string; perCapita: boolean }, builtAt: string): { png: string; svg: string; csv: string } {
  const name = (ext: string) => exportFileName(chart.name, builtAt, ext, { perCapita: chart.perCapita });
  return { png: name('png'), svg: name('svg'), csv: name('csv') };
}
