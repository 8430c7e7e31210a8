/**
 * Bytes of an uploaded CSV to text, and text to rows. Chinese Excel saves CSV in GBK unless told
 * otherwise, so a file that is not valid UTF-8 is read as GBK rather than refused.
 */
import { readCsv } from '../policy/csv.ts';

/** The text encodings a registry CSV may arrive in. */
export type CsvEncoding = 'utf-8' | 'gbk';

/** Rows beyond this are refused: a registry of one estate is tens of thousands of people at most. */
export const MAX_ROWS = 50_000;
/** Cells longer than this are cut by the parser and refused by validation. */
export const MAX_CELL = 500;

// A registry sheet is read with any of these between cells, mixed even, as people type them.
const REGISTRY_DELIMITERS = [',', '，', '\t'];

/** Decodes CSV bytes: UTF-8 (a BOM dropped) when they are valid UTF-8, otherwise GBK. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the default of Chinese Excel's "CSV (逗号分隔)". GBK decoding never throws.
    return { text: new TextDecoder('gbk').decode(body), encoding: 'gbk' };
  }
}

/**
 * Splits CSV text into rows of trimmed cells (RFC 4180 quotes, CRLF or LF, comma, Chinese comma or
 * tab outside quotes); blank lines are kept as empty rows so row numbers match the file.
 */
export function splitCsv(text: string): string[][] {
  return readCsv(text, {
    delimiters: REGISTRY_DELIMITERS,
    blankLines: 'keep',
    maxRows: MAX_ROWS + 1,
    cutCellsAt: MAX_CELL + 1,
  }).map((row) => row.cells);
}

/** A spreadsheet cell (from .xlsx) as import text: dates as YYYY-MM-DD, numbers as written. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value)
    .trim()
    .slice(0, MAX_CELL + 1);
}
