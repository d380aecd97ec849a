/** A CSV cell: text, a number, a yes/no, or empty. */
export type CsvCell = string | number | boolean | null;

/** Cells a spreadsheet would run as a formula start with one of these; they get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: a header row then the rows, CRLF line ends, fields with a comma, quote or line break quoted
 * (quotes doubled), and text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`) prefixed with an
 * apostrophe, since names are typed by people.
 *
 * @example
 * toCsv(['name'], [['Ana, "A"']]); // 'name\r\n"Ana, ""A"""\r\n'
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((r) => `${r.map(cell).join(',')}\r\n`).join('');
}
