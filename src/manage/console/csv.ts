/**
 * CSV for Excel: UTF-8 with a BOM (Chinese Excel otherwise guesses GBK), RFC 4180 quoting with
 * CRLF rows, and cells that a spreadsheet would run as a formula neutralised with an apostrophe.
 */

/** The byte order mark Excel needs to read UTF-8. */
export const BOM = '\uFEFF';

// Excel, LibreOffice and Sheets treat these leading characters as the start of a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that no spreadsheet will evaluate: a leading = + - @ tab or CR gets an apostrophe. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One cell, neutralised and quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  const text = neutralise(value === null || value === undefined ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, then one CRLF-terminated row per record. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const line = (cells: readonly (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return BOM + line(header) + rows.map(line).join('');
}

/** Parses RFC 4180 text (a leading BOM ignored) into rows of cells: for tests and checks. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
