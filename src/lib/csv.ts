// CSV for every download: UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF, quoted as needed;
// cells starting with = + - @ (tab, CR) get a leading ' so a spreadsheet never runs them as formulas.

export type CsvCell = string | number | boolean | null | undefined;

// Numbers stay numbers so that papaparse's formula escaping leaves negative values alone.
function cellText(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return typeof cell === 'boolean' ? (cell ? 'true' : 'false') : cell;
}

/** papaparse is loaded with the first download (it is export-only code, kept out of the page's first chunk). */
export async function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const table: (string | number)[][] = [header.map(String), ...rows.map((row) => row.map(cellText))];
  return `\uFEFF${Papa.unparse(table, { newline: '\r\n', escapeFormulae: true })}`;
}
