// CSV for every download: UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF, quoted as needed.
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'boolean' ? (cell ? 'true' : 'false') : String(cell);
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const table = [header.map(String), ...rows.map((row) => row.map(cellText))];
  return `\uFEFF${Papa.unparse(table, { newline: '\r\n', escapeFormulae: false })}`;
}
