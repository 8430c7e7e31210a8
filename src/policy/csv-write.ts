/**
 * CSV for Excel: UTF-8 with a BOM (Chinese Excel otherwise guesses GBK), RFC 4180 quoting with
 * CRLF rows, and cells that a spreadsheet would run as a formula neutralised with an apostrophe.
 * The one CSV writer: pure, so the console's downloads and the hub's export escape alike (the
 * reader is csv.ts).
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

type Row = readonly (string | number | null)[];

// A cell that needs neither quoting nor neutralising (most of them): one test instead of two.
const NEEDS_WORK = /[",\r\n]|^[=+\-@\t\r]/;

/** One text cell as csvCell writes it, with one test for the common cell that needs nothing. */
export function csvField(text: string): string {
  return NEEDS_WORK.test(text) ? csvCell(text) : text;
}

/** Rows as CRLF-terminated CSV lines (a part of a file: no BOM, no header). */
export function csvLines(rows: readonly Row[]): string {
  let out = '';
  for (const cells of rows) {
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (i > 0) out += ',';
      out += csvField(v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));
    }
    out += '\r\n';
  }
  return out;
}

/** The start of a file: BOM and header row. */
export function csvHead(header: readonly string[]): string {
  return BOM + csvLines([header]);
}

/** The whole file: BOM, header row, then one CRLF-terminated row per record. */
export function toCsv(header: readonly string[], rows: readonly Row[]): string {
  return csvHead(header) + csvLines(rows);
}
